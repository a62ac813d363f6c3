import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

test('tickets: opened with a priority from impact × urgency, worked, paused on the client, resolved and closed, each step in the log', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  // The demo's desk: the VPN incident waits on the bank.
  await expect(page.getByRole('row').filter({ hasText: '分行 VPN 间歇断开' })).toContainText(
    'Waiting · The client',
  );

  await page.getByRole('button', { name: 'New ticket' }).click();
  const form = page.getByRole('dialog').filter({ hasText: 'New ticket' });
  await form.getByLabel('Title').fill('核心交易系统响应缓慢');
  await choose(page, form.getByLabel('Client'), '华信银行');
  await choose(page, form.getByLabel('Contract'), '7×24 服务台与桌面运维');
  await choose(page, form.getByLabel('Impact'), 'High');
  await choose(page, form.getByLabel('Urgency'), 'High');
  await form.getByRole('button', { name: 'OK' }).click();

  const drawer = page.locator('.ant-drawer').filter({ hasText: '核心交易系统响应缓慢' });
  await expect(drawer.locator('.ant-drawer-title')).toContainText(/TCK-\d{6}/);
  await expect(drawer.locator('.ant-tag', { hasText: 'P1 critical' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Assign to me' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Assigned$/ })).toBeVisible();
  // The desk contract's P1 clocks: a response within 15 minutes, a resolution within 8 hours.
  const clock = (metric: string) => drawer.getByRole('row').filter({ hasText: metric });
  await expect(clock('First response time')).toContainText('Running');
  await drawer.getByRole('button', { name: 'Start work' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^In progress$/ })).toBeVisible();
  await expect(clock('First response time')).toContainText('Met');

  await drawer.getByRole('button', { name: 'Wait' }).click();
  const wait = page.getByRole('dialog').filter({ hasText: 'Wait on someone' });
  await choose(page, wait.getByLabel('Waiting on'), 'The client');
  await choose(page, wait.getByLabel('Reason code'), 'Their reply');
  await wait.getByLabel('What is awaited').fill('请行方提供数据库慢查询日志');
  await wait.getByLabel('Message to them').fill('请提供昨天 14:00 至 16:00 的慢查询日志。');
  await wait.getByRole('button', { name: 'OK' }).click();
  await expect(drawer).toContainText('The client · Their reply: 请行方提供数据库慢查询日志');
  await expect(clock('Resolution time')).toContainText('Paused');
  // The ask is in the conversation, for the client to read; a note for us stays internal.
  const conversation = drawer.locator('.ant-list');
  await expect(conversation).toContainText('请提供昨天 14:00 至 16:00 的慢查询日志。');
  await expect(conversation.locator('.ant-tag', { hasText: 'The client' })).toBeVisible();
  await drawer.getByLabel('Add a comment').fill('DBA 已在待命。');
  await drawer.getByRole('button', { name: 'Send' }).click();
  await expect(conversation.locator('.ant-list-item')).toHaveCount(2);
  await expect(conversation.locator('.ant-list-item').last()).toContainText('Us only');

  await drawer.getByRole('button', { name: 'Resume' }).click();
  await drawer.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog').filter({ hasText: 'Resolve the ticket' });
  await resolve.getByRole('textbox').fill('索引缺失，已补建索引，响应恢复正常。');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Resolved$/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close ticket' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Closed$/ })).toBeVisible();

  // The log keeps each step with its reason.
  const log = drawer.locator('.ant-timeline');
  await expect(log).toContainText(
    'In progress → Waiting · The client · Their reply · 请行方提供数据库慢查询日志',
  );
  await expect(log).toContainText('Waiting → In progress');
  await expect(log).toContainText('Resolved → Closed');

  // The desk at a glance: the demo's open tickets, and the subcontractor's breach this month.
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Desk dashboard' }).click();
  await expect(page.locator('.ant-statistic').filter({ hasText: 'Open tickets' })).toContainText(
    /[1-9]/,
  );
  await expect(page.getByRole('img', { name: 'Backlog, last eight weeks' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Mean times this month, by group' }),
  ).toBeVisible();
});
