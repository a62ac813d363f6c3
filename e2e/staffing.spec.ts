import { expect, test } from '@playwright/test';
import { loadConfig } from '../server/src/config.ts';
import { createDb } from '../server/src/db/database.ts';
import { moduleJob } from '../server/src/modules/registry.ts';
import {
  choose,
  dayFromToday,
  demoAdmin,
  inviteAndJoin,
  pickDay,
  signIn,
  signInAsAdminInEnglish,
  signOut,
} from './support.ts';

test('staffing: a request with three skills ranks candidates; an employee and a supplier worker are booked and show on the heat map', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Staffing' }).click();
  await page.getByRole('button', { name: 'New staffing request' }).click();
  const drawer = page.locator('.ant-drawer');
  await choose(page, drawer.getByLabel('Position'), 'Service desk engineer');
  await pickDay(page, drawer.getByPlaceholder('Start date'), dayFromToday(14));
  await pickDay(page, drawer.getByPlaceholder('End date'), dayFromToday(70));
  await drawer.getByLabel('Hours per week').fill('20');
  await drawer.getByLabel('People needed').fill('2');
  for (const [i, skill, minimum] of [
    [0, 'Service desk', '3'],
    [1, 'ITIL', '2'],
    [2, 'Desktop support', '2'],
  ] as const) {
    await drawer.getByRole('button', { name: 'Add skill' }).click();
    await choose(page, drawer.getByLabel('Skill', { exact: true }).nth(i), skill);
    await drawer.getByLabel('at least').nth(i).fill(minimum);
  }
  await drawer.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText(/STF-\d+ Service desk engineer/)).toBeVisible();
  const candidates = page.locator('.ant-card').filter({ hasText: 'Candidates' });
  for (const header of ['Score', 'Skills', 'Availability', 'Time zone & languages', 'Cost']) {
    await expect(candidates.getByRole('columnheader', { name: header })).toBeVisible();
  }
  const employee = candidates.getByRole('row').filter({ hasText: '曹阳' });
  const worker = candidates.getByRole('row').filter({ hasText: '潘悦' });
  await expect(worker).toContainText('智联科技');
  await employee.getByRole('button', { name: 'Confirm' }).click();
  await worker.getByRole('button', { name: 'Confirm' }).click();
  const bookings = page.locator('.ant-card').filter({ hasText: 'Bookings' });
  await expect(bookings.getByRole('row').filter({ hasText: '曹阳' })).toContainText('Confirmed');
  await expect(bookings.getByRole('row').filter({ hasText: '潘悦' })).toContainText('Confirmed');
  await expect(page.getByText('Filled').locator('..')).toContainText('2 / 2');

  await page.getByRole('menuitem', { name: 'Staffing' }).click();
  await page.getByRole('button', { name: 'Utilization' }).click();
  const row = page.getByRole('row').filter({ hasText: '曹阳' });
  // 20 of 40 hours: half full in the weeks the booking covers whole.
  await expect(row.getByText('50%').first()).toBeVisible();
});

test('compliance: a supplier worker whose NDA runs out loses access after the daily check', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  const email = `worker-${Date.now()}@zhilian.example`;
  await inviteAndJoin(page, {
    email,
    role: 'Supplier portal',
    name: 'Jiang Wen',
    password: 'jiang passphrase 1',
  });
  await signOut(page);

  // HR's side: bind the member to 智联科技, link them to their person, renew the NDA short.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const member = page.getByRole('row').filter({ hasText: email });
  await choose(page, member.getByLabel('Portal of'), '智联科技');
  await expect(member).toContainText('智联科技');
  await page.getByRole('menuitem', { name: 'People' }).click();
  await page.getByRole('link', { name: '蒋文' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await choose(page, page.locator('.ant-drawer').getByLabel('Signs in as'), 'Jiang Wen');
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save' }).click();
  const documents = page.locator('.ant-card').filter({ hasText: 'Certifications and documents' });
  await documents
    .getByRole('row')
    .filter({ hasText: '保密协议' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK' }).click();
  await expect(documents.getByRole('row').filter({ hasText: '保密协议' })).toHaveCount(0);
  await choose(page, documents.getByLabel('Kind'), 'NDA');
  await documents.getByLabel('Name').fill('NDA 短期');
  await pickDay(page, documents.getByLabel('Expires'), dayFromToday(10));
  await documents.getByRole('button', { name: 'Add' }).click();
  await expect(documents.getByRole('row').filter({ hasText: 'NDA 短期' })).toContainText(
    'Expiring',
  );
  await signOut(page);

  await signIn(page, email, 'jiang passphrase 1');
  await page.getByRole('menuitem', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { name: '蒋文' })).toBeVisible();

  // The daily check, run as it would run eleven days from now: the NDA has run out.
  const config = loadConfig({ ...process.env, DATABASE_URL: '/tmp/pontis-e2e/pontis.db' });
  const db = createDb(config.database);
  try {
    const later = new Date(Date.now() + 11 * 86_400_000);
    expect(
      await moduleJob('people.worker-compliance').run({ db, config, clock: { now: () => later } }),
    ).toBe(1);
  } finally {
    await db.destroy();
  }
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
