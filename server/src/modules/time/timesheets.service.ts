import { sql } from 'kysely';
import { partyOf } from '../../platform/access/party-scope.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { keysetPage } from '../../platform/http/keyset.ts';
import type { PageQuery } from '../../platform/http/pagination.ts';
import {
  getSettingsRow,
  type PositionsById,
  positionRef,
  positionsByIds,
} from '../settings/index.ts';
import { capUsage } from './caps.service.ts';
import { mayDecide, stageOf } from './stages.ts';
import type { TimesheetStatus } from './time.table.ts';
import {
  type EntryRow,
  entryRowsOfSheets,
  findSheetRows,
  getSheetRow,
  newestWeekFirst,
  type SheetFilter,
  type SheetRow,
  sheetQuery,
} from './timesheets.repository.ts';

/** The statuses of a week waiting for someone's approval. */
const waiting: TimesheetStatus[] = ['submitted', 'supplier_approved'];
/** The inbox shows the oldest waiting weeks; deciding them brings the next ones. */
const INBOX_SIZE = 100;

function summaryOf(s: SheetRow) {
  return {
    id: s.id,
    person: { id: s.person_id, name: s.person_name },
    project: { id: s.project_id, number: s.project_number, name: s.project_name },
    weekStart: s.week_start,
    status: s.status,
    needsSupplierApproval: s.needs_supplier_approval,
    minutes: Number(s.minutes),
    billableMinutes: Number(s.billable_minutes),
    submittedAt: s.submitted_at,
    approvedAt: s.approved_at,
    rejectionReason: s.rejection_reason,
    version: s.version,
  };
}

/** What a caller may see of prices: a supplier never sees client rates; costs need margin rights. */
function priceView(ctx: Ctx) {
  const p = ctx.membership?.permissions;
  return {
    bill: !partyOf(ctx),
    cost: Boolean(p?.has('contracts:margin') || p?.has('people:cost')),
  };
}

function entryOf(e: EntryRow, view: ReturnType<typeof priceView>, positions: PositionsById) {
  const approved = e.cost_base_minor !== null;
  const bill = {
    rateMinor: e.bill_rate_minor,
    unit: e.bill_rate_unit,
    currency: e.bill_currency,
    minor: Number(e.bill_minor),
    fxRate: e.bill_fx_rate,
    baseMinor: Number(e.bill_base_minor),
  };
  const cost = {
    rateMinor: e.cost_rate_minor,
    unit: e.cost_rate_unit,
    currency: e.cost_currency,
    minor: Number(e.cost_minor),
    fxRate: e.cost_fx_rate,
    baseMinor: Number(e.cost_base_minor),
  };
  return {
    id: e.id,
    day: e.day,
    task: e.task_id && e.task_name ? { id: e.task_id, name: e.task_name } : null,
    minutes: e.minutes,
    billable: e.billable,
    note: e.note,
    position: e.position_id ? positionRef(positions, e.position_id) : null,
    ...(view.bill ? { bill: approved ? bill : null } : {}),
    ...(view.cost
      ? {
          cost: approved ? cost : null,
          marginBaseMinor: approved ? bill.baseMinor - cost.baseMinor : null,
        }
      : {}),
  };
}

export async function getTimesheet(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const sheet = await getSheetRow(ctx.db, workspaceId, id, partyOf(ctx));
  if (!sheet) throw notFound('Timesheet');
  const [entries, settings] = await Promise.all([
    entryRowsOfSheets(ctx.db, workspaceId, [id]),
    getSettingsRow(ctx.db, workspaceId),
  ]);
  const positions = await positionsByIds(
    ctx.db,
    workspaceId,
    entries.flatMap((e) => e.position_id ?? []),
  );
  const view = priceView(ctx);
  return {
    ...summaryOf(sheet),
    baseCurrency: settings.baseCurrency,
    entries: entries.map((e) => entryOf(e, view, positions)),
  };
}

export async function listTimesheets(ctx: Ctx, query: SheetFilter & PageQuery) {
  const k = newestWeekFirst(query.cursor);
  const page = { k, limit: query.limit };
  const rows = await findSheetRows(ctx.db, workspaceOf(ctx), partyOf(ctx), query, page);
  return keysetPage(rows, k, query.limit, summaryOf);
}

/**
 * The weeks waiting for the caller: a supplier portal user's workers' at the supplier stage;
 * a project manager's projects' (an admin's: all) at the project stage, with how much of the
 * contract's limit is already used.
 */
export async function approvalInbox(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const party = partyOf(ctx);
  // Literals, as the partial index timesheets_waiting states them, so the planner can use it.
  let q = sheetQuery(ctx.db, workspaceId, party).where(
    sql.ref('timesheets.status'),
    'in',
    waiting.map((status) => sql.lit(status)),
  );
  if (!party && !ctx.membership?.permissions.has('workspace:admin')) {
    q = q.where('projects.manager_id', '=', ctx.actor.userId);
  }
  const rows = (await q.orderBy('timesheets.submitted_at').limit(INBOX_SIZE).execute()).filter(
    (s) => {
      const stage = stageOf(s);
      return stage !== null && mayDecide(ctx, s, stage);
    },
  );
  const caps = new Map<string, Awaited<ReturnType<typeof capUsage>>>();
  for (const id of new Set(rows.flatMap((r) => r.project_contract_id ?? []))) {
    caps.set(id, party ? null : await capUsage(ctx.db, workspaceId, id, todayOf(ctx)));
  }
  return rows.map((s) => ({
    ...summaryOf(s),
    stage: stageOf(s) ?? 'project',
    cap: (s.project_contract_id && caps.get(s.project_contract_id)) || null,
  }));
}
