import type { Db } from '../server/src/db/database.ts';
import { insertAll } from './business-data.ts';
import type { seeded } from './seeded.ts';

type Rand = ReturnType<typeof seeded>;

const START = Date.parse('2025-01-01T00:00:00.000Z');
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const number = (n: number) => `PRJ-${String(n).padStart(4, '0')}`;
/** 100 weeks of time ending with the bench's current week; the last is still to approve. */
const FIRST_MONDAY = Date.parse('2024-12-30T00:00:00.000Z');
export const TIME_WEEKS = 100;
export const BENCH_WEEK = day(FIRST_MONDAY + (TIME_WEEKS - 1) * 7 * DAY_MS);
/** The first 40 people work on PRJ-0001: 40 × 100 weeks × 5 days = 20,000 of its entries. */
const HEAVY_TEAM = 40;

/**
 * The client contract PRJ-0001 delivers, time and materials in force for its whole time: what
 * the invoice run bench bills its 20,000 entries under. Numbered after the business data's.
 */
async function heavyProjectContract(db: Db, rand: Rand, workspaceId: string, adminId: string) {
  const client = await db
    .selectFrom('clients')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('number')
    .executeTakeFirstOrThrow();
  const counter = await db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', 'CON')
    .returning('value')
    .executeTakeFirstOrThrow();
  const id = rand.uuid(START - 1);
  await db
    .insertInto('contracts')
    .values({
      id,
      workspace_id: workspaceId,
      number: `CON-${String(counter.value).padStart(4, '0')}`,
      party_type: 'client',
      client_id: client.id,
      supplier_id: null,
      type: 'sow',
      parent_id: null,
      opportunity_id: null,
      renews_id: null,
      title: 'Project 1 delivery',
      owner_id: adminId,
      currency: 'CNY',
      value_minor: 5_000_000_000,
      start_date: day(FIRST_MONDAY),
      end_date: day(FIRST_MONDAY + 2 * 365 * DAY_MS),
      auto_renew: false,
      notice_days: 60,
      payment_terms_days: 30,
      billing_model: 'time_and_materials',
      cap_minor: null,
      hour_block: null,
      fee_schedule: '[]',
      scope: '',
      calendar_id: null,
      sla_priority_change: 'retroactive',
      sla_pause_cap_minutes: null,
      status: 'active',
      status_reason: null,
      review_round: 0,
      approvals_required: 0,
      finance_required: false,
      submitted_by: null,
      signed_on: day(FIRST_MONDAY),
      signatories: '[]',
      fx_rate: '1',
      fx_date: day(FIRST_MONDAY),
      created_at: new Date(START).toISOString(),
      updated_at: new Date(START).toISOString(),
      created_by: adminId,
    })
    .execute();
  return { id, clientId: client.id };
}

/**
 * Projects and time at scale S: 400 × S projects (the bench admin manages every tenth) with
 * 100 tasks each and a baseline on PRJ-0001; each person booked on one project and a week of
 * time (five days of 8 h) on it for 100 weeks, priced as approval leaves it, the last week
 * submitted: 1,000,000 × S time entries with 2,000 × S people.
 */
