import { expect, test } from '@playwright/test';
import { choose, signInAsAdminInEnglish } from './support.ts';

test('a client with a contact, an opportunity won on the board, an interaction and its next step', async ({
  page,
}) => {
  await signInAsAdminInEnglish(page);

  const name = `Harbour Logistics ${Date.now()}`;
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('Name', { exact: true }).fill(name);
  await drawer.getByLabel('Country/region').fill('cn');
  await drawer.getByLabel('Billing email').fill('ap@harbour.example');
  await drawer.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText(/^CLI-\d{4}$/)).toBeVisible();
  await expect(page.getByText('ap@harbour.example')).toBeVisible();

  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Li Wei');
  await dialog.getByLabel('Job title').fill('CIO');
  await choose(page, dialog.getByLabel('Role'), 'Decision maker');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('cell', { name: 'Li Wei' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contacts (1)' })).toBeVisible();

  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByPlaceholder('Search name, legal name or number').fill('harbour');
  await page.getByPlaceholder('Search name, legal name or number').press('Enter');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Prospect');
  await expect(row).toContainText('1');

  // An opportunity for the client, from its page, then won on the board.
  await row.getByRole('link', { name }).click();
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Title').fill('Managed service desk');
  await form.getByLabel('Expected value').fill('120000');
  await choose(page, form.getByLabel('Stage'), 'Proposal');
  await form.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('cell', { name: 'Managed service desk' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Managed service desk' })).toContainText(
    '¥120,000.00',
  );

  await page.getByRole('menuitem', { name: 'Opportunities' }).click();
  const proposal = page.getByTestId('stage-proposal');
  const card = proposal.locator('.ant-card').filter({ hasText: 'Managed service desk' });
  await card.getByRole('button', { name: 'Move to stage' }).click();
  await page.getByRole('menuitem', { name: 'Won' }).click();
  // Winning offers to draft the contract; the contracts test takes that path.
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(
    page.getByTestId('stage-won').locator('.ant-card').filter({ hasText: 'Managed service desk' }),
  ).toBeVisible();
  await expect(page.getByTestId('stage-won')).toContainText('100%');

  // An interaction with a next step, which then waits on the home page.
  await page.getByTestId('stage-won').getByRole('link', { name }).click();
  await page.getByRole('tab', { name: 'Interactions' }).click();
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const log = page.getByRole('dialog');
  await log.getByLabel('Subject').fill('Kick-off workshop');
  // A multiple select stays open after Enter; clicking the title closes it.
  await log.getByLabel('Participants').fill('Li Wei');
  await page.keyboard.press('Enter');
  await log.getByText('Log interaction').click();
  await log.getByLabel('Next step', { exact: true }).fill('Send onboarding plan');
  await log.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Kick-off workshop')).toBeVisible();
  await expect(page.getByText('Next step: Send onboarding plan')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Home' }).click();
  await expect(page.getByText('Send onboarding plan')).toBeVisible();
});
