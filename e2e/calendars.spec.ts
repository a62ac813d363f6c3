import { expect, test } from '@playwright/test';
import { signInAsAdminInEnglish } from './support.ts';

test('a working calendar gets public holidays from the preset and answers when working hours run out', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Working calendars' }).click();
  // The demo's Shanghai office calendar is there with China's holidays.
  await expect(page.getByText('上海办公室')).toBeVisible();

  const name = `Lisbon office ${Date.now()}`;
  await page.getByRole('button', { name: 'New calendar' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  const card = page.locator('.ant-card').filter({ hasText: name });
  await expect(card).toContainText('40 h a week');

  await card.getByLabel('Country').fill('PT');
  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: 'Add public holidays' }).click();
  await expect(card.getByRole('row').filter({ hasText: 'Holiday' }).first()).toBeVisible();

  await card.getByRole('button', { name: 'When is it due?' }).click();
  await expect(card.getByText('Due at')).toBeVisible();
});
