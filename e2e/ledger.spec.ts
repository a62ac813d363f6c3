import { expect, test } from '@playwright/test';
import { choose, demoFinance, signInInEnglish } from './support.ts';

test('ledger: finance posts a balanced journal, reverses it, and the trial balance still agrees', async ({
  page,
}) => {
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'Journals' }).click();
  // The demo's journals: the capital paid in, rent, and the rent posted twice and reversed.
  await expect(page.getByRole('row').filter({ hasText: 'Paid-in capital received' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Posted twice' })).toContainText('Reversal');

  const description = `Printer paper ${Date.now()}`;
  await page.getByRole('button', { name: 'New journal' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Description').fill(description);
  const accounts = dialog.getByLabel('Account');
  await choose(page, accounts.nth(0), '6602 Administrative expenses');
  await choose(page, accounts.nth(1), '1002 Bank deposits');
  await dialog.getByLabel('Debit').nth(0).fill('250');
  await dialog.getByLabel('Credit').nth(1).fill('249');
  await expect(dialog).toContainText('difference');
  await dialog.getByRole('button', { name: 'OK' }).click();
  // The server refuses what does not balance, and says why.
  await expect(dialog).toContainText('differ');
  await dialog.getByLabel('Credit').nth(1).fill('250');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('row').filter({ hasText: description }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText('Administrative expenses');
  await expect(drawer).toContainText('¥250.00');
  await drawer.getByRole('button', { name: 'Reverse' }).click();
  const reason = page.getByRole('dialog').filter({ hasText: 'why?' });
  await reason.getByLabel('Reason').fill('Bought on the company card instead');
  await reason.getByRole('button', { name: 'Reverse' }).click();
  await expect(drawer).toContainText('Bought on the company card instead');
  await expect(drawer.getByRole('button', { name: 'Reverse' })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Close' }).click();

  // The accounting export downloads the journals, a row per line.
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^journals-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.getByRole('menuitem', { name: 'Trial balance' }).click();
  await expect(page.getByText('Debits and credits agree')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Paid-in capital' })).toContainText(
    '¥5,000,000.00',
  );

  await page.getByRole('menuitem', { name: 'Accounting periods' }).click();
  // The demo posted last month's accruals and closed it.
  const closed = page.getByRole('row').filter({ hasText: 'Closed' });
  await expect(closed).toHaveCount(1);
  await expect(closed).toContainText('Posted');
});

test('tax and rounding: the sample document shows what taxing per document changes, and the choice is kept', async ({
  page,
}) => {
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'Tax and rounding' }).click();
  const sample = page
    .locator('.ant-card-inner, .ant-card')
    .filter({ hasText: 'Sample document' })
    .last();
  await page.getByLabel('on each line').check();
  // Per line: 6% of ¥3,703.70, 13% of ¥999.99 and 6% of ¥1.05 are ¥222.22, ¥130.00 and ¥0.06.
  await expect(sample).toContainText('¥5,057.02');
  await page.getByLabel('once per rate on the document').check();
  // Per document the two 6% lines are taxed on their sum: ¥222.285 rounds to ¥222.29.
  await expect(sample).toContainText('¥5,057.03');
  await expect(sample).toContainText('¥0.01');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(page.getByLabel('once per rate on the document')).toBeChecked();
});
