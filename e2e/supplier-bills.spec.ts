import { expect, test } from '@playwright/test';
import { choose, demoAdmin, newPortalMember, signIn, signInInEnglish, signOut } from './support.ts';

/**
 * The subcontractor's side of the service desk: its bills match the approved hours of its
 * workers, one is held until the bank accepts the work and one was paid in a payment run; a
 * bill over its hours is approved only with a reason; and the supplier submits its next bill
 * with the PDF in its portal, where it follows it.
 */
test('supplier bills match approved hours, wait for the client’s acceptance, are paid in runs and submitted in the supplier portal', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const portalUser = await newPortalMember(page, {
    email: `ar-${Date.now()}@zhilian.example`,
    name: 'Zhilian AR',
    role: 'Supplier portal',
    party: '智联科技',
  });
  await signOut(page);
  await signInInEnglish(page, demoAdmin);

  await page.getByRole('menuitem', { name: 'Supplier bills' }).click();
  const year = new Date().getFullYear();
  // Two weeks ago: matched, approved, waiting for the bank to accept the first month's report.
  await page
    .getByRole('row')
    .filter({ hasText: `ZL-${year}-0318` })
    .click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: `ZL-${year}-0318` });
  await expect(drawer).toContainText('Waits for the client to accept: 首月服务报告');
  await expect(drawer.locator('.ant-tag', { hasText: /^Matched$/ }).first()).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('row').filter({ hasText: `ZL-${year}-0311` })).toContainText('Paid');

  // Last week's bill asks for 4% more than the hours and a travel line: a reason, or nothing.
  await page
    .getByRole('row')
    .filter({ hasText: `ZL-${year}-0325` })
    .click();
  const over = page.locator('.ant-drawer').filter({ hasText: `ZL-${year}-0325` });
  await expect(over.locator('.ant-tag', { hasText: /^Over$/ }).first()).toBeVisible();
  await expect(over.locator('.ant-tag', { hasText: 'Nothing to match' })).toBeVisible();
  await over.getByRole('button', { name: 'Approve' }).click();
  const why = page.getByRole('dialog').filter({ hasText: 'Approve a bill off its match' });
  await why.getByLabel('Reason').fill('Overtime for the branch roll-out agreed with 周杰');
  await why.getByRole('button', { name: 'Approve' }).click();
  await expect(over.locator('.ant-tag', { hasText: /^Approved$/ })).toBeVisible();
  await expect(over).toContainText('Waits for the client to accept: 首月服务报告');
  await expect(over).toContainText('Overtime for the branch roll-out');
  await over.getByRole('button', { name: 'Close' }).click();

  // What is owed to the subcontractor, held bills included, by days past due.
  await page.getByRole('menuitem', { name: 'Payables aging' }).click();
  await expect(page.getByRole('img', { name: 'Payables aging' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '智联科技' })).toContainText('CN¥');

  // The accepted work's bill went out in a run approved by a second person.
  await page.getByRole('menuitem', { name: 'Payment runs' }).click();
  const run = page.getByRole('row').filter({ hasText: `PAY-${year}-00001` });
  await expect(run).toContainText('Paid');
  await run.click();
  const runDrawer = page.locator('.ant-drawer').filter({ hasText: `PAY-${year}-00001` });
  await expect(runDrawer.getByRole('row').filter({ hasText: '智联科技' })).toContainText('CN¥');
  await runDrawer.getByRole('button', { name: 'Close' }).click();
  await signOut(page);

  // The supplier submits its next bill, a training fee, with the PDF.
  await signIn(page, portalUser.email, portalUser.password);
  await page.getByRole('menuitem', { name: 'Our bills' }).click();
  await expect(page.getByRole('row').filter({ hasText: `ZL-${year}-0311` })).toContainText('Paid');
  await page.getByRole('button', { name: 'Submit bill' }).click();
  const form = page.locator('.ant-drawer').filter({ hasText: 'Submit bill' });
  await choose(page, form.getByLabel('Supplier contract'), '智联科技 服务台分包');
  await form.getByLabel('Supplier’s invoice no.').fill(`ZL-${year}-0401`);
  await choose(page, form.getByLabel('Line').first(), 'Other');
  await form.getByLabel('Description').fill('新员工 ITIL 培训费 ITIL training for new staff');
  await form.getByLabel(/Amount before tax/).fill('3200');
  await form.getByRole('button', { name: 'Save' }).click();
  const mine = page.locator('.ant-drawer').filter({ hasText: `ZL-${year}-0401` });
  await expect(mine.locator('.ant-tag', { hasText: /^Received$/ })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await mine.getByRole('button', { name: 'Upload file' }).click();
  await (await chooser).setFiles({
    name: `ZL-${year}-0401.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(mine.getByText(`ZL-${year}-0401.pdf`)).toBeVisible();
});
