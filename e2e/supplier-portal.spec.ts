import { expect, test } from '@playwright/test';
import {
  choose,
  demoAdmin,
  invitationLink,
  signIn,
  signInAsAdminInEnglish,
  signOut,
} from './support.ts';

test('a supplier portal user, once bound to their supplier, sees only it and keeps its profile current', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  const email = `portal-${Date.now()}@baltic.example`;
  await page.getByRole('menuitem', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Invite member' }).click();
  const invite = page.getByRole('dialog');
  await invite.getByLabel('Email').fill(email);
  await choose(page, invite.getByLabel('Role'), 'Supplier portal');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const link = await invitationLink(page, email);
  await signOut(page);

  // Accepted but not yet bound: the portal shows nothing of any supplier.
  await page.goto(link as string);
  await page.getByLabel('Name').fill('Rasa Portal');
  await page.getByLabel('Password').fill('rasa passphrase 1');
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Rasa Portal' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Suppliers' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const row = page.getByRole('row').filter({ hasText: email });
  await choose(page, row.getByLabel('Portal of'), 'Baltic Service Partners');
  await expect(row).toContainText('Baltic Service Partners');
  await signOut(page);

  await signIn(page, email, 'rasa passphrase 1');
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Baltic Service Partners' }).click();
  await expect(page.getByText('Bank details')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const profile = page.getByRole('dialog');
  await profile.getByLabel('Skills').fill('Italian');
  await page.keyboard.press('Enter');
  await profile.getByText('Edit profile').click();
  await profile.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.ant-tag', { hasText: 'Italian' })).toBeVisible();
});
