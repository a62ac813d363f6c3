import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

test('positions: a new position, renamed in place, is what the default rate card prices', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Currencies and approvals' }).click();
  const catalogue = page.locator('.ant-card').filter({ hasText: 'Positions' });
  // The demo's catalogue names its positions in both languages.
  await expect(
    catalogue.getByRole('row').filter({ hasText: 'Service desk engineer' }),
  ).toContainText('服务台工程师');

  const name = `Solution architect ${Date.now()}`;
  await catalogue.getByLabel('Name (Chinese)').fill('解决方案架构师');
  await catalogue.getByLabel('Name (English)').fill(name);
  await catalogue.getByRole('button', { name: 'Add position' }).click();
  const row = catalogue.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('解决方案架构师');
  await row.getByRole('button', { name: 'Edit' }).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('首席解决方案架构师');
  await page.keyboard.press('Enter');
  await expect(row).toContainText('首席解决方案架构师');

  const card = page.locator('.ant-card').filter({ hasText: 'Default rate card' });
  await choose(page, card.getByLabel('Position', { exact: true }), name);
  await card.getByLabel('Rate', { exact: true }).fill('900');
  await card.getByRole('button', { name: 'Add rate' }).click();
  await expect(card.getByRole('cell', { name })).toBeVisible();
});
