import { sql } from 'kysely';
import type { Db } from '../server/src/db/database.ts';
import type { Tables } from '../server/src/db/tables.ts';
import type { seeded } from './seeded.ts';

type Rand = ReturnType<typeof seeded>;

const BATCH = 500;
const START = Date.parse('2025-01-01T00:00:00.000Z');
const DAY_MS = 86_400_000;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

const industries = ['银行', '保险', 'Retail', 'Logistics', '制造', 'Telecom', 'Healthcare', '政府'];
const cityNames = ['上海', '北京', '深圳', 'Berlin', 'Vilnius', 'Singapore', 'Madrid', '杭州'];
const words = [
  'Nordic',
  'Pacific',
  '华信',
  '东方',
  'Delta',
  'Summit',
  '蓝海',
  'Atlas',
  '恒通',
  'Vertex',
];

/** Inserts rows in batches: large multi-row inserts, as a bulk load would. */
export async function insertAll<T extends Record<string, unknown>>(
  db: Db,
  table: keyof Tables,
  count: number,
  row: (i: number) => T,
) {
  console.time(`${table} (${count})`);
  for (let i = 0; i < count; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(i + BATCH, count); j++) rows.push(row(j));
    await db
      .insertInto(table)
      .values(rows as never)
      .execute();
  }
  console.timeEnd(`${table} (${count})`);
}

/**
 * Clients, contacts, opportunities, suppliers and contracts at scale S: 5,000 × S clients with
 * ten contacts each, 10,000 × S opportunities, 3,000 × S suppliers and 20,000 × S contracts on
 * both sides; the workspace's number counters continue after them.
 */
