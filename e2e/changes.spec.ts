import { expect, test } from '@playwright/test';
import {
  choose,
  dayFromToday,
  demoAdmin,
  demoDelivery,
  newPortalMember,
  pickDay,
  signIn,
  signInInEnglish,
  signOut,
} from './support.ts';

/**
 * A change request on a project delivered under the bank's master agreement: the manager raises
 * it, the delivery manager reviews it, the client approves it in the portal, and the project's
 * end, budget and baseline move while the contract gets a draft amendment. The new budget is
 * then split by cost category.
 */
test('a change request passes our review and the client’s, and moves plan, budget and contract', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const client = await newPortalMember(page, {
    email: `pmo-${stamp}@huaxin.example`,
    name: 'Huaxin PMO',
    role: 'Client portal',
    party: '华信银行',
  });

  const name = `Branch rollout ${stamp}`;
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  const drawer = page.locator('.ant-drawer');
  await choose(
    page,
    drawer.getByRole('combobox', { name: 'Client contract' }),
    '华信银行 IT 服务主协议',
  );
  await drawer.getByLabel('Name').fill(name);
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  const changes = page.locator('.ant-card').filter({ hasText: 'Change requests' });
  await changes.getByRole('button', { name: 'New change request' }).click();
  const form = page.locator('.ant-drawer').filter({ hasText: 'New change request' });
  await form.getByLabel('Change', { exact: true }).fill('Twelve more branches');
  await form.getByLabel('Scope impact').fill('Roll out to the twelve northern branches');
  await form.getByLabel('Reason').fill('The bank merged its northern subsidiary');
  const end = dayFromToday(1000);
  await pickDay(page, form.getByLabel(/New end date/), end);
  await form.getByLabel(/Budget change/).fill('50000');
  await form.getByRole('button', { name: 'Save' }).click();
  const row = changes.getByRole('row').filter({ hasText: 'Twelve more branches' });
  await expect(row).toContainText('+CN¥50,000.00');
  await row.getByRole('button', { name: 'Submit for review' }).click();
  await expect(row).toContainText('In our review');
  // Its author does not review it.
  await expect(row.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const url = page.url();
  await signOut(page);

  await signInInEnglish(page, demoDelivery);
  await page.goto(url);
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(row).toContainText('Waiting for the client');
  await signOut(page);

  await signIn(page, client.email, client.password);
  await page.getByRole('menuitem', { name: 'Client portal' }).click();
  await page.getByRole('link', { name }).click();
  const asked = page.getByRole('row').filter({ hasText: 'Twelve more branches' });
  await expect(asked).toContainText('+CN¥50,000.00');
  await asked.getByRole('button', { name: 'Approve' }).click();
  await expect(asked).toContainText('Approved');
  await expect(page.getByText(`– ${end}`)).toBeVisible();
  await signOut(page);

  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto(url);
  await expect(row).toContainText('Approved');
  await expect(page.getByText(`– ${end}`)).toBeVisible();
  await expect(page.getByText('CN¥50,000.00').first()).toBeVisible();
  // The new budget is split by cost category.
  const budget = page.locator('.ant-card').filter({ hasText: 'Budget by cost category' });
  await budget.getByRole('button', { name: 'Split budget' }).click();
  await budget.getByLabel('Own staff').fill('30000');
  await budget.getByRole('button', { name: 'Save' }).click();
  await expect(budget.getByTestId('budget-unallocated')).toContainText('CN¥20,000.00');
  await expect(budget.getByRole('row').filter({ hasText: 'Own staff' })).toContainText(
    'CN¥30,000.00',
  );

  await row.getByRole('button', { name: 'Expand row' }).click();
  await expect(changes.getByText(/Baseline 1 saved/)).toBeVisible();
  await changes.getByRole('link', { name: /Amendment \d+ \(draft/ }).click();
  await expect(page).toHaveURL(/\/contracts\//);
});
