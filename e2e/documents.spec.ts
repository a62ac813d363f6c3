import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);

test('a contract keeps versions of its files and every version downloads', async ({ page }) => {
  await signInAsAdminInEnglish(page);
  await page.goto('/contracts');
  await page.getByRole('row').filter({ hasText: 'CON-0002' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Documents' }).click();

  await choose(page, page.getByLabel('Category'), 'Annex');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload file' }).click();
  await (await chooser).setFiles({
    name: '服务范围附件.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('one'),
  });
  const row = page.getByRole('row').filter({ hasText: '服务范围附件.pdf' });
  await expect(row).toContainText('Annex');
  await expect(row).toContainText('v1');

  const again = page.waitForEvent('filechooser');
  await row.getByRole('button', { name: 'New version' }).click();
  await (await again).setFiles({
    name: 'scope-v2.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('two'),
  });
  await expect(row).toContainText('v2');

  await row.getByRole('button', { name: 'Expand row' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '服务范围附件.pdf' }).last().click();
  const file = await (await download).path();
  expect(await readFile(file)).toEqual(pdf('one'));

  // A file that only claims to be a PDF is refused with the reason.
  const fake = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload file' }).click();
  await (await fake).setFiles({
    name: 'invoice.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('MZ not a pdf'),
  });
  await expect(page.getByText(/not an accepted file type/)).toBeVisible();
});
