import type { Db } from '../server/src/db/database.ts';
import { insertAll } from './business-data.ts';
import type { seeded } from './seeded.ts';

type Rand = ReturnType<typeof seeded>;

const START = Date.parse('2025-01-01T00:00:00.000Z');
const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

const departments = Array.from({ length: 20 }, (_, i) => `Team ${i + 1}`);
const positions = [
  'Developer',
  'Tester',
  'Analyst',
  'Service desk agent',
  'Engineer',
  'Consultant',
];
const grades = ['junior', 'intermediate', 'senior', 'lead'] as const;
const zones = ['Asia/Shanghai', 'Asia/Shanghai', 'Europe/Berlin', 'Europe/Vilnius', 'Asia/Kolkata'];
/** Bookings fall within a year around the bench's "now" (late 2026). */
const BOOKING_FROM = Date.parse('2026-06-01T00:00:00.000Z');

/**
 * People and staffing at scale S: 300 skills, 2,000 × S people (a third of them workers of
 * approved suppliers under their contracts), ten skills each, an hourly cost per employee,
 * five bookings each, and one open request for five skills (STF-0001) for the matching bench.
 */
export async function generatePeople(
  db: Db,
  rand: Rand,
  workspaceId: string,
  ownerId: string,
  scale: number,
) {
  const counts = { PER: Math.round(2000 * scale), STF: 1 };
  const stamp = (i: number) => {
    const at = new Date(START + i * 60_000).toISOString();
    return { workspace_id: workspaceId, created_at: at, updated_at: at, created_by: ownerId };
  };
  const positionIds: string[] = [];
  await insertAll(db, 'positions', positions.length, (i) => {
    const id = rand.uuid(START + i * 500);
    positionIds.push(id);
    const name = positions[i] as string;
    return { ...stamp(i), id, name_zh: name, name_en: name, active: true };
  });
  const skillIds: string[] = [];
  await insertAll(db, 'skills', 300, (i) => {
    const id = rand.uuid(START + i * 1000);
    skillIds.push(id);
    return {
      ...stamp(i),
      id,
      category: `Category ${i % 12}`,
      name_zh: `技能 ${i}`,
      name_en: `Skill ${i}`,
      synonyms: JSON.stringify([`S${i}`]),
      active: true,
    };
  });
  const supplierContracts = await db
    .selectFrom('contracts')
    .innerJoin('suppliers', 'suppliers.id', 'contracts.supplier_id')
    .select(['contracts.id', 'contracts.supplier_id'])
    .where('contracts.workspace_id', '=', workspaceId)
    .where('contracts.status', '=', 'active')
    .where('suppliers.status', '=', 'approved')
    .limit(200)
    .execute();
  const people: { id: string; employee: boolean }[] = [];
  await insertAll(db, 'people', counts.PER, (i) => {
    const id = rand.uuid(START + i * 45_000);
    const worker =
      i % 3 === 0 && supplierContracts.length > 0 ? rand.pick(supplierContracts) : null;
    people.push({ id, employee: !worker });
    return {
      ...stamp(i),
      id,
      number: number('PER', i + 1),
      kind: worker ? 'supplier_worker' : 'employee',
      name: `Person ${i}`,
      email: `person${i}@people.bench`,
      position_id: rand.pick(positionIds),
      department: rand.pick(departments),
      grade: rand.pick(grades),
      manager_id: null,
      location: null,
      time_zone: rand.pick(zones),
      calendar_id: null,
      languages: JSON.stringify([{ code: rand.pick(['zh', 'en', 'de']), level: 'fluent' }]),
      start_date: '2024-01-01',
      end_date: null,
      status: rand.next() < 0.95 ? 'active' : 'on_leave',
      supplier_id: worker?.supplier_id ?? null,
      supplier_contract_id: worker?.id ?? null,
      user_id: null,
      hours_per_week: 40,
      part_time_percent: rand.next() < 0.9 ? 100 : 50,
      archived_at: null,
    };
  });
  await insertAll(db, 'person_skills', counts.PER * 10, (i) => {
    const person = people[Math.floor(i / 10)] as { id: string };
    // Ten different skills per person: a random start and a stride that never repeats mod 300.
    const first = Math.floor((i - (i % 10)) * 7.3) % 300;
    return {
      workspace_id: workspaceId,
      person_id: person.id,
      skill_id: skillIds[(first + (i % 10) * 29) % 300] as string,
      proficiency: 1 + rand.int(5),
      years: rand.int(15),
      last_used: null,
      verified: rand.next() < 0.5,
      verified_by: null,
      verified_at: null,
      updated_at: new Date(START).toISOString(),
    };
  });
  const employees = people.filter((p) => p.employee);
  await insertAll(db, 'person_cost_rates', employees.length, (i) => ({
    id: rand.uuid(START + i * 7000),
    workspace_id: workspaceId,
    person_id: (employees[i] as { id: string }).id,
    rate_minor: 10_000 + rand.int(40_000),
    currency: 'CNY',
    effective_from: '2025-01-01',
    created_at: new Date(START).toISOString(),
    created_by: ownerId,
  }));
  await insertAll(db, 'assignments', counts.PER * 5, (i) => {
    const start = BOOKING_FROM + rand.int(300) * DAY_MS;
    return {
      ...stamp(i),
      id: rand.uuid(START + i * 9000),
      person_id: (people[Math.floor(i / 5)] as { id: string }).id,
      request_id: null,
      position_id: rand.pick(positionIds),
      start_date: day(start),
      end_date: day(start + (14 + rand.int(120)) * DAY_MS),
      hours_per_week: 8 * (1 + rand.int(4)),
      status: rand.next() < 0.7 ? 'confirmed' : 'proposed',
    };
  });
  const requestId = rand.uuid(START);
  await insertAll(db, 'staffing_requests', 1, () => ({
    ...stamp(0),
    id: requestId,
    number: number('STF', 1),
    position_id: positionIds[0],
    seniority: 'senior',
    opportunity_id: null,
    project_id: null,
    languages: JSON.stringify([{ code: 'en', level: 'working' }]),
    location: null,
    utc_offset_min: 0,
    utc_offset_max: 480,
    hours_per_week: 40,
    start_date: '2026-12-07',
    end_date: '2027-03-26',
    max_rate_minor: 30_000,
    currency: 'CNY',
    headcount: 2,
    status: 'open',
    notes: null,
  }));
  await insertAll(db, 'staffing_request_skills', 5, (i) => ({
    workspace_id: workspaceId,
    request_id: requestId,
    skill_id: skillIds[i * 7] as string,
    min_proficiency: 3,
    weight: 5 - i,
  }));
  await db
    .insertInto('counters')
    .values(
      Object.entries(counts).map(([key, value]) => ({ workspace_id: workspaceId, key, value })),
    )
    .execute();
  return counts;
}
