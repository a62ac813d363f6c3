import { expect, test } from '@playwright/test';
import {
  choose,
  demoAdmin,
  inviteAndJoin,
  signIn,
  signInAsAdminInEnglish,
  signOut,
} from './support.ts';

test('time: a worker logs a week, their supplier then the project manager approve, and it is priced twice', async ({
  page,
}) => {
  const stamp = Date.now();
  const worker = {
    email: `dong-${stamp}@zhilian.example`,
    name: 'Dong Liang',
    password: 'dong passphrase 1',
  };
  const manager = {
    email: `lead-${stamp}@zhilian.example`,
    name: 'Zhilian Lead',
    password: 'lead passphrase 1',
  };
  await signInAsAdminInEnglish(page);
  await inviteAndJoin(page, { ...worker, role: 'Member' });
  await signOut(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await inviteAndJoin(page, { ...manager, role: 'Supplier portal' });
  await signOut(page);

  // The admin binds the lead to 智联科技 and links the worker's member to 董亮.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const lead = page.getByRole('row').filter({ hasText: manager.email });
  await choose(page, lead.getByLabel('Portal of'), '智联科技');
  await expect(lead).toContainText('智联科技');
  await page.getByRole('menuitem', { name: 'People' }).click();
  await page.getByRole('link', { name: '董亮' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await choose(page, page.locator('.ant-drawer').getByLabel('Signs in as'), worker.name);
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.ant-drawer')).toBeHidden();
  await signOut(page);

  // The worker logs four hours a day this week on the service desk project and submits.
  await signIn(page, worker.email, worker.password);
  await page.getByRole('menuitem', { name: 'My timesheet' }).click();
  await page.getByRole('button', { name: 'Add row' }).click();
  await expect(page.getByLabel('Project, row 1')).toBeVisible();
  for (const cell of await page.getByRole('spinbutton', { name: /^Hours, row 1/ }).all()) {
    if (await cell.isEnabled()) await cell.fill('4');
  }
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(page.getByText('Submitted', { exact: true })).toBeVisible();
  const hours = await page.getByTestId('week-total').textContent();
  expect(Number(hours)).toBeGreaterThan(0);
  await signOut(page);

  // Their supplier approves first, and sees hours, never prices.
  await signIn(page, manager.email, manager.password);
  await page.getByRole('menuitem', { name: 'Time approvals' }).click();
  const waiting = page.getByRole('row').filter({ hasText: '董亮' });
  await expect(waiting).toContainText('Supplier');
  await waiting.getByRole('button', { name: 'Open' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByRole('columnheader', { name: /Billed/ })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer.getByText('Approved by supplier')).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await signOut(page);

  // Then the project manager: approving prices each hour at the client's and the supplier's rates.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Time approvals' }).click();
  const next = page.getByRole('row').filter({ hasText: '董亮' });
  await expect(next).toContainText('Project manager');
  await next.getByRole('button', { name: 'Open' }).click();
  await drawer.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer.getByText('Approved', { exact: true })).toBeVisible();
  // 桌面运维工程师 (senior): the client pays ¥260 an hour, 智联科技 charges ¥235.
  const h = Number(hours);
  const yuan = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2 });
  await expect(drawer.getByTestId('sheet-bill')).toContainText(yuan(260 * h));
  await expect(drawer.getByTestId('sheet-cost')).toContainText(yuan(235 * h));
  await expect(drawer.getByTestId('sheet-margin')).toContainText(yuan(25 * h));
});
