import { expect, test } from '@playwright/test';
import { choose, invitationLink, signInAsAdminInEnglish } from './support.ts';

test('an invitee follows the mailed link, chooses a password and lands in the workspace', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);

  const email = `invitee-${Date.now()}@example.com`;
  await page.getByRole('menuitem', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Invite member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await choose(page, dialog.getByLabel('Role'), 'Delivery manager');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();

  // The invitee gets the link; the outbox shows the mail with the link redacted.
  const link = await invitationLink(email);
  await page.getByRole('menuitem', { name: 'Mail outbox' }).click();
  const row = page.getByRole('row').filter({ hasText: email }).first();
  await row.getByRole('button', { name: 'Expand row' }).click();
  await expect(page.getByText('[redacted]').first()).toBeVisible();
  await expect(page.getByText(/token=/)).toHaveCount(0);

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto(link as string);
  await expect(page.getByText(`as ${email}`)).toBeVisible();
  await page.getByLabel('Name').fill('Ivy Invitee');
  await page.getByLabel('Password').fill('ivy passphrase 1');
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ivy Invitee' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText('Ivy Invitee');
});
