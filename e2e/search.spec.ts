import { expect, test } from '@playwright/test';
import { signInAsAdminInEnglish } from './support.ts';

test('the header search finds a supplier by its Chinese name and a contract by number', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  const box = page.getByLabel('Search', { exact: true });
  await box.fill('智联');
  await expect(page.locator('.ant-select-item-option').first()).toContainText('智联科技');
  await page.locator('.ant-select-item-option').filter({ hasText: 'Supplier' }).click();
  await expect(page.getByRole('heading', { name: '智联科技' })).toBeVisible();

  await box.fill('CON-0002');
  await page.locator('.ant-select-item-option').filter({ hasText: 'CON-0002' }).click();
  await expect(page.getByRole('heading', { name: '7×24 服务台与桌面运维' })).toBeVisible();
});

test('the contracts page switches to a calendar of contract ends', async ({ page }) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Contracts' }).click();
  await page.getByText('Calendar of ends').click();
  await expect(page.locator('.ant-picker-calendar')).toBeVisible();
  await page.getByText('List', { exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'CON-0002' })).toBeVisible();
});
