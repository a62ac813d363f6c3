import { expect, test } from '@playwright/test';
import {
  bindPortal,
  choose,
  dayFromToday,
  demoAdmin,
  inviteAndJoin,
  pickDay,
  signIn,
  signInAsAdminInEnglish,
  signOut,
} from './support.ts';

/**
 * Issue 5's "done means", on the demo's service desk project (from a signed contract, planned
 * with links and a baseline): the Gantt shows its critical path; a worker logs a week that
 * their supplier and then the project manager approve, priced twice; the client accepts a
 * deliverable, which completes its milestone; the weekly status report, drafted on its own, is
 * finished and published; and the project is closed with the client's sign-off and a lesson
 * anyone can find.
 */
test('delivery: plan, time priced twice, acceptance, status report and closure with lessons', async ({
  page,
}) => {
  // Four people take turns across the whole life of a project: longer than one page's test.
  test.setTimeout(240_000);
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
  const reviewer = {
    email: `qa-${stamp}@huaxin.example`,
    name: 'Huaxin QA',
    password: 'huaxin passphrase 1',
  };
  await signInAsAdminInEnglish(page);
  await inviteAndJoin(page, { ...worker, role: 'Member' });
  await signOut(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await inviteAndJoin(page, { ...manager, role: 'Supplier portal' });
  await signOut(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await inviteAndJoin(page, { ...reviewer, role: 'Client portal' });
  await signOut(page);

  // The admin binds the lead to 智联科技 and links the worker's member to 董亮.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await bindPortal(page, manager.email, '智联科技');
  await bindPortal(page, reviewer.email, '华信银行');
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
  // All their workers' weeks, whatever the status: this one now waits for the project.
  await page.getByRole('tab', { name: 'All weeks' }).click();
  const weeks = page.getByRole('tabpanel', { name: 'All weeks' }).getByRole('row');
  await expect(
    weeks.filter({ hasText: '董亮' }).filter({ hasText: 'Approved by supplier' }),
  ).toHaveCount(1);
  // And the three weeks the demo approved before.
  await expect(
    weeks.filter({ hasText: '董亮' }).getByText('Approved', { exact: true }),
  ).toHaveCount(3);
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

  await drawer.getByRole('button', { name: 'Close' }).click();

  // The project: its plan on the Gantt chart with the critical path, the approved week priced.
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page.getByRole('link', { name: '7×24 服务台与桌面运维' }).click();
  const gantt = page.locator('.ant-card').filter({ has: page.getByText('Gantt chart') });
  await expect(gantt.locator('.bar-wrapper.critical').first()).toBeAttached();
  await expect(gantt.getByText(/Against baseline 1/)).toBeVisible();
  const money = page.locator('.ant-card').filter({ has: page.getByText('Time and margin') });
  // Three seeded half weeks (60 hours) and this one: billed at ¥260 an hour.
  await expect(money.getByRole('row').filter({ hasText: '董亮' }).first()).toContainText(
    yuan(260 * h + 3 * 20 * 260),
  );

  // A deliverable for the cut-over milestone, handed to the client.
  const deliverables = page
    .locator('.ant-card')
    .filter({ has: page.getByRole('button', { name: 'Add deliverable' }) });
  // The milestone first: the Enter that picks it would otherwise submit the filled-in form.
  await choose(page, deliverables.getByLabel('Completes milestone'), '服务正式切换');
  await deliverables.getByLabel('Deliverable', { exact: true }).fill('Runbook');
  await deliverables.getByLabel('Acceptance criteria').fill('Every P1 scenario rehearsed');
  await pickDay(page, deliverables.getByLabel('Deliverable due'), dayFromToday(20));
  await deliverables.getByRole('button', { name: 'Add deliverable' }).click();
  await deliverables
    .getByRole('row')
    .filter({ hasText: 'Runbook' })
    .getByRole('button', { name: 'Submit for acceptance' })
    .click();
  await page.getByRole('dialog').getByLabel('Note').fill('Runbook v1 and rehearsal log');
  await page.getByRole('dialog').getByRole('button', { name: 'Submit for acceptance' }).click();
  await expect(deliverables.getByText('Waiting for acceptance')).toBeVisible();
  await signOut(page);

  // The client accepts it in the portal.
  await signIn(page, reviewer.email, reviewer.password);
  await page.getByRole('menuitem', { name: 'Client portal' }).click();
  await page.getByRole('link', { name: '7×24 服务台与桌面运维' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Runbook' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Runbook' })).toContainText('Accepted');
  await expect(page.getByRole('row').filter({ hasText: '服务正式切换' })).toContainText(
    'Completed',
  );
  await signOut(page);

  // The manager publishes a status report and takes the project to its closure.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page.getByRole('link', { name: '7×24 服务台与桌面运维' }).click();
  // Last week's report was drafted on its own, with suggested ratings: the manager finishes it.
  const reports = page
    .locator('.ant-card')
    .filter({ has: page.getByRole('button', { name: 'Write report' }) });
  const weekly = reports.getByRole('listitem').filter({ hasText: 'Weekly draft' });
  await weekly.getByRole('button', { name: 'Rate and write' }).click();
  const draft = page.getByRole('dialog');
  await choose(page, draft.getByLabel('Schedule'), 'Amber');
  await draft.getByLabel('Summary').fill('Cut-over accepted; one week of time still to approve');
  await draft.getByRole('button', { name: 'Save' }).click();
  const finished = reports
    .getByRole('listitem')
    .filter({ hasText: 'Cut-over accepted; one week of time still to approve' });
  await finished.getByRole('button', { name: 'Publish to the client' }).click();
  await expect(finished.getByText('Published', { exact: true })).toBeVisible();
  const lifecycle = page.locator('.ant-card').filter({ hasText: 'Lifecycle' });
  for (let i = 0; i < 3; i++) {
    await lifecycle.getByRole('button', { name: 'Move to the next phase' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Reason')
      .fill('Service desk handed over early by agreement');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await expect(lifecycle.getByLabel('Client signed off')).toBeVisible();
  const closure = page
    .locator('.ant-card')
    .filter({ has: page.getByRole('button', { name: 'Record lesson' }) });
  await closure.getByLabel('What went well').fill('Rehearsing the cut-over twice');
  await closure.getByLabel('What to change').fill('Book the client’s testers before planning ends');
  await closure.getByRole('button', { name: 'Record lesson' }).click();
  await expect(closure.getByText('Rehearsing the cut-over twice')).toBeVisible();
  await expect(lifecycle.getByLabel('Lessons learned recorded')).toBeChecked();
  await signOut(page);

  // The client reads the report and signs the project off.
  await signIn(page, reviewer.email, reviewer.password);
  await page.getByRole('menuitem', { name: 'Client portal' }).click();
  await page.getByRole('link', { name: '7×24 服务台与桌面运维' }).click();
  await expect(
    page.getByText('Cut-over accepted; one week of time still to approve'),
  ).toBeVisible();
  await page.getByRole('list', { name: 'Satisfaction' }).getByRole('radio').nth(4).click();
  await page.getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByText(/Signed off on/)).toBeVisible();
  await signOut(page);

  // Closed (陆鹏's week still waits, so with a reason), and the lesson is there for the next one.
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page.getByRole('link', { name: '7×24 服务台与桌面运维' }).click();
  await expect(lifecycle.getByLabel('Client signed off')).toBeChecked();
  await lifecycle.getByRole('button', { name: 'Close the project' }).click();
  await page
    .getByRole('dialog')
    .getByLabel('Reason')
    .fill('Last week’s time is approved after closing');
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Closed', { exact: true }).first()).toBeVisible();
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'Lessons learned' }).click();
  await page.getByLabel('Search lessons').fill('cut-over');
  await page.getByLabel('Search lessons').press('Enter');
  await expect(page.getByText('Rehearsing the cut-over twice')).toBeVisible();
});
