import { expect, type Page, test } from '@playwright/test';
import { choose, demoAdmin, newPortalMember, signIn, signOut } from './support.ts';

const drawerOf = (page: Page, title: string) =>
  page.locator('.ant-drawer').filter({ hasText: title });

/** Closes the ticket's drawer, which covers the user menu, and signs out. */
async function leave(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await signOut(page);
}

test("tickets through the portals: the client raises one, the supplier's team works it and asks the client, the client answers and confirms", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const supplier = await newPortalMember(page, {
    email: `desk-${stamp}@zhilian.example`,
    name: 'Li Portal',
    role: 'Supplier portal',
    party: '智联科技',
  });
  await signOut(page);
  const client = await newPortalMember(page, {
    email: `it-${stamp}@huaxin.example`,
    name: 'Wang Portal',
    role: 'Client portal',
    party: '华信银行',
  });
  await leave(page);
  const title = `柜员终端无法打印回单 ${stamp}`;

  // The client raises it from its portal, under its contract.
  await signIn(page, client.email, client.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('button', { name: 'New ticket' }).click();
  const form = page.getByRole('dialog').filter({ hasText: 'New ticket' });
  await expect(form.getByLabel('Client')).toHaveCount(0);
  await form.getByLabel('Title').fill(title);
  await choose(page, form.getByLabel('Contract'), '7×24 服务台与桌面运维');
  await choose(page, form.getByLabel('Urgency'), 'High');
  await form.getByRole('button', { name: 'OK' }).click();
  let drawer = drawerOf(page, title);
  await expect(drawer).toContainText('Client portal');
  await leave(page);

  // The desk routes it to the subcontractor's team.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('row').filter({ hasText: title }).click();
  drawer = drawerOf(page, title);
  await choose(page, drawer.getByLabel('Group'), '智联科技 驻场运维');
  await expect(
    drawer.getByRole('row').filter({ hasText: 'Supplier contract' }).first(),
  ).toContainText('Running');
  await leave(page);

  // The supplier's team sees that ticket, on its own clock, and asks the client for access.
  await signIn(page, supplier.email, supplier.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await expect(page.getByRole('row').filter({ hasText: '分行 VPN 间歇断开' })).toHaveCount(0);
  await page.getByRole('row').filter({ hasText: title }).click();
  drawer = drawerOf(page, title);
  await expect(drawer.getByRole('row').filter({ hasText: 'Client contract' })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Start work' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^In progress$/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Wait' }).click();
  const wait = page.getByRole('dialog').filter({ hasText: 'Wait on someone' });
  await choose(page, wait.getByLabel('Waiting on'), 'The client');
  await choose(page, wait.getByLabel('Reason code'), 'Access');
  await wait.getByLabel('What is awaited').fill('需要柜台打印机的管理员密码');
  await wait.getByLabel('Message to them').fill('请提供营业部打印机的管理员密码。');
  await wait.getByRole('button', { name: 'OK' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Waiting$/ })).toBeVisible();
  await leave(page);

  // The client reads the ask (not who works it) and answers: the ticket is back in work.
  await signIn(page, client.email, client.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('row').filter({ hasText: title }).click();
  drawer = drawerOf(page, title);
  await expect(drawer).toContainText('请提供营业部打印机的管理员密码。');
  await expect(drawer).not.toContainText('智联科技');
  await drawer.getByLabel('Add a comment').fill('密码已通过短信发给驻场工程师。');
  await drawer.getByRole('button', { name: 'Send' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^In progress$/ })).toBeVisible();
  await leave(page);

  // The supplier resolves it; the client confirms the resolution, which closes it.
  await signIn(page, supplier.email, supplier.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('row').filter({ hasText: title }).click();
  drawer = drawerOf(page, title);
  await expect(drawer).toContainText('密码已通过短信发给驻场工程师。');
  await drawer.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog').filter({ hasText: 'Resolve the ticket' });
  await resolve.getByRole('textbox').fill('重装打印机驱动并恢复默认端口。');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Resolved$/ })).toBeVisible();
  await leave(page);

  await signIn(page, client.email, client.password);
  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.getByRole('checkbox', { name: 'Open only' }).uncheck();
  await page.getByRole('row').filter({ hasText: title }).click();
  drawer = drawerOf(page, title);
  await drawer.getByRole('button', { name: 'Confirm resolution' }).click();
  await expect(drawer.locator('.ant-tag', { hasText: /^Closed$/ })).toBeVisible();
});
