import { expect, test } from '@playwright/test';
import { signInAsAdminInEnglish } from './support.ts';

test('clients are imported from a CSV file after a preview that shows each bad row', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'Import' }).click();
  const stamp = Date.now();
  const csv = [
    'name,country,tier',
    `Imported Alpha ${stamp},CN,key`,
    `Imported Beta ${stamp},SE,`,
    `Imported Gamma ${stamp},DE,gold`,
  ].join('\n');
  await page.locator('input[type=file]').setInputFiles({
    name: 'clients.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('2 rows ready, 1 with errors.')).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'Gamma' })).toContainText('tier:');
  await expect(dialog.getByRole('button', { name: 'Import all 2' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  await expect(dialog.getByText('Imported 2; skipped 1.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByPlaceholder('Search name, legal name or number').fill(`${stamp}`);
  await page.getByPlaceholder('Search name, legal name or number').press('Enter');
  await expect(page.getByRole('link', { name: `Imported Alpha ${stamp}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Imported Gamma ${stamp}` })).toHaveCount(0);
});
