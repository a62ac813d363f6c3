import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { extractText } from 'unpdf';
import {
  approveAndIssue,
  choose,
  confirmUntil,
  demoAdmin,
  demoFinance,
  mailTo,
  newPortalMember,
  ok,
  session,
  signContract,
  signIn,
  signInInEnglish,
  signOut,
} from './support.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Monday of last week, in Shanghai where the demo works. */
function lastMonday() {
  const today = new Date(Date.now() + 8 * 3_600_000);
  const weekday = (today.getUTCDay() + 6) % 7;
  return new Date(today.getTime() - (weekday + 7) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A client billed in euros for a subcontracted engineer's week: the client contract (EUR,
 * time and materials, a line per person and day) and the subcontractor's (CNY, paid when the
 * client accepts), a project with a deliverable waiting for acceptance, and the engineer's
 * week submitted. Made by the admin through the API; the finance lead approves the contracts.
 */
async function world(client: string) {
  const admin = await session(demoAdmin);
  const finance = await session(demoFinance);
  const me = await ok(admin, 'get', '/api/v1/me');
  const positions = await ok(admin, 'get', '/api/v1/positions?q=服务台工程师');
  const position = positions.items.find((p: { nameZh: string }) => p.nameZh === '服务台工程师').id;
  const suppliers = await ok(admin, 'get', '/api/v1/suppliers?q=智联');
  const supplierId = suppliers.items[0].id;
  const clientRow = await ok(admin, 'post', '/api/v1/clients', { name: client });
  await ok(admin, 'post', `/api/v1/clients/${clientRow.id}/contacts`, {
    name: '刘洋',
    email: `ap@${clientRow.id.slice(0, 8)}.example`,
    language: 'zh-CN',
    relationship: 'billing',
  });
  const signed = async (body: object, rate: { seniority: string; rateMinor: number }) => {
    const c = await ok(admin, 'post', '/api/v1/contracts', {
      type: 'sow',
      startDate: day(-60),
      endDate: day(300),
      billingModel: 'time_and_materials',
      ...body,
    });
    await ok(admin, 'post', `/api/v1/contracts/${c.id}/rates`, {
      positionId: position,
      unit: 'hour',
      effectiveFrom: day(-60),
      ...rate,
    });
    // Before this week's stronger euro: the rate locked at signing is last month's.
    await signContract({ admin, finance }, c.id, { signedOn: day(-30), signatory: '刘洋' });
    return c;
  };
  const contract = await signed(
    {
      partyType: 'client',
      clientId: clientRow.id,
      title: `${client} 服务台外包`,
      currency: 'EUR',
      valueMinor: 4_000_000,
      invoiceDetail: 'detail',
      paymentTermsDays: 30,
    },
    { seniority: 'intermediate', rateMinor: 6_000 },
  );
  const subcontract = await signed(
    {
      partyType: 'supplier',
      supplierId,
      title: `${client} 服务台分包`,
      currency: 'CNY',
      valueMinor: 20_000_000,
      paymentRelease: 'client_acceptance',
    },
    { seniority: 'intermediate', rateMinor: 30_000 },
  );
  const project = await ok(admin, 'post', '/api/v1/projects', {
    contractId: contract.id,
    managerId: me.user.id,
  });
  const worker = await ok(admin, 'post', '/api/v1/people', {
    kind: 'supplier_worker',
    name: '钱峰',
    positionId: position,
    grade: 'intermediate',
    supplierId,
    supplierContractId: subcontract.id,
    status: 'active',
    startDate: day(-60),
  });
  await ok(admin, 'post', '/api/v1/assignments', {
    personId: worker.id,
    projectId: project.id,
    positionId: position,
    startDate: day(-30),
    endDate: day(60),
    hoursPerWeek: 40,
    status: 'confirmed',
  });
  const deliverables = await ok(admin, 'post', `/api/v1/projects/${project.id}/deliverables`, {
    name: '上线验收报告',
    acceptanceCriteria: '全部工单迁移完成，客户签字确认。',
    dueDate: day(0),
  });
  // The project's deliverables answer: ours is the one there is.
  const [deliverable] = Array.isArray(deliverables) ? deliverables : deliverables.items;
  await ok(admin, 'post', `/api/v1/projects/${project.id}/deliverables/${deliverable.id}/submit`, {
    version: deliverable.version,
  });
  const week = lastMonday();
  await ok(admin, 'put', `/api/v1/time/weeks/${week}`, {
    personId: worker.id,
    rows: [
      {
        projectId: project.id,
        taskId: null,
        billable: true,
        hours: [8, 8, 8, 8, 8, 0, 0],
        notes: Array(7).fill(null),
      },
    ],
  });
  await ok(admin, 'post', `/api/v1/time/weeks/${week}/submit`, { personId: worker.id });
  return { admin, contract, subcontract, project, worker, week };
}

