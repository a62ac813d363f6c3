import { expect, test } from '@playwright/test';
import { confirmUntil, dayFromToday, pickDay, signInAsAdminInEnglish } from './support.ts';

test('a supplier is evaluated on weighted criteria, graded, and compared with another', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  await page.getByRole('link', { name: 'Baltic Service Partners' }).click();
  const card = page.locator('.ant-card').filter({ hasText: 'Evaluations' }).last();
  await card.getByRole('button', { name: 'New evaluation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New evaluation' });
  await pickDay(page, dialog.getByLabel('Period from'), dayFromToday(-30));
  await pickDay(page, dialog.getByLabel('Period to'), dayFromToday(-1));
  await dialog.getByRole('button', { name: 'OK' }).click();

  const drawer = page
    .locator('.ant-drawer')
    .filter({ hasText: 'Scores by evaluator' })
    .or(page.locator('.ant-drawer').filter({ hasText: 'Save my scores' }));
  const stars = [5, 4, 4, 3, 5];
  const rows = drawer.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(5);
  for (const [i, n] of stars.entries()) {
    await rows
      .nth(i)
      .locator('.ant-rate-star')
      .nth(n - 1)
      .click();
  }
  await drawer.getByRole('button', { name: 'Save my scores' }).click();
  // 5×30 + 4×25 + 4×15 + 3×15 + 5×15 = 430 → 4.30, grade A once final.
  await expect(drawer.getByText('4.30').first()).toBeVisible();
  await drawer.getByRole('button', { name: 'Finalise' }).click();
  await confirmUntil(
    page,
    'Finalise with the current score?',
    drawer.locator('.ant-tag').filter({ hasText: /^A$/ }),
  );
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  for (const name of ['Baltic Service Partners', '智联科技']) {
    await page.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  const table = page.locator('.ant-table');
  await expect(table.getByRole('link', { name: '智联科技' })).toBeVisible();
  const latest = page.getByRole('row').filter({ hasText: 'Latest grade' });
  await expect(latest).toContainText('4.30');
  await expect(page.getByRole('row').filter({ hasText: 'Rate card' })).toContainText('/ hour');
});

test('a supplier with a history of evaluations shows the trend of its scores', async ({ page }) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  await page.getByRole('link', { name: '智联科技' }).click();
  const chart = page.getByRole('img', { name: 'Evaluation score trend' });
  await expect(chart).toBeVisible();
  // Each point is labelled with its grade and score.
  await expect(chart.locator('svg text').filter({ hasText: /^[A-D] \d\.\d\d$/ })).toHaveCount(3);
});
