import { expect, test } from '@playwright/test';
import { signInAsAdminInEnglish } from './support.ts';

test('an amendment changes a signed contract’s SLAs, shown as a before/after diff', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);
  await page.goto('/contracts');
  await page.getByRole('row').filter({ hasText: 'CON-0002' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'New amendment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New amendment' });
  await dialog.getByLabel('Title').fill('Faster P1 resolution');
  await dialog.getByLabel('Why').fill('The bank asked for 2-hour P1 resolution from next quarter');
  await dialog.getByText('Change the SLAs').click();
  const targets = dialog.getByLabel('Target');
  await expect(targets.first()).toBeVisible();
  const before = await targets.last().inputValue();
  await targets.last().fill('120');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Amendments' }).click();
  const diff = page.getByRole('row').filter({ hasText: 'SLAs' });
  await expect(diff).toContainText(` ${before}`);
  await expect(diff).toContainText(' 120');
});
