import type { Executor } from '../../../db/database.ts';
import { partyOf, whereParty } from '../../../platform/access/party-scope.ts';
import type { Ctx } from '../../../platform/context.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { personField } from '../../people/index.ts';
import { projectField } from '../../projects/index.ts';
import { supplierName } from '../../suppliers/index.ts';
import type { ExpenseClaimStatus } from './expenses.table.ts';

/** Claims with their person, project and its manager, supplier and payment run. */
function claimQuery(db: Executor, workspaceId: string) {
  return (
    db
      .selectFrom('expense_claims')
      .leftJoin('payment_runs', 'payment_runs.id', 'expense_claims.payment_run_id')
      .selectAll('expense_claims')
      // The claim keeps the supplier its person had, which approves it as for time.
      .select([
        'payment_runs.number as run_number',
        'expense_claims.supplier_id as person_supplier_id',
      ])
      .select((eb) => [
        personField(db, eb.ref('expense_claims.person_id'), 'name').as('person_name'),
        personField(db, eb.ref('expense_claims.person_id'), 'user_id').as('person_user_id'),
        projectField(db, eb.ref('expense_claims.project_id'), 'number').as('project_number'),
        projectField(db, eb.ref('expense_claims.project_id'), 'name').as('project_name'),
        projectField(db, eb.ref('expense_claims.project_id'), 'manager_id').as(
          'project_manager_id',
        ),
        supplierName(db, eb.ref('expense_claims.supplier_id')).as('supplier_name'),
        eb
          .selectFrom('expense_lines')
          .select((l) => l.fn.coalesce(l.fn.sum<number>('amount_base_minor'), l.lit(0)).as('b'))
          .whereRef('expense_lines.claim_id', '=', 'expense_claims.id')
          .where('expense_lines.billable', '=', true)
          .as('billable_minor'),
      ])
      .where('expense_claims.workspace_id', '=', workspaceId)
  );
}

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof claimRow>>>;

/**
 * The claims the caller reaches: a supplier portal its workers'; finance and admins all;
 * anyone else their own and those of the projects they manage.
 */
function visible(db: Executor, ctx: Ctx, workspaceId: string) {
  const q = claimQuery(db, workspaceId);
  const party = partyOf(ctx);
  if (party) return whereParty(q, party, { supplier: 'expense_claims.supplier_id' });
  const perms = ctx.membership?.permissions;
  if (perms?.has('finance:read') || perms?.has('workspace:admin')) return q;
  const me = ctx.actor.userId ?? '';
  return q.where((eb) =>
    eb.or([
      eb(personField(db, eb.ref('expense_claims.person_id'), 'user_id'), '=', me),
      eb(projectField(db, eb.ref('expense_claims.project_id'), 'manager_id'), '=', me),
    ]),
  );
}

export function claimRow(db: Executor, ctx: Ctx, workspaceId: string, id: string) {
  return visible(db, ctx, workspaceId).where('expense_claims.id', '=', id).executeTakeFirst();
}

export type ClaimFilter = {
  status?: ExpenseClaimStatus | undefined;
  projectId?: string | undefined;
  personId?: string | undefined;
  /** Only the caller's own claims. */
  mine?: boolean;
  /** Only those waiting for the caller's decision: their supplier's stage, or the project's. */
  waiting?: boolean;
};

function filtered(db: Executor, ctx: Ctx, workspaceId: string, f: ClaimFilter) {
  let q = visible(db, ctx, workspaceId);
  const me = ctx.actor.userId ?? '';
  if (f.status) q = q.where('expense_claims.status', '=', f.status);
  if (f.projectId) q = q.where('expense_claims.project_id', '=', f.projectId);
  if (f.personId) q = q.where('expense_claims.person_id', '=', f.personId);
  if (f.mine) {
    q = q.where((eb) =>
      eb(personField(db, eb.ref('expense_claims.person_id'), 'user_id'), '=', me),
    );
  }
  if (f.waiting) {
    const supplierStage = Boolean(partyOf(ctx));
    q = q
      .where((eb) =>
        supplierStage
          ? eb.and([
              eb('expense_claims.status', '=', 'submitted'),
              eb('expense_claims.needs_supplier_approval', '=', true),
            ])
          : eb.or([
              eb.and([
                eb('expense_claims.status', '=', 'submitted'),
                eb('expense_claims.needs_supplier_approval', '=', false),
              ]),
              eb('expense_claims.status', '=', 'supplier_approved'),
            ]),
      )
      .where((eb) =>
        eb.or([
          eb(personField(db, eb.ref('expense_claims.person_id'), 'user_id'), 'is', null),
          eb(personField(db, eb.ref('expense_claims.person_id'), 'user_id'), '!=', me),
        ]),
      );
    if (!supplierStage && !ctx.membership?.permissions.has('workspace:admin')) {
      q = q.where((eb) =>
        eb(projectField(db, eb.ref('expense_claims.project_id'), 'manager_id'), '=', me),
      );
    }
  }
  return q;
}

export function findClaimRows(
  db: Executor,
  ctx: Ctx,
  workspaceId: string,
  f: ClaimFilter,
  k: Keyset,
  limit: number,
) {
  return applyKeyset(filtered(db, ctx, workspaceId, f), k, limit).execute();
}

export function lineRows(db: Executor, claimId: string) {
  return db
    .selectFrom('expense_lines')
    .leftJoin('billing_allocations as a', (j) =>
      j
        .onRef('a.source_id', '=', 'expense_lines.id')
        .on('a.source_type', '=', 'expense_line')
        .on('a.released_at', 'is', null),
    )
    .leftJoin('invoices', 'invoices.id', 'a.invoice_id')
    .selectAll('expense_lines')
    .select(['invoices.id as invoice_id', 'invoices.number as invoice_number'])
    .select((eb) =>
      eb
        .selectFrom('documents')
        .select((d) => d.fn.countAll<number>().as('n'))
        .where('documents.owner_type', '=', 'expense_line')
        .whereRef('documents.owner_id', '=', 'expense_lines.id')
        .as('receipts'),
    )
    .where('expense_lines.claim_id', '=', claimId)
    .orderBy('expense_lines.day')
    .orderBy('expense_lines.created_at')
    .execute();
}
export type LineRow = Awaited<ReturnType<typeof lineRows>>[number];

/** What a payment run reimburses: a claim, whom, and how much in base currency. */
function reimbursable(db: Executor, workspaceId: string) {
  return db
    .selectFrom('expense_claims')
    .select([
      'expense_claims.id',
      'expense_claims.number',
      'expense_claims.title',
      'expense_claims.person_id',
      'expense_claims.supplier_id',
      'expense_claims.currency',
      'expense_claims.total_minor',
    ])
    .select((eb) => [
      personField(db, eb.ref('expense_claims.person_id'), 'name').as('person_name'),
      supplierName(db, eb.ref('expense_claims.supplier_id')).as('supplier_name'),
    ])
    .where('expense_claims.workspace_id', '=', workspaceId)
    .orderBy('expense_claims.number');
}
export type ReimbursableClaim = Awaited<ReturnType<typeof runClaimRows>>[number];

/** Approved claims no run reimburses yet. */
export const unpaidClaimRows = (db: Executor, workspaceId: string) =>
  reimbursable(db, workspaceId)
    .where('expense_claims.status', '=', 'approved')
    .where('expense_claims.payment_run_id', 'is', null)
    .execute();

/** The claims a run reimburses. */
export const runClaimRows = (db: Executor, workspaceId: string, runId: string) =>
  reimbursable(db, workspaceId).where('expense_claims.payment_run_id', '=', runId).execute();