export async function generateProjects(
  db: Db,
  rand: Rand,
  workspaceId: string,
  adminId: string,
  scale: number,
) {
  const counts = { PRJ: Math.round(400 * scale) };
  const at = (i: number) => new Date(START + i * 60_000).toISOString();
  const stamp = (i: number) => ({
    workspace_id: workspaceId,
    created_at: at(i),
    updated_at: at(i),
    created_by: adminId,
  });
  // People's data made the positions; the project teams are booked as developers.
  const developer = (
    await db
      .selectFrom('positions')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name_en', '=', 'Developer')
      .executeTakeFirstOrThrow()
  ).id;
  const heavyContract = await heavyProjectContract(db, rand, workspaceId, adminId);
  const projects: string[] = [];
  const gates = JSON.stringify({});
  await insertAll(db, 'projects', counts.PRJ, (i) => {
    const id = rand.uuid(START + i * 1000);
    projects.push(id);
    return {
      ...stamp(i),
      id,
      number: number(i + 1),
      name: `Project ${i + 1}`,
      manager_id: i % 10 === 0 ? adminId : null,
      client_id: i === 0 ? heavyContract.clientId : null,
      contract_id: i === 0 ? heavyContract.id : null,
      currency: 'CNY',
      billing_model: i === 0 ? 'time_and_materials' : null,
      budget_minor: 100_000_000 + i * 1000,
      start_date: day(FIRST_MONDAY),
      end_date: day(FIRST_MONDAY + 2 * 365 * DAY_MS),
      phase: 'execution',
      health: (['green', 'amber', 'red'] as const)[i % 3],
      goals: JSON.stringify([]),
      gates,
    };
  });
  await db
    .insertInto('counters')
    .values({ workspace_id: workspaceId, key: 'PRJ', value: counts.PRJ })
    .execute();
  const tasks: { id: string; project: number; start: string; finish: string }[] = [];
  await insertAll(db, 'tasks', counts.PRJ * 100, (i) => {
    const project = Math.floor(i / 100);
    const k = i % 100;
    const start = FIRST_MONDAY + k * 7 * DAY_MS;
    const task = {
      id: rand.uuid(START + i),
      project,
      start: day(start),
      finish: day(start + 11 * DAY_MS),
    };
    tasks.push(task);
    return {
      ...stamp(i),
      project_id: projects[project] as string,
      id: task.id,
      parent_id: null,
      position: k,
      name: `Task ${k + 1}`,
      estimate_hours: 40,
      start_date: task.start,
      finish_date: task.finish,
      status: k < 90 ? 'done' : 'in_progress',
      percent_complete: k < 90 ? 100 : 30,
      assignee_id: null,
    };
  });
  await db
    .insertInto('project_baselines')
    .values({
      id: rand.uuid(START),
      workspace_id: workspaceId,
      project_id: projects[0] as string,
      seq: 1,
      name: 'Signed plan',
      budget_minor: 100_000_000,
      end_date: tasks[99]?.finish as string,
      tasks: JSON.stringify(
        tasks.slice(0, 100).map((t) => ({
          taskId: t.id,
          name: 'Task',
          start: t.start,
          finish: t.finish,
          estimateHours: 40,
        })),
      ),
      created_at: at(0),
      created_by: adminId,
    })
    .execute();

  const people = await db
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('number')
    .execute();
  const projectOf = (p: number) => (p < HEAVY_TEAM ? 0 : p % counts.PRJ);
  await insertAll(db, 'assignments', people.length, (p) => ({
    ...stamp(p),
    id: rand.uuid(START + 5_000_000 + p),
    person_id: people[p]?.id as string,
    request_id: null,
    project_id: projects[projectOf(p)] as string,
    position_id: developer,
    start_date: day(FIRST_MONDAY),
    end_date: day(FIRST_MONDAY + TIME_WEEKS * 7 * DAY_MS),
    hours_per_week: 40,
    status: 'confirmed',
  }));
  const sheetIds: string[] = [];
  await insertAll(db, 'timesheets', people.length * TIME_WEEKS, (i) => {
    const p = Math.floor(i / TIME_WEEKS);
    const w = i % TIME_WEEKS;
    const last = w === TIME_WEEKS - 1;
    const id = rand.uuid(START + 10_000_000 + i);
    sheetIds.push(id);
    return {
      ...stamp(i),
      id,
      person_id: people[p]?.id as string,
      project_id: projects[projectOf(p)] as string,
      week_start: day(FIRST_MONDAY + w * 7 * DAY_MS),
      status: last ? 'submitted' : 'approved',
      needs_supplier_approval: false,
      submitted_at: at(i),
      approved_by: last ? null : adminId,
      approved_at: last ? null : at(i),
      // Five days of eight hours, as the entries below; PRJ-0001's bill its client.
      minutes: 5 * 480,
      billable_minutes: projectOf(p) === 0 ? 5 * 480 : 0,
    };
  });
  const priced = {
    bill_rate_minor: 20_000,
    bill_rate_unit: 'hour',
    bill_currency: 'CNY',
    bill_minor: 160_000,
    bill_fx_rate: '1',
    bill_base_minor: 160_000,
    cost_rate_minor: 12_000,
    cost_rate_unit: 'hour',
    cost_currency: 'CNY',
    cost_minor: 96_000,
    cost_fx_rate: '1',
    cost_base_minor: 96_000,
  };
  await insertAll(db, 'time_entries', people.length * TIME_WEEKS * 5, (i) => {
    const sheet = Math.floor(i / 5);
    const p = Math.floor(sheet / TIME_WEEKS);
    const w = sheet % TIME_WEEKS;
    const last = w === TIME_WEEKS - 1;
    return {
      id: rand.uuid(START + 20_000_000 + i),
      workspace_id: workspaceId,
      timesheet_id: sheetIds[sheet] as string,
      person_id: people[p]?.id as string,
      project_id: projects[projectOf(p)] as string,
      task_id: null,
      day: day(FIRST_MONDAY + (w * 7 + (i % 5)) * DAY_MS),
      minutes: 480,
      billable: projectOf(p) === 0,
      note: null,
      position_id: last ? null : developer,
      ...(last ? {} : priced),
      created_at: at(i),
    };
  });
  return { ...counts, tasks: tasks.length, timeEntries: people.length * TIME_WEEKS * 5 };
}
