import { expect, test } from '@playwright/test';
import { choose, dayFromToday, pickDay, signInAsAdminInEnglish } from './support.ts';

test('people: a supplier worker costs their contract’s rate; a new employee gets a rate of their own', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'People' }).click();
  await expect(page.getByRole('link', { name: '周杰' })).toBeVisible();
  await page.getByRole('link', { name: '张磊' }).click();
  await expect(page.getByRole('heading', { name: '张磊' })).toBeVisible();
  await expect(page.getByText(/Cost today: .*135\.00.*supplier contract rate card/)).toBeVisible();

  await page.getByRole('menuitem', { name: 'People' }).click();
  await page.getByRole('button', { name: 'New person' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('Name').fill('Maria Rossi');
  await choose(page, drawer.getByLabel('Position'), 'Test manager');
  await drawer.getByLabel('Department / team').fill('Quality');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Maria Rossi' })).toBeVisible();
  await expect(page.getByText('Cost today: no rate in force')).toBeVisible();

  await page.getByLabel('Hourly cost').fill('250');
  await pickDay(page, page.getByLabel('Effective from'), dayFromToday(-1));
  await page.getByRole('button', { name: 'Add rate' }).click();
  await expect(page.getByText(/Cost today: .*250\.00.*own rate/)).toBeVisible();

  await choose(page, page.getByLabel('Skill', { exact: true }), 'Test automation');
  await page.locator('.ant-rate').first().locator('.ant-rate-star').nth(3).click();
  await page.getByRole('button', { name: 'Add skill' }).click();
  const skill = page.getByRole('row').filter({ hasText: 'Test automation' });
  await expect(skill).toContainText('Not verified');
  await skill.getByRole('button', { name: 'Verify' }).click();
  await expect(skill).toContainText('Verified by');

  await page.getByRole('menuitem', { name: 'People' }).click();
  await expect(page.getByRole('button', { name: 'New person' })).toBeVisible();
  await choose(page, page.getByLabel('Kind'), 'Supplier worker');
  await expect(page.getByRole('link', { name: 'Maria Rossi' })).toBeHidden();
  await expect(page.getByRole('link', { name: '郑浩' })).toBeVisible();
});
