import { expect, test } from '@playwright/test';
import { choose, mailedLink, signInAsAdminInEnglish } from './support.ts';

test('a survey goes out by mail, is answered once without signing in, and complaints are handled', async ({
  page,
  browser,
}) => {
  await signInAsAdminInEnglish(page);
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByRole('link', { name: '华信银行' }).click();
  await page.getByRole('tab', { name: 'Feedback' }).click();
  await expect(page.getByRole('img', { name: 'Satisfaction trend' })).toBeVisible();

  await page.getByRole('button', { name: 'Send survey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send survey' });
  await choose(page, dialog.getByLabel('Contact'), '张伟');
  await dialog.getByRole('button', { name: 'OK' }).click();
  const surveys = page.locator('.ant-card').filter({ hasText: 'Surveys' });
  await expect(surveys.getByRole('row').filter({ hasText: '张伟' }).first()).toContainText(
    'Waiting',
  );

  const link = await mailedLink('zhang.wei@huaxin-bank.example', /\/survey\/srv_[\w-]+/);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  // The contact's language is Chinese: the form opens in it.
  await expect(visitor.getByText('您对')).toBeVisible();
  await visitor.locator('.ant-radio-button-wrapper').filter({ hasText: /^4$/ }).click();
  await visitor.getByRole('textbox').fill('夜班响应可以更快');
  await visitor.getByRole('button', { name: /提\s?交/ }).click();
  await expect(visitor.getByText('谢谢！您的回复已记录。')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('谢谢！您的回复已记录。')).toBeVisible();
  await visitor.close();

  await page.reload();
  await page.getByRole('tab', { name: 'Feedback' }).click();
  const answered = surveys.getByRole('row').filter({ hasText: '夜班响应可以更快' });
  await expect(answered).toContainText('Answered');
  await expect(answered).toContainText('4');

  await page.getByRole('button', { name: 'Log feedback' }).click();
  const log = page.getByRole('dialog', { name: 'Log feedback' });
  await choose(page, log.getByLabel('Severity'), 'Critical');
  await log.getByLabel('Subject').fill('P1 incident escalated late');
  await log.getByRole('button', { name: 'OK' }).click();
  const row = page.getByRole('row').filter({ hasText: 'P1 incident escalated late' });
  await expect(row).toContainText('Critical');
  await expect(row).toContainText('Open');
  await row.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: /Resolve/ });
  await resolve.getByLabel('Resolution').fill('On-call rota changed; escalation after 15 minutes');
  await resolve.getByRole('button', { name: 'OK' }).click();
  await expect(row).toContainText('Resolved');
});
