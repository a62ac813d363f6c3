import { expect, test } from '@playwright/test';
import {
  approveAndIssue,
  confirmUntil,
  demoFinance,
  signInAsAdminInEnglish,
  signInInEnglish,
} from './support.ts';

test('invoices: a run drafts last week’s approved time, a second person approves it, issuing numbers it and posts its journal', async ({
  page,
}) => {
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: /\bInvoices$/ }).click();
  // The demo billed the service desk: three weeks ago issued, two weeks ago approved; the
  // bank's finished terminal upgrade was billed and paid months ago.
  const bank = page.getByRole('row').filter({ hasText: '华信银行' });
  await expect(
    bank.filter({ hasText: 'Issued' }).filter({ hasNotText: 'Credit note' }),
  ).toHaveCount(2);
  await expect(page.getByRole('row').filter({ hasText: 'Approved' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Invoice run' }).click();
  await page.getByRole('button', { name: 'Draft invoices' }).click();
  await expect(page.getByText('Invoices drafted: 1')).toBeVisible();

  // The bank's: the logistics retainer's next block waits as a draft too.
  const draft = page.getByRole('row').filter({ hasText: 'Draft' }).filter({ hasText: '华信银行' });
  await draft.click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText('Service desk engineer');
  // Whoever ran it does not approve it.
  await expect(drawer).toContainText('Someone other than you approves this draft');
  await expect(drawer.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  // A discount on the draft is a line of its own, with its reason.
  await drawer.getByRole('button', { name: 'Add discount' }).click();
  const discount = page.getByRole('dialog').filter({ hasText: 'Discount on this draft' });
  await discount.getByLabel(/Amount off/).fill('100');
  await discount
    .getByLabel('Reason (kept with the line)')
    .fill('Framework agreement: annual rebate');
  await discount.getByRole('button', { name: 'OK' }).click();
  await expect(drawer).toContainText('(Framework agreement: annual rebate)');

  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: /\bInvoices$/ }).click();
  await draft.click();
  await drawer.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer).toContainText('Approved');
  await drawer.getByRole('button', { name: 'Issue' }).click();
  await confirmUntil(
    page,
    'Issue now?',
    drawer.locator('.ant-drawer-title', { hasText: /INV-\d{4}-\d{5}/ }),
  );
  const number = ((await drawer.locator('.ant-drawer-title').textContent()) ?? '').match(
    /INV-\d{4}-\d{5}/,
  )?.[0];
  await drawer.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('menuitem', { name: 'Journals' }).click();
  await expect(page.getByRole('row').filter({ hasText: number as string })).toContainText(
    'Invoice',
  );
});

test('credit note: the issued invoice is credited, and once the note is issued its hours are billed again', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: /\bInvoices$/ }).click();
  await page
    .getByRole('row')
    .filter({ hasText: '华信银行' })
    .filter({ hasText: 'Issued' })
    // The demo's credit note is issued too.
    .filter({ hasNotText: 'Credit note' })
    .first()
    .click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByRole('button', { name: 'Credit note' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Lines to credit' });
  await dialog.getByLabel('Reason').fill('Billed at the wrong grade');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(drawer).toContainText('Billed at the wrong grade');
  await expect(drawer.locator('.ant-drawer-title')).toContainText('Draft');

  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: /\bInvoices$/ }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Credit note' })
    .filter({ hasText: 'Draft' })
    .click();
  await approveAndIssue(page, drawer, /CN-\d{4}-\d{5}/);

  await page.getByRole('button', { name: 'Invoice run' }).click();
  await page.getByRole('button', { name: 'Draft invoices' }).click();
  await expect(page.getByText('Invoices drafted: 1')).toBeVisible();
});
