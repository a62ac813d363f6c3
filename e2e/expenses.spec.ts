import { expect, test } from '@playwright/test';
import { choose, demoAdmin, demoFinance, signInInEnglish, signOut } from './support.ts';

/**
 * Expense claims: the project manager attaches the receipt his draft lacks and submits it,
 * approves a worker's claim waiting for him, and opens a claim with a per-diem allowance; the
 * finance lead sees every claim, the travel re-billed and reimbursed.
 */
test('expense claims take their receipts, go to the project manager, and finance sees them re-billed and reimbursed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInInEnglish(page, demoAdmin);
  await page.getByRole('menuitem', { name: 'Expenses' }).click();

  // His own draft waits for its receipt: attached, it goes for approval.
  await page.getByRole('row').filter({ hasText: '服务台团队月度复盘晚餐' }).click();
  const own = page.locator('.ant-drawer').filter({ hasText: '服务台团队月度复盘晚餐' });
  const dinner = own.getByRole('row').filter({ hasText: 'Team dinner' });
  await expect(dinner).toContainText('Receipt missing');
  await dinner.getByRole('button', { name: 'Expand row' }).click();
  const chooser = page.waitForEvent('filechooser');
  await own.getByRole('button', { name: 'Upload' }).click();
  await (await chooser).setFiles({
    name: 'dinner.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(own.getByRole('link', { name: 'dinner.pdf' })).toBeVisible();
  await expect(dinner).not.toContainText('Receipt missing');
  await own.getByRole('button', { name: 'Submit' }).click();
  await expect(own.locator('.ant-tag', { hasText: 'Waits for the project manager' })).toBeVisible();
  await own.getByRole('button', { name: 'Close' }).click();

  // A worker's spare keyboards wait for him as the project's manager.
  await page.getByText('Waiting for me').click();
  await page.getByRole('row').filter({ hasText: '服务台备用键鼠' }).click();
  const parts = page.locator('.ant-drawer').filter({ hasText: '服务台备用键鼠' });
  await expect(parts).toContainText('吴芳 · 智联科技');
  await parts.getByRole('button', { name: 'Approve' }).click();
  await expect(parts.locator('.ant-tag', { hasText: /^Approved$/ })).toBeVisible();
  await parts.getByRole('button', { name: 'Close' }).click();

  // A new claim with two days' allowance in Shanghai, at the workspace's rate.
  await page.getByRole('button', { name: 'New claim' }).click();
  const form = page.getByRole('dialog').filter({ hasText: 'New claim' });
  await choose(page, form.getByLabel('Project'), '7×24 服务台与桌面运维');
  await form.getByLabel('Title').fill('陆家嘴数据中心巡检');
  await form.getByRole('button', { name: 'OK' }).click();
  const fresh = page.locator('.ant-drawer').filter({ hasText: '陆家嘴数据中心巡检' });
  await choose(page, fresh.getByLabel('Category'), 'Per diem');
  await fresh.getByLabel('What for').fill('出差补贴');
  await fresh.getByLabel('Location').fill('上海');
  await fresh.getByLabel('Days').fill('2');
  await fresh.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(fresh.getByRole('row').filter({ hasText: '上海 × 2' })).toContainText('CN¥200.00');
  await fresh.getByRole('button', { name: 'Close' }).click();

  // Finance sees every claim: the trip to Beijing re-billed to the bank and reimbursed.
  await signOut(page);
  await signInInEnglish(page, demoFinance);
  await page.getByRole('menuitem', { name: 'Expenses' }).click();
  await page.getByText('All claims').click();
  const trip = page.getByRole('row').filter({ hasText: '华信银行北京分行上线支持' });
  await expect(trip).toContainText('Reimbursed');
  await trip.click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '华信银行北京分行上线支持' });
  await expect(drawer.getByRole('row').filter({ hasText: '全季酒店' })).toContainText('Re-billed');
  await expect(drawer).toContainText(/PAY-\d{4}-00001/);
});
