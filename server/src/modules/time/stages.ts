import type { Executor } from '../../db/database.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import type { Ctx } from '../../platform/context.ts';
import { usersOfParty } from '../../platform/notifications/notify.ts';

export type Stage = 'supplier' | 'project';

/**
 * What is approved like a week of time (an expense claim too): a person's, on a project,
 * submitted and, for a supplier's worker, approved by the supplier first.
 */
export type Approvable = {
  status: string;
  needs_supplier_approval: boolean;
  person_user_id: string | null;
  person_supplier_id: string | null;
  project_manager_id: string | null;
};

/** Whose approval a sheet waits for: its worker's supplier first where it needs one. */
export function stageOf(s: Pick<Approvable, 'status' | 'needs_supplier_approval'>): Stage | null {
  if (s.status === 'submitted') return s.needs_supplier_approval ? 'supplier' : 'project';
  if (s.status === 'supplier_approved') return 'project';
  return null;
}

/**
 * The supplier stage is decided by a portal user of the worker's own supplier; the project
 * stage by the project's manager or an admin. Nobody decides on their own time.
 */
export function mayDecide(ctx: Ctx, sheet: Approvable, stage: Stage): boolean {
  if (sheet.person_user_id === ctx.actor.userId) return false;
  const party = partyOf(ctx);
  if (stage === 'supplier') {
    return party?.type === 'supplier' && party.id === sheet.person_supplier_id;
  }
  if (party) return false;
  return (
    sheet.project_manager_id === ctx.actor.userId ||
    Boolean(ctx.membership?.permissions.has('workspace:admin'))
  );
}

/**
 * Who approves a person's work for their supplier before the project does: the supplier's
 * portal users other than the worker. None for an employee, or a supplier without any.
 */
export async function supplierApprovers(
  db: Executor,
  workspaceId: string,
  person: { kind: string; supplier_id: string | null; user_id: string | null },
) {
  if (person.kind !== 'supplier_worker') return [];
  const users = await usersOfParty(db, workspaceId, { type: 'supplier', id: person.supplier_id });
  return users.filter((u) => u !== person.user_id);
}
