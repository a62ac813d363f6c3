import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { createTransport } from 'nodemailer';
import { INBOUND_SMTP_PORT } from '../playwright.config.ts';
import {
  choose,
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

/** A day in Shanghai, where the desk works, `offset` days from today. */
const shanghaiDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const utcDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const mondayHours = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];

/**
 * The bank's new branch desk: a calendar whose only working days for a while are two make-up
 * workdays (tomorrow and the day after, in Shanghai) around Mondays made holidays, as China's
 * Spring Festival schedule does; the client contract (P2 resolution in 16 working hours, 1% of
 * the month's fee per breach) and the subcontract underpinning it (P2 resolution at once,
 * around the clock, 2% per breach), both signed; the subcontractor's team; and the contact who
 * writes in.
 */
async function world(stamp: number) {
  const admin = await session(demoAdmin);
  const finance = await session(demoFinance);
  const calendar = await ok(admin, 'post', '/api/v1/calendars', {
    name: `春节值守 ${stamp}`,
    timeZone: 'Asia/Shanghai',
    week: [mondayHours, [], [], [], [], [], []],
  });
  for (let d = -7; d <= 21; d += 1) {
    const day = shanghaiDay(d);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 1) {
      await ok(admin, 'post', `/api/v1/calendars/${calendar.id}/days`, {
        day,
        kind: 'holiday',
        name: '春节',
      });
    }
  }
  for (const d of [1, 2]) {
    await ok(admin, 'post', `/api/v1/calendars/${calendar.id}/days`, {
      day: shanghaiDay(d),
      kind: 'workday',
      name: '春节调休',
    });
  }
  const client = await ok(admin, 'post', '/api/v1/clients', { name: `华信银行分行 ${stamp}` });
  const email = `it-${stamp}@branch.example`;
  await ok(admin, 'post', `/api/v1/clients/${client.id}/contacts`, {
    name: '赵敏',
    email,
    language: 'zh-CN',
  });
  const [supplier] = (await ok(admin, 'get', '/api/v1/suppliers?q=智联')).items;
  const signed = async (body: object, sla: object) => {
    const c = await ok(admin, 'post', '/api/v1/contracts', {
      type: 'sow',
      currency: 'CNY',
      valueMinor: 24_000_000,
      startDate: utcDay(-60),
      endDate: utcDay(300),
      billingModel: 'time_and_materials',
      ...body,
    });
    await ok(admin, 'post', `/api/v1/contracts/${c.id}/slas`, {
      metric: 'resolution_time',
      priority: 'p2',
      creditCapPercent: 10,
      ...sla,
    });
    await signContract({ admin, finance }, c.id, { signedOn: utcDay(-60), signatory: '赵敏' });
    return c;
  };
  const contract = await signed(
    {
      partyType: 'client',
      clientId: client.id,
      title: `分行服务台 ${stamp}`,
      calendarId: calendar.id,
    },
    { target: 960, creditPercent: 1 },
  );
  const subcontract = await signed(
    { partyType: 'supplier', supplierId: supplier.id, title: `分行驻场分包 ${stamp}` },
    { target: 0, creditPercent: 2 },
  );
  const team = await ok(admin, 'post', '/api/v1/ticket-groups', {
    name: `智联分行组 ${stamp}`,
    kind: 'supplier',
    supplierContractId: subcontract.id,
  });
  return { admin, finance, contract, subcontract, team, email };
}

const ticketRow = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });
const drawerOf = (page: Page, title: string) =>
  page.locator('.ant-drawer').filter({ hasText: title });
const clock = (page: Page, title: string, party: string) =>
  drawerOf(page, title).getByRole('row').filter({ hasText: party });

async function leave(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await signOut(page);
}

async function ticketByTitle(api: APIRequestContext, title: string) {
  const found = await ok(api, 'get', `/api/v1/tickets?q=${encodeURIComponent(title)}`);
  return ok(api, 'get', `/api/v1/tickets/${found.items[0].id}`);
}

/**
 * The service desk issue's whole walk: a client's mail opens a ticket, P2 on the contract's
 * calendar across its holidays and make-up days; a wait on the client pauses it and their
 * mailed reply resumes it; routed to the subcontractor's team, which sees only that ticket,
 * the supplier's clock breaches while ours does not; resolved, the requester answers the
 * satisfaction survey; the month's compliance shows the supplier's chargeback and no credit,
 * and finance confirms it onto the supplier's bill.
 */
