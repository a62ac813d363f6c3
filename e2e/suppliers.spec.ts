import { expect, test } from '@playwright/test';
import { completeOnboarding, signInAsAdminInEnglish } from './support.ts';

test('a supplier is registered, approved through onboarding, then suspended with a reason', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  const name = `Delta Testing Services ${Date.now()}`;
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  await page.getByRole('button', { name: 'New supplier' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('Name', { exact: true }).fill(name);
  await drawer.getByLabel('Service categories').fill('Testing');
  await page.keyboard.press('Enter');
  await drawer.getByLabel('Account number').fill('6222 0000 1234');
  await drawer.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: 'Prospect' })).toBeVisible();
  await expect(page.getByText('6222 0000 1234')).toBeVisible();

  const status = async (to: string) => {
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('menuitem', { name: to }).click();
  };
  await status('Onboarding');
  await expect(page.locator('.ant-tag', { hasText: 'Onboarding' })).toBeVisible();
  await completeOnboarding(page);
  await status('Approved');
  await expect(page.locator('.ant-tag', { hasText: 'Approved' })).toBeVisible();
  await status('Suspended');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Missed the SLA three months running');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.ant-tag', { hasText: 'Suspended' })).toBeVisible();
  await expect(page.getByText('Reason: Missed the SLA three months running')).toBeVisible();
});
