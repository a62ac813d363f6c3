import { expect, type Page, test } from '@playwright/test';
import {
  choose,
  completeOnboarding,
  dayFromToday,
  demoDelivery,
  demoFinance,
  invitationLink,
  pickDay,
  signIn,
  signInAsAdminInEnglish,
  signInInEnglish,
  signOut,
} from './support.ts';

const stamp = Date.now();
const clientName = `Nordlicht Versicherung ${stamp}`;
const supplierName = `Delta Desk Services ${stamp}`;
const clientContract = 'Nordlicht managed service desk';
const supplierContract = 'Delta first-line desk';

async function openContract(page: Page, title: string) {
  await page.getByRole('menuitem', { name: 'Contracts' }).click();
  await page.getByPlaceholder('Title or number').fill(title);
  await page.getByPlaceholder('Title or number').press('Enter');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function addRate(page: Page, position: string, rate: string) {
  await page.getByRole('tab', { name: 'Rate card' }).click();
  await choose(page, page.getByLabel('Position', { exact: true }), position);
  await page.getByLabel('Rate', { exact: true }).fill(rate);
  await page.getByRole('button', { name: 'Add rate' }).click();
  await expect(page.getByRole('cell', { name: position })).toBeVisible();
}

async function approveAs(page: Page, user: { email: string; password: string }, expected: string) {
  await signInInEnglish(page, user);
  // The approver hears about it from the bell, which opens the contract.
  await page.getByTestId('notifications').click();
  await page.getByText(`${clientContract} waits for your approval`).click();
  await expect(page.getByRole('heading', { name: clientContract, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Approve or reject' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  // The dialog closes once the decision is saved; only then may the next approver act.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('.ant-tag', { hasText: expected })).toBeVisible();
  await signOut(page);
}

test('client → won opportunity → contract approved by two and signed → supplier onboarded → back-to-back with flowed-down SLA and margin → client portal sees only its contract', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsAdminInEnglish(page);

  // A client with a contact, and an opportunity over the two-approver threshold, won.
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.locator('.ant-drawer').getByLabel('Name', { exact: true }).fill(clientName);
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: clientName })).toBeVisible();
  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Greta Hansen');
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('cell', { name: 'Greta Hansen' })).toBeVisible();
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const opportunity = page.getByRole('dialog');
  await opportunity.getByLabel('Title').fill(clientContract);
  await opportunity.getByLabel('Expected value').fill('2400000');
  await choose(page, opportunity.getByLabel('Stage'), 'Negotiation');
  await opportunity.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('menuitem', { name: 'Opportunities' }).click();
  await page
    .getByTestId('stage-negotiation')
    .locator('.ant-card')
    .filter({ hasText: clientContract })
    .getByRole('button', { name: 'Move to stage' })
    .click();
  await page.getByRole('menuitem', { name: 'Won' }).click();

  // Winning offers the draft contract, already filled from the opportunity.
  await page.getByRole('button', { name: 'Draft contract' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByLabel('Title')).toHaveValue(clientContract);
  await expect(drawer.getByLabel('Total value')).toHaveValue('2400000');
  await pickDay(page, drawer.getByRole('textbox', { name: 'Start', exact: true }), dayFromToday(0));
  await pickDay(page, drawer.getByRole('textbox', { name: 'End', exact: true }), dayFromToday(365));
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: clientContract })).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: 'Draft' })).toBeVisible();

  await addRate(page, 'Service desk engineer', '800');
  await page.getByRole('tab', { name: 'SLAs' }).click();
  await page.getByLabel('Target').fill('480');
  await page.getByRole('button', { name: 'Add SLA' }).click();
  await expect(page.getByRole('cell', { name: '480 min' })).toBeVisible();

  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(page.locator('.ant-tag', { hasText: 'In review' })).toBeVisible();
  await page.getByRole('tab', { name: 'Approvals' }).click();
  await expect(page.getByText('This review needs 2 approvals')).toBeVisible();
  await signOut(page);

  await approveAs(page, demoFinance, 'In review');
  await approveAs(page, demoDelivery, 'Approved');

  await signIn(page, 'admin@pontis.local', 'pontis-demo');
  await openContract(page, clientContract);
  await page.getByRole('button', { name: 'Record signature' }).click();
  const sign = page.getByRole('dialog');
  await sign.getByLabel('Name').first().fill('Greta Hansen');
  await sign.getByLabel('Name').last().fill('Demo Admin');
  await sign.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.ant-tag', { hasText: 'Active' })).toBeVisible();

  // A supplier onboarded and approved, with a qualification.
  await page.getByRole('menuitem', { name: 'Suppliers' }).click();
  await page.getByRole('button', { name: 'New supplier' }).click();
  await page.locator('.ant-drawer').getByLabel('Name', { exact: true }).fill(supplierName);
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: supplierName })).toBeVisible();
  for (const status of ['Onboarding', 'Approved']) {
    if (status === 'Approved') await completeOnboarding(page);
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await expect(page.locator('.ant-tag', { hasText: status })).toBeVisible();
  }
  await page.getByLabel('Name', { exact: true }).fill('ISO/IEC 27001:2022');
  await pickDay(
    page,
    page.getByRole('textbox', { name: 'Valid to', exact: true }),
    dayFromToday(700),
  );
  await page.getByRole('button', { name: 'Add qualification' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'ISO/IEC 27001:2022' })).toContainText(
    'Valid',
  );

  // The supplier's contract, with its rate, linked back-to-back; SLAs flow down; margin shows.
  await page.getByRole('menuitem', { name: 'Contracts' }).click();
  await page.getByRole('button', { name: 'New contract' }).click();
  await drawer.getByText('Supplier', { exact: true }).click();
  await choose(page, drawer.getByLabel('Counterparty'), supplierName);
  await drawer.getByLabel('Title').fill(supplierContract);
  await drawer.getByLabel('Total value').fill('1600000');
  await pickDay(page, drawer.getByRole('textbox', { name: 'Start', exact: true }), dayFromToday(0));
  await pickDay(page, drawer.getByRole('textbox', { name: 'End', exact: true }), dayFromToday(365));
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: supplierContract })).toBeVisible();
  await addRate(page, 'Service desk engineer', '560');

  await openContract(page, clientContract);
  await page.getByRole('tab', { name: 'Back-to-back' }).click();
  await choose(page, page.getByLabel('Supplier contract to link'), supplierContract);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const link = page.getByRole('row').filter({ hasText: supplierContract });
  await link.getByRole('button', { name: 'Flow down SLAs' }).click();
  await expect(page.getByText('1 SLAs flowed down to the supplier contract.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Service desk engineer' })).toContainText(
    '30%',
  );

  await link.getByRole('link').click();
  await page.getByRole('tab', { name: 'SLAs' }).click();
  await expect(page.getByRole('cell', { name: '360 min' })).toBeVisible();
  await expect(page.getByText('flowed down', { exact: true })).toBeVisible();

  // A client portal user of the client sees its contract and never the supplier's.
  const email = `portal-${stamp}@nordlicht.example`;
  await page.getByRole('menuitem', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Invite member' }).click();
  await page.getByRole('dialog').getByLabel('Email').fill(email);
  await choose(page, page.getByRole('dialog').getByLabel('Role'), 'Client portal');
  await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
  const invitation = await invitationLink(email);
  await signOut(page);
  await page.goto(invitation);
  await page.getByLabel('Name').fill('Greta Portal');
  await page.getByLabel('Password').fill('greta passphrase 1');
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Greta Portal' })).toBeVisible();
  await signOut(page);

  await signIn(page, 'admin@pontis.local', 'pontis-demo');
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const member = page.getByRole('row').filter({ hasText: email });
  await choose(page, member.getByLabel('Portal of'), clientName);
  await expect(member).toContainText(clientName);
  await signOut(page);

  await signIn(page, email, 'greta passphrase 1');
  await page.getByRole('menuitem', { name: 'Contracts' }).click();
  await expect(page.getByRole('link', { name: clientContract })).toBeVisible();
  await expect(page.getByText(supplierContract)).toHaveCount(0);
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: clientContract }).click();
  await expect(page.getByRole('tab', { name: 'Back-to-back' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Approvals' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Terminate' })).toHaveCount(0);
});