test('service desk: mail to ticket, SLA clocks across holidays, supplier breach, CSAT, compliance and the chargeback on the bill', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const w = await world(stamp);
  const supplierUser = await newPortalMember(page, {
    email: `noc-${stamp}@zhilian.example`,
    name: 'Zhou Portal',
    role: 'Supplier portal',
    party: '智联科技',
  });
  await signOut(page);

  // The contact's mail opens the ticket; the desk makes it P2.
  const title = `分行柜面系统登录失败 ${stamp}`;
  const desk = createTransport({ host: '127.0.0.1', port: INBOUND_SMTP_PORT, ignoreTLS: true });
  await desk.sendMail({
    from: `赵敏 <${w.email}>`,
    to: 'desk@pontis.example',
    subject: title,
    text: '分行所有柜员无法登录柜面系统。',
  });
  const ack = await mailTo(w.email, (m) => m.subject.includes(title));
  let ticket = await ticketByTitle(w.admin, title);
  expect(ticket).toMatchObject({ channel: 'email', contract: { id: w.contract.id } });
  ticket = await ok(w.admin, 'patch', `/api/v1/tickets/${ticket.id}`, {
    urgency: 'high',
    reason: '整个分行停业',
    version: ticket.version,
  });
  // Sixteen working hours: the two make-up days, nothing on the holidays between.
  const resolution = ticket.slas.find((c: { party: string }) => c.party === 'client');
  expect(resolution).toMatchObject({ state: 'running', dueAt: `${shanghaiDay(2)}T10:00:00.000Z` });

  // The desk asks the client; the clock stands until their mailed reply.
  await signInInEnglish(page, demoAdmin);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await ticketRow(page, title).click();
  const drawer = drawerOf(page, title);
  await expect(drawer.locator('.ant-tag', { hasText: 'P2 high' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Wait' }).click();
  const wait = page.getByRole('dialog').filter({ hasText: 'Wait on someone' });
  await choose(page, wait.getByLabel('Waiting on'), 'The client');
  await choose(page, wait.getByLabel('Reason code'), 'Their reply');
  await wait.getByLabel('What is awaited').fill('需要报错截图');
  await wait.getByLabel('Message to them').fill('请发送登录报错的截图。');
  await wait.getByRole('button', { name: 'OK' }).click();
  await expect(clock(page, title, 'Client contract')).toContainText('Paused');
  await desk.sendMail({
    from: w.email,
    to: 'desk@pontis.example',
    subject: `Re: ${ack.subject}`,
    text: '报错为“证书已过期”。\n\n> 请发送登录报错的截图。',
  });
  await expect(async () => {
    await page.reload();
    await expect(clock(page, title, 'Client contract')).toContainText('Running', {
      timeout: 1000,
    });
  }).toPass();

  // Routed to the subcontractor's team: its clock has no time to give, and breaches.
  await choose(page, drawer.getByLabel('Group'), `智联分行组 ${stamp}`);
  await expect(async () => {
    await page.reload();
    await expect(clock(page, title, 'Supplier contract')).toContainText('Breached', {
      timeout: 1000,
    });
  }).toPass();
  await leave(page);

  // The supplier's portal user sees that ticket alone, on its own clock, and resolves it.
  await signIn(page, supplierUser.email, supplierUser.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await expect(page.locator('.ant-table-tbody .ant-table-row')).toHaveCount(1);
  await ticketRow(page, title).click();
  await expect(clock(page, title, 'Client contract')).toHaveCount(0);
  await drawerOf(page, title).getByRole('button', { name: 'Start work' }).click();
  await drawerOf(page, title).getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog').filter({ hasText: 'Resolve the ticket' });
  await resolve.getByRole('textbox').fill('更新了认证服务器证书。');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(drawerOf(page, title).locator('.ant-tag', { hasText: /^Resolved$/ })).toBeVisible();
  await leave(page);
  ticket = await ok(w.admin, 'get', `/api/v1/tickets/${ticket.id}`);
  const byParty = Object.fromEntries(
    ticket.slas.map((c: { party: string; state: string }) => [c.party, c.state]),
  );
  expect(byParty).toEqual({ client: 'met', supplier: 'breached' });

  // The requester answers the one question mailed on resolution.
  const survey = await mailTo(
    w.email,
    (m) => m.subject.includes(ticket.number) && /\/survey\//.test(m.text),
  );
  const link = /\/survey\/srv_[\w-]+/.exec(survey.text)?.[0] as string;
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.getByText(ticket.number)).toBeVisible();
  await visitor.locator('.ant-radio-button-wrapper').filter({ hasText: /^5$/ }).click();
  await visitor.getByRole('button', { name: /提\s?交/ }).click();
  await expect(visitor.getByText('谢谢！您的回复已记录。')).toBeVisible();
  await visitor.close();

  // Finance reads the month: the supplier's chargeback, no credit to the bank; and confirms.
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'SLA compliance' }).click();
  await choose(page, page.getByLabel('Contract'), `分行服务台 ${stamp}`);
  const chargebacks = page.locator('.ant-card-body');
  await expect(chargebacks).toContainText(`分行驻场分包 ${stamp}`);
  await page.getByRole('button', { name: 'Confirm for finance' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.ant-descriptions')).toContainText('Confirmed by');

  // The supplier's bill for the month carries the chargeback: 2% of its month's fee.
  const bill = await ok(w.finance, 'post', '/api/v1/finance/supplier-bills', {
    contractId: w.subcontract.id,
    supplierReference: `ZL-${stamp}`,
    billDate: utcDay(0),
    periodFrom: utcDay(-10),
    periodTo: utcDay(0),
    lines: [{ kind: 'other', description: '驻场运维', netMinor: 1_000_000 }],
  });
  const chargeback = bill.lines.find((l: { kind: string }) => l.kind === 'chargeback');
  expect(chargeback.netMinor).toBeLessThan(0);
  const compliance = await ok(
    w.finance,
    'get',
    `/api/v1/sla-compliance?contractId=${w.contract.id}&month=${shanghaiDay(0).slice(0, 7)}`,
  );
  expect(compliance.creditMinor).toBe(0);
  expect(-chargeback.netMinor).toBe(compliance.chargebacks[0].creditMinor);
});
