import { type Expression, type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';
import { anyContains } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import { supplierName } from '../suppliers/index.ts';
import type { PersonKind, PersonStatus } from './people.table.ts';

export const personSorts = {
  name: 'people.name',
  number: 'people.number',
  department: 'people.department',
  createdAt: 'people.created_at',
};

/** A supplier portal user sees their own supplier's workers; nobody else's, and no employees. */
function personQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('people')
      .leftJoin('people as manager', 'manager.id', 'people.manager_id')
      .selectAll('people')
      .select((eb) => [
        'manager.name as manager_name',
        supplierName(db, eb.ref('people.supplier_id')).as('supplier_name'),
      ])
      .where('people.workspace_id', '=', workspaceId)
      .where('people.archived_at', 'is', null),
    party,
    { supplier: 'people.supplier_id' },
  );
}

export type PersonRow = NonNullable<Awaited<ReturnType<typeof getPersonRow>>>;

export function getPersonRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return personQuery(db, workspaceId, party).where('people.id', '=', id).executeTakeFirst();
}

export type PersonFilter = {
  q?: string | undefined;
  kind?: PersonKind | undefined;
  status?: PersonStatus | undefined;
  department?: string | undefined;
  supplierId?: string | undefined;
  skillId?: string | undefined;
  minProficiency?: number | undefined;
  /** With hours free somewhere from `freeFrom` to `freeTo`. */
  freeFrom?: string | undefined;
  freeTo?: string | undefined;
};

/**
 * The people who hold any of the skills, at a level or above. As an `in` list it lets the
 * database start from the few holders instead of walking every person in name order.
 */
export const holdersOf = (
  db: Executor,
  workspaceId: string,
  skillIds: readonly string[],
  minProficiency = 1,
) =>
  db
    .selectFrom('person_skills')
    .select('person_skills.person_id')
    .where('person_skills.workspace_id', '=', workspaceId)
    .where('person_skills.skill_id', 'in', skillIds)
    .where('person_skills.proficiency', '>=', minProficiency);

/**
 * Weekly hours booked in the window (every overlapping booking counted in full, so the test
 * errs towards "busy") stay under the person's contracted hours. Reads staffing's bookings.
 */
const hasFreeHours =
  (from: string, to: string) =>
  ({ eb, selectFrom }: ExpressionBuilder<Tables, 'people'>) =>
    eb(
      selectFrom('assignments')
        .select(sql<number>`coalesce(sum(assignments.hours_per_week), 0)`.as('booked'))
        .whereRef('assignments.workspace_id', '=', 'people.workspace_id')
        .whereRef('assignments.person_id', '=', 'people.id')
        .where('assignments.end_date', '>=', from)
        .where('assignments.start_date', '<=', to),
      '<',
      sql<number>`people.hours_per_week * people.part_time_percent / 100.0`,
    );

export function findPersonRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: PersonFilter,
  k: Keyset,
  limit: number,
) {
  let q = personQuery(db, workspaceId, party);
  if (f.kind) q = q.where('people.kind', '=', f.kind);
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.department) q = q.where('people.department', '=', f.department);
  if (f.supplierId) q = q.where('people.supplier_id', '=', f.supplierId);
  if (f.skillId) {
    q = q.where('people.id', 'in', holdersOf(db, workspaceId, [f.skillId], f.minProficiency));
  }
  if (f.freeFrom && f.freeTo) q = q.where(hasFreeHours(f.freeFrom, f.freeTo));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['people.name', 'people.email', 'people.number'], text));
  }
  return applyKeyset(q, k, limit).execute();
}

/** The person a reference names, by number (PER-0001) or by email, for imports. */
export async function personIdByRef(db: Executor, workspaceId: string, ref: string) {
  const row = await db
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('number', '=', ref), eb('email', '=', ref)]))
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A person's name as a subquery, to select beside another module's rows. */
export const personName = (db: Executor, personId: Expression<string | null>) =>
  personField(db, personId, 'name');

/** A field of a person as a subquery, to select beside another module's rows. */
export const personField = (
  db: Executor,
  personId: Expression<string | null>,
  field: 'name' | 'user_id',
) => db.selectFrom('people').select(`people.${field}`).where('people.id', '=', personId);
