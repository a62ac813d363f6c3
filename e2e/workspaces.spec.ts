import { expect, test } from '@playwright/test';
import { demoDelivery, signInInEnglish } from './support.ts';

test('a signed-in user opens a workspace of their own and lands in it as its owner', async ({
  page,
}) => {
  await signInInEnglish(page, demoDelivery);
  // Named to sort after the demo workspace, where signing in lands by default.
  const name = `Zhejiang delivery ${Date.now()}`;
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.ant-layout-header').getByText(name)).toBeVisible();
  // Its owner sees every page, and none of the demo's records.
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await expect(page.locator('.ant-empty-description')).toHaveText('No data');
  await page.getByRole('menuitem', { name: 'Members' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Delivery' })).toContainText('Owner');
});
