import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

test('a list’s filters are saved as a view and brought back with one choice', async ({ page }) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  // Other tests add suppliers too: look at the demo's, medium and high risk.
  const medium = page.getByRole('row').filter({ hasText: '智联科技' });
  const high = page.getByRole('row').filter({ hasText: '迅捷测试' });
  await expect(medium).toBeVisible();

  await choose(page, page.getByLabel('Risk tier'), 'High');
  await expect(medium).toBeHidden();
  await expect(high).toBeVisible();
  await page.getByRole('button', { name: 'Save as view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as view' });
  await dialog.getByLabel('View name').fill('High risk');
  await dialog.getByText('Share with the workspace').click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(medium).toBeVisible();
  await choose(page, page.getByLabel('Saved views'), 'High risk');
  await expect(medium).toBeHidden();
  await expect(high).toBeVisible();
  // The filter controls show what the view set.
  await expect(page.locator('.ant-select').filter({ hasText: 'High' }).first()).toBeVisible();
});
