import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

test('a clause from the library goes into a draft with the obligation it brings', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Contracts' }).click();
  await page.getByRole('button', { name: 'Clause library' }).click();
  await page.getByRole('button', { name: 'New clause' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('Title (Chinese)').fill('审计权');
  await drawer.getByLabel('Text (Chinese)').fill('客户有权每年对服务方的服务交付进行一次审计。');
  await drawer.getByLabel('Title (English)').fill('Audit rights');
  await drawer
    .getByLabel('Text (English)')
    .fill('The client may audit the service delivery once a year.');
  await drawer.getByLabel('Obligation (Chinese)').fill('提交年度审计配合计划');
  await drawer.getByLabel('Obligation (English)').fill('Deliver the annual audit support plan');
  await drawer.getByLabel('Due days after the contract starts').fill('30');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Audit rights' })).toContainText(
    'Deliver the annual audit support plan (day 30)',
  );

  // A fresh draft to put it in, made through the API as a script would.
  const headers = { 'x-requested-with': 'e2e' };
  const clients = await (await page.request.get('/api/v1/clients?q=华信', { headers })).json();
  const draft = await (
    await page.request.post('/api/v1/contracts', {
      headers,
      data: {
        partyType: 'client',
        clientId: clients.items[0].id,
        type: 'sow',
        title: 'Audit-ready desk',
        currency: 'CNY',
        valueMinor: 100_000,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        billingModel: 'time_and_materials',
      },
    })
  ).json();
  await page.goto(`/contracts/${draft.id}`);
  await page.getByRole('tab', { name: 'Terms and obligations' }).click();
  await choose(page, page.getByLabel('Clause from the library'), 'Audit rights');
  await choose(page, page.getByLabel('Language'), 'English');
  await page.getByRole('button', { name: 'Insert clause' }).click();
  await expect(page.getByText('1. Audit rights')).toBeVisible();
  const obligation = page
    .getByRole('row')
    .filter({ hasText: 'Deliver the annual audit support plan' });
  await expect(obligation).toContainText('2027-01-31');
  await expect(obligation).toContainText('Open');
  await obligation.getByRole('button', { name: 'Met' }).click();
  await expect(obligation).toContainText('Met');
});
