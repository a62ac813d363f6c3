import { expect, test } from '@playwright/test';
import { demoFinance, signInInEnglish } from './support.ts';

/**
 * The bank's statement: the demo's receipt waits with the invoice it pays suggested, the
 * payment run's transfer is matched to the run, and a new file of the same account imports
 * with the columns saved from the last one; a charge is set aside with a note.
 */
test('a bank statement suggests the invoice a receipt pays, and the next file imports with the saved columns', async ({
  page,
}) => {
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'Bank statements' }).click();
  await page.getByRole('row').filter({ hasText: '招商银行上海张江支行' }).first().click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '招商银行上海张江支行' });
  await expect(
    drawer.getByRole('button', { name: /INV-\d{4}-\d{5} · 华信银行 \(same amount/ }),
  ).toBeVisible();
  await expect(drawer.locator('.ant-tag', { hasText: 'Set aside' })).toHaveCount(1);
  // The subcontractor's batch transfer is the payment run it paid.
  await expect(drawer.getByRole('row').filter({ hasText: '批量代付' })).toContainText(
    /PAY-\d{4}-00001/,
  );
  await drawer.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Import statement' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Import statement' });
  await dialog.getByLabel('Bank account').fill('招商银行上海张江支行 1219 0876 5410 001');
  // The columns come back from the account's last import.
  await expect(dialog.getByLabel('Money out column, if separate')).toHaveValue('借方金额');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose the bank/ }).click();
  await (await chooser).setFiles({
    name: 'CMB-fees.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '交易日期,借方金额,贷方金额,摘要,对方户名\n2026-12-01,12.00,,短信通知费,\n',
    ),
  });
  await dialog.getByRole('button', { name: 'OK' }).click();
  const fees = page.locator('.ant-drawer').filter({ hasText: '短信通知费' });
  await expect(fees).toContainText('-CN¥12.00');
  await fees.getByRole('button', { name: 'Set aside' }).click();
  const why = page.getByRole('dialog').filter({ hasText: 'Why is this line set aside?' });
  await why.getByRole('textbox').fill('Bank charges, booked monthly');
  await why.getByRole('button', { name: 'Set aside' }).click();
  await expect(fees).toContainText('Bank charges, booked monthly');
});