export async function generateBusiness(
  db: Db,
  rand: Rand,
  workspaceId: string,
  ownerIds: string[],
  scale: number,
) {
  const counts = {
    CLI: Math.round(5000 * scale),
    OPP: Math.round(10_000 * scale),
    SUP: Math.round(3000 * scale),
    CON: Math.round(20_000 * scale),
  };
  const stamp = (i: number) => {
    const at = new Date(START + i * 60_000).toISOString();
    return {
      workspace_id: workspaceId,
      created_at: at,
      updated_at: at,
      created_by: ownerIds[0] as string,
    };
  };
  const clientIds: string[] = [];
  await insertAll(db, 'clients', counts.CLI, (i) => {
    const id = rand.uuid(START + i * 60_000);
    clientIds.push(id);
    return {
      ...stamp(i),
      id,
      number: number('CLI', i + 1),
      name: `${rand.pick(words)} ${rand.pick(cityNames)} ${i}`,
      legal_name: null,
      industry: rand.pick(industries),
      country: rand.pick(['CN', 'DE', 'LT', 'SG', 'ES']),
      tier: rand.pick(['strategic', 'key', 'standard']),
      status: rand.pick(['prospect', 'active', 'active', 'inactive']),
      owner_id: rand.pick(ownerIds),
      tags: JSON.stringify([rand.pick(['金融', 'IT 运维', 'BPO', 'Testing'])]),
      tax_id: null,
      billing_email: null,
      billing_address: null,
      payment_terms_days: 30,
      archived_at: null,
    };
  });
  await insertAll(db, 'contacts', counts.CLI * 10, (i) => ({
    ...stamp(i),
    id: rand.uuid(START + i * 6000),
    client_id: clientIds[Math.floor(i / 10)] as string,
    name: `Contact ${i}`,
    title: rand.pick(['CIO', 'IT manager', '采购经理', 'Finance']),
    email: `contact${i}@clients.bench`,
    phone: null,
    language: rand.pick(['zh-CN', 'en-US']),
    time_zone: null,
    relationship: rand.pick(['decision_maker', 'sponsor', 'technical', 'billing', 'other']),
    archived_at: null,
  }));
  await insertAll(db, 'opportunities', counts.OPP, (i) => {
    const stage = rand.pick(['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']);
    return {
      ...stamp(i),
      id: rand.uuid(START + i * 30_000),
      client_id: rand.pick(clientIds),
      number: number('OPP', i + 1),
      title: `Opportunity ${i}`,
      stage,
      amount_minor: Math.round(rand.next() * 500_000_000),
      currency: rand.pick(['CNY', 'CNY', 'USD', 'EUR']),
      probability: { lead: 10, qualified: 25, proposal: 50, negotiation: 75, won: 100, lost: 0 }[
        stage
      ],
      expected_close: day(START + rand.next() * 700 * DAY_MS),
      owner_id: rand.pick(ownerIds),
      loss_reason: stage === 'lost' ? 'Price' : null,
      closed_at: null,
    };
  });
  // The running pipeline totals, as the migration that introduced them fills them.
  await sql`
    insert into pipeline_totals (workspace_id, stage, currency, count, amount_minor, weighted_hundredths)
    select workspace_id, stage, currency, count(*), sum(amount_minor), sum(amount_minor * probability)
    from opportunities where workspace_id = ${workspaceId} group by workspace_id, stage, currency
  `.execute(db);
  const supplierIds: string[] = [];
  await insertAll(db, 'suppliers', counts.SUP, (i) => {
    const id = rand.uuid(START + i * 90_000);
    supplierIds.push(id);
    return {
      ...stamp(i),
      id,
      number: number('SUP', i + 1),
      name: `${rand.pick(words)} Services ${i}`,
      legal_name: null,
      country: rand.pick(['CN', 'LT', 'IN', 'PL']),
      website: null,
      email: null,
      phone: null,
      categories: JSON.stringify([rand.pick(['IT operations', 'BPO', 'Testing', 'Service desk'])]),
      skills: JSON.stringify(['Java']),
      regions: JSON.stringify(['EU']),
      languages: JSON.stringify(['en']),
      tax_id: null,
      bank_name: null,
      bank_account: null,
      bank_swift: null,
      status: rand.pick(['prospect', 'onboarding', 'approved', 'approved', 'suspended']),
      status_reason: null,
      risk_tier: rand.pick(['low', 'medium', 'high']),
    };
  });
  await insertAll(db, 'contracts', counts.CON, (i) => {
    const client = rand.next() < 0.7;
    const start = START + Math.floor(rand.next() * 600) * DAY_MS;
    return {
      ...stamp(i),
      id: rand.uuid(START + i * 15_000),
      number: number('CON', i + 1),
      party_type: client ? 'client' : 'supplier',
      client_id: client ? rand.pick(clientIds) : null,
      supplier_id: client ? null : rand.pick(supplierIds),
      type: rand.pick(['msa', 'sow', 'sow', 'sow', 'nda', 'purchase']),
      parent_id: null,
      opportunity_id: null,
      renews_id: null,
      title: `Contract ${i}`,
      owner_id: rand.pick(ownerIds),
      currency: 'CNY',
      value_minor: Math.round(rand.next() * 1_000_000_000),
      start_date: day(start),
      end_date: day(start + 365 * DAY_MS),
      auto_renew: rand.next() < 0.3,
      notice_days: 60,
      payment_terms_days: 30,
      billing_model: rand.pick(['fixed_price', 'time_and_materials', 'milestone']),
      cap_minor: null,
      hour_block: null,
      fee_schedule: '[]',
      scope: '',
      calendar_id: null,
      status: rand.pick([
        'draft',
        'in_review',
        'active',
        'active',
        'active',
        'expiring',
        'expired',
      ]),
      status_reason: null,
      review_round: 0,
      approvals_required: 0,
      finance_required: false,
      submitted_by: null,
      signed_on: null,
      signatories: '[]',
      fx_rate: null,
      fx_date: null,
    };
  });
  await db
    .insertInto('counters')
    .values(
      Object.entries(counts).map(([key, value]) => ({ workspace_id: workspaceId, key, value })),
    )
    .execute();
  return counts;
}
