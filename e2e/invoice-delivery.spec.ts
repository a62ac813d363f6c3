import { expect, test } from '@playwright/test';
import {
  confirmUntil,
  demoFinance,
  mailTo,
  newPortalMember,
  signIn,
  signInInEnglish,
  signOut,
} from './support.ts';

/**
 * An issued invoice reaches the client: its PDF downloads, it is mailed with the PDF to the
 * client's billing contacts, the rest of it is paid with a surplus the client keeps as
 * credit, and the client's portal user downloads it too.
 */
test('an issued invoice is downloaded, mailed with its PDF, paid with a surplus kept as credit, and downloaded in the client portal', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const portalUser = await newPortalMember(page, {
    email: `ap-${Date.now()}@huaxin.example`,
    name: 'Huaxin AP',
    role: 'Client portal',
    party: '华信银行',
  });
  await signOut(page);

  await signInInEnglish(page, demoFinance);
  // What the bank still owes on the half-paid invoice is not yet due.
  await page.getByRole('menuitem', { name: 'Receivables aging' }).click();
  await expect(page.getByRole('row').filter({ hasText: '华信银行' })).toContainText('CN¥');
  await expect(page.getByRole('img', { name: 'Receivables aging' })).toBeVisible();
  // The bank's page shows what it owes against its credit limit.
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByRole('link', { name: '华信银行' }).click();
  // The card inside the overview's card.
  const exposure = page.locator('.ant-card').filter({ hasText: 'Credit and receivables' }).last();
  await expect(exposure).toContainText('CN¥300,000.00');
  await expect(exposure).toContainText('Owed now');
  // The service desk's approved time earns its margin this year.
  await page.getByRole('menuitem', { name: 'Profit and loss' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Total' })).toContainText('%');
  // The half still owed comes in with the weeks ahead, beside what the subcontractor is owed.
  await page.getByRole('menuitem', { name: 'Cash forecast' }).click();
  await expect(page.getByRole('img', { name: 'Cash forecast' })).toBeVisible();
  await expect(page.getByText('In the bank today')).toContainText('CN¥');
  // The bank and the insurer share the year's revenue.
  await page.getByRole('menuitem', { name: 'Financial risk' }).click();
  const shares = page.locator('.ant-card').filter({ hasText: 'Revenue by client' });
  await expect(shares.getByRole('row').filter({ hasText: 'Nordlicht' })).toContainText('%');
  // Last week's approved hours wait for the next invoice run.
  const unbilled = page.locator('.ant-card').filter({ hasText: 'Work done, not yet invoiced' });
  await expect(
    unbilled.getByRole('row').filter({ hasText: '7×24 服务台与桌面运维' }),
  ).toContainText('CN¥');
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
  const title = drawer.locator('.ant-drawer-title', { hasText: /INV-\d{4}-\d{5}/ });
  const number = ((await title.textContent()) ?? '').match(/INV-\d{4}-\d{5}/)?.[0] as string;
  // The fapiao data: the item with its tax classification, the total in capitals, the
  // number the demo recorded.
  const fapiao = drawer.locator('.ant-card').filter({ hasText: 'Fapiao' });
  await expect(fapiao).toContainText('*信息技术服务*');
  await expect(fapiao).toContainText(/元(整|\S*分)/);
  await expect(fapiao.getByRole('row').filter({ hasText: number })).toBeVisible();

  const pdf = await page.request.get(
    (await drawer.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href')) as string,
  );
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await drawer.getByRole('button', { name: 'Mail to client' }).click();
  await confirmUntil(page, 'Mail the PDF', drawer.getByText('Mailed', { exact: true }));
  const mail = await mailTo('wang.fang@huaxin-bank.example', (m) =>
    m.attachments.some((a) => a.fileName === `${number}.pdf`),
  );
  expect(mail.subject).toContain(number);
  expect(mail.attachments[0]).toMatchObject({ contentType: 'application/pdf' });

  // The demo's client paid half; the rest arrives with ¥1,000.00 more, kept as its credit.
  await expect(drawer).toContainText('Partly paid');
  await drawer.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Payment received for' });
  const amount = dialog.getByLabel(/Amount received/);
  const owed = Number((await amount.inputValue()).replaceAll(',', ''));
  await amount.fill(String(owed + 1000));
  await dialog.getByLabel('Bank reference').fill(`HXBK-${number}`);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Paid$/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('menuitem', { name: 'Payments received' }).click();
  await page.getByLabel('Only payments with a credit balance').check();
  const credit = page.getByRole('row').filter({ hasText: `HXBK-${number}` });
  await expect(credit).toContainText('CN¥1,000.00');
  await credit.click();
  const received = page.locator('.ant-drawer').filter({ hasText: /RCV-\d{4}-\d{5}/ });
  await expect(received.locator('.ant-table-row').filter({ hasText: number })).toBeVisible();
  await received.getByRole('button', { name: 'Close' }).click();
  await signOut(page);

  await signIn(page, portalUser.email, portalUser.password);
  await page.getByRole('menuitem', { name: 'Portal invoices' }).click();
  const row = page.getByRole('row').filter({ hasText: number });
  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toBe(`${number}.pdf`);
  // The portal shows what the client owes, never how it was priced.
  await expect(page.getByRole('menuitem', { name: 'Journals' })).toHaveCount(0);
});
