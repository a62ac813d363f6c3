import { partyOf } from '../../platform/access/party-scope.ts';
import type { Ctx } from '../../platform/context.ts';
import type { SheetRow } from './timesheets.repository.ts';

export type Stage = 'supplier' | 'project';

/** Whose approval a sheet waits for: its worker's supplier first where it needs one. */
export function stageOf(s: Pick<SheetRow, 'status' | 'needs_supplier_approval'>): Stage | null {
  if (s.status === 'submitted') return s.needs_supplier_approval ? 'supplier' : 'project';
  if (s.status === 'supplier_approved') return 'project';
  return null;
}

/**
 * The supplier stage is decided by a portal user of the worker's own supplier; the project
 * stage by the project's manager or an admin. Nobody decides on their own time.
 */
export function mayDecide(ctx: Ctx, sheet: SheetRow, stage: Stage): boolean {
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
