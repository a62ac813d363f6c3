import { expect, test } from '@playwright/test';
import { demoAdmin as admin, choose } from './support.ts';

test('demo admin signs in, switches language, invites a member and finds it in the audit log', async ({
  page,
}) => {
  await page.goto('/settings/members');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The app follows the user's saved language (other specs may have changed it): set it here.
  await expect(page.getByTestId('language-menu')).toBeVisible();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByText('待接受的邀请')).toBeVisible();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByText('Pending invitations')).toBeVisible();

  const email = `e2e-${Date.now()}@example.com`;
  await page.getByRole('button', { name: 'Invite member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(email);
  await choose(page, dialog.getByLabel('Role'), 'Finance');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  await page.getByRole('menuitem', { name: 'Audit log' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Member invited' });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText(admin.email);
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText(/The chain is intact/)).toBeVisible();
});
