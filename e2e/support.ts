import { type APIRequestContext, expect, type Locator, type Page, request } from '@playwright/test';
import { MAIL_SINK_PORT } from '../playwright.config.ts';
import type { ReceivedMail } from '../server/src/test/smtp-sink.ts';

/**
 * Picks an option of an Ant Design select by typing it and pressing Enter: clicking an option
 * in the animated dropdown can land before it settles and leave the list open.
 */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.fill(option);
  // Options may still be loading: Enter picks only once the one we want is offered.
  await expect(
    page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: option })
      .first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(
    0,
  );
}

export const demoAdmin = { email: 'admin@pontis.local', password: 'pontis-demo' } as const;

/** The demo admin's colleagues: the seed gives them the admin's password. */
export const demoFinance = { email: 'finance@pontis.local', password: demoAdmin.password } as const;
export const demoDelivery = {
  email: 'delivery@pontis.local',
  password: demoAdmin.password,
} as const;

/** Signs in and works in English, whatever language the user saved before. */
export async function signInInEnglish(
  page: Page,
  user: { email: string; password: string },
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: /Sign in|登录/ }).click();
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
}

export const signInAsAdminInEnglish = (page: Page) => signInInEnglish(page, demoAdmin);

/** A mail as the browser tests' sink reports it: attachments by name, type and size. */
export type SunkMail = Omit<ReceivedMail, 'attachments'> & {
  attachments: { fileName: string; contentType: string; size: number }[];
};

/**
 * The newest mail to an address that `wanted` accepts, as its recipient got it. The worker
 * sends within a second or two of the change that queued the mail.
 */
export async function mailTo(
  email: string,
  wanted: (mail: SunkMail) => boolean,
): Promise<SunkMail> {
  let found: SunkMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (
          await fetch(`http://127.0.0.1:${MAIL_SINK_PORT}/mail`)
        ).json()) as SunkMail[];
        found = mails.findLast((m) => m.to.includes(email.toLowerCase()) && wanted(m));
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return found as SunkMail;
}

/**
 * The first link matching `link` in the newest mail to an address that has one: the app's
 * outbox shows such links redacted, so tests read the mail sink the app sends to.
 */
export async function mailedLink(email: string, link: RegExp): Promise<string> {
  const mail = await mailTo(email, (m) => link.test(m.text));
  return link.exec(mail.text)?.[0] as string;
}

/** The invitation link for an address. */
export const invitationLink = (email: string) =>
  mailedLink(email, /\/accept-invitation\?token=[\w-]+/);

/** Types a day into an Ant Design date picker. */
export async function pickDay(page: Page, input: Locator, day: string): Promise<void> {
  await input.click();
  await input.fill(day);
  await page.keyboard.press('Enter');
}

/** A calendar day `offset` days from today, as YYYY-MM-DD. */
export function dayFromToday(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Completes the demo workspace's onboarding checklist on a supplier's page. */
export async function completeOnboarding(page: Page): Promise<void> {
  const card = page.locator('.ant-card').filter({ hasText: 'Onboarding' });
  // The boxes show what the server recorded: click, then wait for it.
  for (const step of ['签署保密协议（NDA）', '两家客户推荐']) {
    const box = card.getByRole('checkbox', { name: step });
    await box.click();
    await expect(box).toBeChecked();
  }
  await card.getByRole('button', { name: 'Answer the questionnaire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Due-diligence questionnaire' });
  await expect(dialog).toBeVisible();
  // A click while the dialog still zooms open can be lost (seen once in CI): press OK until the
  // dialog closes on its saved answers.
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden({ timeout: 2000 });
  }).toPass();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible();
}

/**
 * As the signed-in admin, invites `email` with a role; then, signed out, follows the mailed
 * link and joins under a name and password. Leaves the new member signed in.
 */
export async function inviteAndJoin(
  page: Page,
  member: { email: string; role: string; name: string; password: string },
): Promise<void> {
  await page.getByRole('menuitem', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Invite member' }).click();
  const invite = page.getByRole('dialog');
  await invite.getByLabel('Email').fill(member.email);
  await choose(page, invite.getByLabel('Role'), member.role);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const link = await invitationLink(member.email);
  await signOut(page);
  await page.goto(link as string);
  await page.getByLabel('Name').fill(member.name);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${member.name}` })).toBeVisible();
}

/** The admin, on the members page, makes a portal member one client's or supplier's. */
export async function bindPortal(page: Page, email: string, party: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const row = page.getByRole('row').filter({ hasText: email });
  await choose(page, row.getByLabel('Portal of'), party);
  await expect(row).toContainText(party);
}

/**
 * A new portal member of a client or supplier: invited and joined, then bound to `party` by
 * the admin, who is left signed in (in the language the sign-in page offered).
 */
export async function newPortalMember(
  page: Page,
  member: { email: string; name: string; role: 'Client portal' | 'Supplier portal'; party: string },
) {
  const user = { ...member, password: `${member.name} passphrase` };
  await signInAsAdminInEnglish(page);
  await inviteAndJoin(page, user);
  await signOut(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await bindPortal(page, user.email, member.party);
  return user;
}

/**
 * Presses OK on an Ant Design confirmation until `done` shows: a click while the confirmation
 * still zooms in can be lost (it then stays open), so it is pressed again while it shows.
 */
export async function confirmUntil(page: Page, question: string, done: Locator): Promise<void> {
  const confirm = page.locator('.ant-popconfirm').filter({ hasText: question });
  await expect(async () => {
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'OK' }).click();
    await expect(done).toBeVisible({ timeout: 1000 });
  }).toPass();
}

/** Approves the draft open in `drawer` and issues it: done once its number shows, then closed. */
export async function approveAndIssue(page: Page, drawer: Locator, number: RegExp): Promise<void> {
  await drawer.getByRole('button', { name: 'Approve' }).click();
  await drawer.getByRole('button', { name: 'Issue' }).click();
  await confirmUntil(page, 'Issue now?', drawer.locator('.ant-drawer-title', { hasText: number }));
  await drawer.getByRole('button', { name: 'Close' }).click();
}

/** A signed-in API session, as an integrator's script would hold one. */
export async function session(user: { email: string; password: string }) {
  const api = await request.newContext({
    baseURL: 'http://127.0.0.1:3100',
    extraHTTPHeaders: { 'x-requested-with': 'e2e' },
  });
  const res = await api.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password },
  });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** Sends and insists on success: the setup is not what this test is about. */
export async function ok(
  api: APIRequestContext,
  method: 'get' | 'post' | 'put' | 'patch',
  url: string,
  data?: object,
) {
  const res = await api[method](url, data ? { data } : undefined);
  expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
  return res.json();
}

/**
 * Takes a drafted contract through its approval to signed, as its owner (submits and signs)
 * and the finance lead (approves) do; signed on a day, by the counterparty's signatory.
 */
export async function signContract(
  sessions: { admin: APIRequestContext; finance: APIRequestContext },
  contractId: string,
  signing: { signedOn: string; signatory: string },
) {
  const { admin, finance } = sessions;
  const url = `/api/v1/contracts/${contractId}`;
  const { version } = await ok(admin, 'get', url);
  const submitted = await ok(admin, 'post', `${url}/submit`, { version });
  const approved = await ok(finance, 'post', `${url}/decisions`, {
    decision: 'approved',
    version: submitted.version,
  });
  await ok(admin, 'post', `${url}/sign`, {
    version: approved.version,
    signedOn: signing.signedOn,
    signatories: [{ name: signing.signatory, title: null, side: 'counterparty' }],
  });
}