/** Approves a week's sheet waiting in a session's inbox. */
async function approveSheet(api: APIRequestContext, personName: string) {
  const inbox = await ok(api, 'get', '/api/v1/timesheets/inbox');
  const sheet = inbox.items.find((s: { person: { name: string } }) => s.person.name === personName);
  await ok(api, 'post', `/api/v1/timesheets/${sheet.id}/decisions`, {
    decision: 'approved',
    version: sheet.version,
  });
}

/** The invoices page, once it shows: rows of the page before can match the same number. */
async function invoicesPage(page: Page) {
  await page.getByRole('menuitem', { name: /\bInvoices$/ }).click();
  await expect(page.getByRole('button', { name: 'Invoice run' })).toBeVisible();
}

/** Runs the invoices of one contract from the invoices page, as the signed-in user. */
async function runFor(page: Page, contract: string) {
  await page.getByRole('button', { name: 'Invoice run' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Invoice run' });
  await choose(page, dialog.getByLabel('Contract to bill'), contract);
  await dialog.getByRole('button', { name: 'Draft invoices' }).click();
  await expect(page.getByText('Invoices drafted: 1')).toBeVisible();
}

/**
 * The whole chain the finance issue asks for, in one walk: approved time becomes an invoice
 * that a second person approves and finance issues (numbered; its PDF in Chinese), mailed to
 * the client and downloaded in its portal; a partial payment in euros books its exchange gain;
 * a credit note releases two days that the next run bills again; the subcontractor's bill
 * matches the same hours and is released when the client accepts the deliverable; and the P&L
 * shows the entries' own figures.
 */
test('approved time is invoiced, issued, mailed, paid in part in euros, credited and re-billed, its subcontract bill released on acceptance, and the P&L adds up', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const client = `易达物流 ${Date.now()}`;
  const supplierUser = await newPortalMember(page, {
    email: `pm-${Date.now()}@zhilian.example`,
    name: 'Zhilian PM',
    role: 'Supplier portal',
    party: '智联科技',
  });
  // Made once the supplier has a portal user, so its engineer's week waits for the supplier.
  const w = await world(client);
  const clientUser = await newPortalMember(page, {
    email: `ap-${Date.now()}@yida.example`,
    name: 'Yida AP',
    role: 'Client portal',
    party: client,
  });
  await signOut(page);
  // The supplier approves its engineer's week first, then the project manager.
  const supplier = await session(supplierUser);
  await approveSheet(supplier, '钱峰');
  await approveSheet(w.admin, '钱峰');
  const { totals } = await ok(w.admin, 'get', `/api/v1/projects/${w.project.id}/time`);
  expect(totals).toMatchObject({ minutes: 40 * 60 });

  // Finance runs the contract's invoice; someone else approves it; finance issues it.
  await signInInEnglish(page, demoFinance);
  await invoicesPage(page);
  await runFor(page, w.contract.number);
  const drafts = page.getByRole('row').filter({ hasText: client });
  await drafts.filter({ hasText: 'Draft' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(
    drawer.getByRole('row').filter({ hasText: 'Service desk engineer · 钱峰' }),
  ).toHaveCount(5);
  await expect(drawer.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await signOut(page);
  await signInInEnglish(page, demoAdmin);
  await invoicesPage(page);
  await drafts.filter({ hasText: 'Draft' }).click();
  await drawer.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer.locator('.ant-drawer-title')).toContainText('Approved');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await signOut(page);
  await signInInEnglish(page, demoFinance);
  await invoicesPage(page);
  await drafts.filter({ hasText: 'Approved' }).click();
  await drawer.getByRole('button', { name: 'Issue' }).click();
  const numbered = drawer.locator('.ant-drawer-title', { hasText: /INV-\d{4}-\d{5}/ });
  await confirmUntil(page, 'Issue now?', numbered);
  const number = ((await numbered.textContent()) ?? '').match(/INV-\d{4}-\d{5}/)?.[0] as string;

  // Its PDF is in the client's Chinese: the worked days and the total in words.
  const href = await drawer.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
  const pdf = await page.request.get(href as string);
  const text = (await extractText(new Uint8Array(await pdf.body()), { mergePages: true })).text;
  expect(text).toContain(number);
  expect(text).toContain('服务台工程师');
  expect(text).toContain('钱峰');
  const invoice = await ok(w.admin, 'get', `/api/v1/finance/invoices?contractId=${w.contract.id}`);
  const issued = invoice.items[0];
  expect(text).toContain(
    (issued.totalMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }),
  );

  // Mailed with the PDF to the billing contact.
  await drawer.getByRole('button', { name: 'Mail to client' }).click();
  await expect(drawer).toContainText('Not mailed yet');
  const mailed = drawer
    .locator('.ant-descriptions-item')
    .filter({ hasText: 'Mailed' })
    .filter({ hasNotText: 'Not mailed yet' });
  await confirmUntil(page, 'Mail the PDF', mailed);
  const mail = await mailTo(`ap@${issued.client.id.slice(0, 8)}.example`, (m) =>
    m.attachments.some((a) => a.fileName === `${number}.pdf`),
  );
  expect(mail.subject).toContain(number);

  // Half paid in euros this week, when the euro is worth more than at signing: a gain.
  await drawer.getByRole('button', { name: 'Record payment' }).click();
  const payment = page.getByRole('dialog').filter({ hasText: 'Payment received for' });
  const half = Math.round(issued.totalMinor / 2) / 100;
  await payment.getByLabel(/Amount received/).fill(String(half));
  await payment.getByLabel('Bank reference').fill(`YIDA-${number}`);
  await payment.getByRole('button', { name: 'OK' }).click();
  await expect(drawer).toContainText('Partly paid');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('menuitem', { name: 'Payments received' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `YIDA-${number}` })
    .click();
  const received = page.locator('.ant-drawer').filter({ hasText: /RCV-\d{4}-\d{5}/ });
  const allocation = received.locator('.ant-table-row').filter({ hasText: number });
  await expect(allocation).toContainText('CN¥');
  const [paid] = (await ok(w.admin, 'get', `/api/v1/finance/payments?clientId=${issued.client.id}`))
    .items;
  const detail = await ok(w.admin, 'get', `/api/v1/finance/payments/${paid.id}`);
  expect(detail.allocations[0].fxDifferenceMinor).toBeGreaterThan(0);
  await received.getByRole('button', { name: 'Close' }).click();

  // A credit note takes back Thursday and Friday: their two entries go to the next run.
  await invoicesPage(page);
  await page.getByRole('row').filter({ hasText: number }).click();
  await drawer.getByRole('button', { name: 'Credit note' }).click();
  const credit = page.getByRole('dialog').filter({ hasText: 'Lines to credit' });
  for (const offset of [0, 1, 2]) {
    const day = new Date(Date.parse(w.week) + offset * 86_400_000).toISOString().slice(0, 10);
    await credit.getByRole('checkbox', { name: new RegExp(day) }).uncheck();
  }
  await credit.getByLabel('Reason').fill('周四、周五的工时客户尚未确认');
  await credit.getByRole('button', { name: 'OK' }).click();
  await expect(drawer.locator('.ant-drawer-title')).toContainText('Draft');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await signOut(page);
  await signInInEnglish(page, demoAdmin);
  await invoicesPage(page);
  await page
    .getByRole('row')
    .filter({ hasText: client })
    .filter({ hasText: 'Credit note' })
    .click();
  await approveAndIssue(page, drawer, /CN-\d{4}-\d{5}/);
  await runFor(page, w.contract.number);
  await drafts.filter({ hasText: 'Draft' }).click();
  await expect(
    drawer.getByRole('row').filter({ hasText: 'Service desk engineer · 钱峰' }),
  ).toHaveCount(2);
  await drawer.getByRole('button', { name: 'Close' }).click();

  // The subcontractor submits its bill for the same forty hours in its portal, as its own
  // system would: it matches them and waits for the client's acceptance once approved.
  await ok(supplier, 'post', '/api/v1/supplier-portal/bills', {
    contractId: w.subcontract.id,
    supplierReference: `ZL-${w.week}`,
    billDate: day(0),
    periodFrom: w.week,
    periodTo: new Date(Date.parse(w.week) + 6 * 86_400_000).toISOString().slice(0, 10),
    lines: [{ kind: 'time', personId: w.worker.id, hours: '40', netMinor: 40 * 30_000 }],
  });
  await page.getByRole('menuitem', { name: 'Supplier bills' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `ZL-${w.week}` })
    .click();
  const bill = page.locator('.ant-drawer').filter({ hasText: `ZL-${w.week}` });
  await expect(bill.locator('.ant-tag', { hasText: /^Matched$/ })).toBeVisible();
  await bill.getByRole('button', { name: 'Approve' }).click();
  await expect(bill).toContainText('Waits for the client to accept: 上线验收报告');
  await bill.getByRole('button', { name: 'Close' }).click();
  await signOut(page);

  // The client downloads the invoice in its portal and accepts the deliverable.
  await signIn(page, clientUser.email, clientUser.password);
  await page.getByRole('menuitem', { name: 'Portal invoices' }).click();
  const download = page.waitForEvent('download');
  await page
    .getByRole('row')
    .filter({ hasText: number })
    .getByRole('link', { name: 'Download PDF' })
    .click();
  expect((await download).suggestedFilename()).toBe(`${number}.pdf`);
  await page.getByRole('menuitem', { name: 'Client portal' }).click();
  await page.getByRole('link', { name: w.project.name }).click();
  const report = page.getByRole('row').filter({ hasText: '上线验收报告' });
  await report.getByRole('button', { name: 'Accept' }).click();
  await expect(report).toContainText('Accepted');
  await signOut(page);

  // Nothing holds the bill any longer.
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'Supplier bills' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: `ZL-${w.week}` })
    .click();
  await expect(bill.locator('.ant-tag', { hasText: /^Approved$/ })).toBeVisible();
  await expect(bill).not.toContainText('Waits for the client to accept');
  await bill.getByRole('button', { name: 'Close' }).click();

  // The P&L's project row is the entries' own figures: revenue as priced, the bill as cost.
  await page.getByRole('menuitem', { name: 'Profit and loss' }).click();
  const row = page.getByRole('row').filter({ hasText: w.project.number });
  const yuan = (minor: number) =>
    `CN¥${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  await expect(row).toContainText(yuan(totals.billBaseMinor));
  await expect(row).toContainText(yuan(totals.costBaseMinor));
  await expect(row).toContainText(yuan(totals.billBaseMinor - totals.costBaseMinor));
  await row.getByRole('button', { name: yuan(totals.billBaseMinor) }).click();
  const sources = page.locator('.ant-drawer').filter({ hasText: 'Revenue of' });
  await expect(sources.locator('.ant-table-row')).toHaveCount(5);
  await expect(sources.locator('.ant-table-summary')).toContainText(yuan(totals.billBaseMinor));
});
