import { expect, test } from '@playwright/test';
import {
  choose,
  demoAdmin,
  inviteAndJoin,
  signIn,
  signInAsAdminInEnglish,
  signOut,
} from './support.ts';

test('a supplier portal user, once bound to their supplier, sees only it and keeps its profile current', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  const email = `portal-${Date.now()}@baltic.example`;
  await inviteAndJoin(page, {
    email,
    role: 'Supplier portal',
    name: 'Rasa Portal',
    password: 'rasa passphrase 1',
  });
  // Accepted but not yet bound: the portal shows nothing of any supplier.
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
