import type { Executor } from '../../../db/database.ts';
import { type Deps, systemCtx } from '../../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { setComplianceHold } from '../../../platform/workspaces/members.service.ts';
import type { ComplianceHold } from '../../../platform/workspaces/workspaces.table.ts';
import { inForceStatuses } from '../../contracts/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { holdsOn } from './credentials.service.ts';

/** Supplier workers who sign in, with their membership and supplier contract. */
function workersWithAccess(db: Executor, scope: DayScope) {
  return db
    .selectFrom('people as p')
    .innerJoin('members as m', (j) =>
      j.onRef('m.user_id', '=', 'p.user_id').onRef('m.workspace_id', '=', 'p.workspace_id'),
    )
    .leftJoin('contracts as c', 'c.id', 'p.supplier_contract_id')
    .select([
      'p.id',
      'p.workspace_id',
      'p.name',
      'm.id as member_id',
      'm.user_id',
      'm.status',
      'm.compliance_hold',
      'c.status as contract_status',
      'c.start_date as contract_start',
      'c.end_date as contract_end',
    ])
    .where('p.kind', '=', 'supplier_worker')
    .where('p.archived_at', 'is', null)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('p.workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
}

type Worker = Awaited<ReturnType<typeof workersWithAccess>>[number];

const contractCovers = (w: Worker, today: string) =>
  w.contract_status !== null &&
  (inForceStatuses as readonly string[]).includes(w.contract_status) &&
  w.contract_start !== null &&
  w.contract_start <= today &&
  (w.contract_end === null || w.contract_end >= today);

/**
 * The daily check behind a supplier worker's access: it stays on only while their supplier
 * contract is in force and each document the workspace requires (NDA, DPA, background check)
 * is valid. Access goes off when either lapses and comes back when both are fixed; each
 * change is audited and HR hears of it.
 */
export async function runWorkerCompliance(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const workers = await workersWithAccess(deps.db, scope);
  if (workers.length === 0) return 0;
  const documents = await deps.db
    .selectFrom('person_credentials')
    .select(['person_id', 'kind', 'issued_on', 'expires_on'])
    .where('kind', '!=', 'certification')
    .where(
      'person_id',
      'in',
      workers.map((w) => w.id),
    )
    .execute();
  const required = new Map<string, readonly string[]>();
  let changed = 0;
  for (const w of workers) {
    if (!required.has(w.workspace_id)) {
      required.set(w.workspace_id, (await getSettingsRow(deps.db, w.workspace_id)).workerDocuments);
    }
    const held = documents.filter((d) => d.person_id === w.id && holdsOn(d, today));
    const documentsValid = (required.get(w.workspace_id) ?? []).every((kind) =>
      held.some((d) => d.kind === kind),
    );
    const hold: ComplianceHold | null = !contractCovers(w, today)
      ? 'contract'
      : documentsValid
        ? null
        : 'documents';
    const suspend = hold !== null && w.status === 'active';
    const restore = hold === null && w.status === 'disabled' && w.compliance_hold !== null;
    if (!suspend && !restore) continue;
    const ctx = systemCtx(deps, w.workspace_id);
    await deps.db.transaction().execute(async (trx) => {
      await setComplianceHold(trx, ctx, { ...w, id: w.member_id }, hold);
      await notify(trx, deps.clock, await usersWith(trx, w.workspace_id, 'people:write'), {
        workspaceId: w.workspace_id,
        kind: hold ? `worker.suspended_${hold}` : 'worker.restored',
        params: { name: w.name },
        link: `/people/${w.id}`,
        uniqueKey: `worker:${w.id}:${suspend ? 'suspended' : 'restored'}:${today}`,
      });
    });
    changed += 1;
  }
  return changed;
}
