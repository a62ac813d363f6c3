import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { clientContractOf } from '../contracts/index.ts';
import { CAP_WARNING_PERCENT, capUsage, limitPassed, percentAfter } from './caps.service.ts';
import { clearPrices, priceEntries, storePrices } from './pricing.service.ts';
import { mayDecide, stageOf, supplierApprovers } from './stages.ts';
import type { reasonBody, submitBody } from './time.schema.ts';
import { editableStatuses } from './time.table.ts';
import {
  entryRowsOfSheets,
  getSheetRow,
  type SheetRow,
  weekSheetRows,
} from './timesheets.repository.ts';
import { getTimesheet } from './timesheets.service.ts';
import { personFor } from './whose.ts';

async function tell(
  trx: Executor,
  ctx: Ctx,
  userIds: (string | null)[],
  sheet: SheetRow,
  kind: string,
) {
  await notify(
    trx,
    ctx.clock,
    userIds.filter((u): u is string => Boolean(u) && u !== ctx.actor.userId),
    {
      workspaceId: workspaceOf(ctx),
      kind,
      params: { person: sheet.person_name, project: sheet.project_number, week: sheet.week_start },
      link: kind === 'timesheet.waiting' ? '/time/approvals' : `/time?week=${sheet.week_start}`,
      uniqueKey: `${kind}:${sheet.id}:${sheet.version + 1}`,
    },
  );
}

async function moveSheet(
  trx: Executor,
  ctx: Ctx,
  sheet: SheetRow,
  version: number,
  values: Parameters<typeof updateVersioned<'timesheets'>>[3],
  action: string,
  reason?: string,
) {
  const key = { workspaceId: workspaceOf(ctx), id: sheet.id, version };
  const now = isoNow(ctx.clock);
  if (!(await updateVersioned(trx, 'timesheets', key, { ...values, updated_at: now }))) {
    throw versionConflict();
  }
  await audit(trx, ctx, {
    action,
    entityType: 'timesheet',
    entityId: sheet.id,
    changes: {
      status: { before: sheet.status, after: values.status },
      ...(reason ? { reason: { after: reason } } : {}),
    },
  });
}

/** Sends a person's open weeks (one project's, or all) for approval. */
export async function submitWeek(ctx: Ctx, week: string, input: z.infer<typeof submitBody>) {
  const person = await personFor(ctx, input.personId, 'write');
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const sheets = (await weekSheetRows(trx, workspaceId, person.id, week)).filter(
      (s) =>
        editableStatuses.includes(s.status) &&
        (!input.projectId || s.project_id === input.projectId),
    );
    if (sheets.length === 0)
      throw new AppError('unprocessable', 'No open time to submit this week');
    const approvers = await supplierApprovers(trx, workspaceId, person);
    for (const s of sheets) {
      const row = await getSheetRow(trx, workspaceId, s.id, null);
      if (!row) throw notFound('Timesheet');
      const needsSupplier = approvers.length > 0;
      await moveSheet(
        trx,
        ctx,
        row,
        s.version,
        {
          status: 'submitted',
          needs_supplier_approval: needsSupplier,
          submitted_at: isoNow(ctx.clock),
          supplier_approved_by: null,
          supplier_approved_at: null,
          rejection_reason: null,
        },
        'timesheet.submit',
      );
      await tell(
        trx,
        ctx,
        needsSupplier ? approvers : [row.project_manager_id],
        row,
        'timesheet.waiting',
      );
    }
  });
}

/** The sheet, its stage, and that the caller may decide it: each decision starts here. */
async function decidable(trx: Executor, ctx: Ctx, id: string) {
  const sheet = await getSheetRow(trx, workspaceOf(ctx), id, partyOf(ctx));
  if (!sheet) throw notFound('Timesheet');
  const stage = stageOf(sheet);
  if (!stage)
    throw new AppError('unprocessable', `The week is ${sheet.status}, not waiting for approval`);
  if (!mayDecide(ctx, sheet, stage)) {
    throw new AppError('forbidden', 'This week waits for someone else’s approval');
  }
  return { sheet, stage };
}

/**
 * Tells the project manager and the contract owner when approved time passes the warning line:
 * `before` and `after` are the share of the limit used without and with this week.
 */
async function warnOfCap(
  trx: Executor,
  ctx: Ctx,
  sheet: SheetRow,
  { before, after }: { before: number; after: number },
) {
  if (before >= CAP_WARNING_PERCENT || after < CAP_WARNING_PERCENT) return;
  const contract = await clientContractOf(
    trx,
    workspaceOf(ctx),
    sheet.project_contract_id as string,
  );
  await notify(
    trx,
    ctx.clock,
    [sheet.project_manager_id, contract?.ownerId].filter((u): u is string => Boolean(u)),
    {
      workspaceId: workspaceOf(ctx),
      kind: 'timesheet.cap_warning',
      params: { number: contract?.number ?? '', percent: after },
      link: `/projects/${sheet.project_id}`,
      uniqueKey: `timesheet.cap_warning:${sheet.project_contract_id}:${CAP_WARNING_PERCENT}`,
    },
  );
}

/**
 * Prices the week and checks the contract's limit, which approving may not pass (approved
 * time is what gets billed); answers how much of the limit was used before and after.
 */
async function approveForProject(trx: Executor, ctx: Ctx, sheet: SheetRow) {
  const workspaceId = workspaceOf(ctx);
  const contractId = sheet.project_contract_id;
  const entries = await entryRowsOfSheets(trx, workspaceId, [sheet.id]);
  const prices = await priceEntries(trx, workspaceId, sheet, entries);
  const adding = entries.map((e) => ({
    day: e.day,
    minutes: e.minutes,
    billable: e.billable,
    billMinor: prices.get(e.id)?.bill?.minor ?? 0,
  }));
  const passed = await limitPassed(trx, workspaceId, contractId, adding);
  if (passed) throw new AppError('unprocessable', `Approving would pass ${passed}`);
  const usage = await capUsage(trx, workspaceId, contractId, sheet.week_start);
  await storePrices(trx, prices);
  return usage ? { before: usage.percentUsed, after: percentAfter(usage, adding) } : null;
}

export async function approveSheet(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const { sheet, stage } = await decidable(trx, ctx, id);
    const now = isoNow(ctx.clock);
    if (stage === 'supplier') {
      await moveSheet(
        trx,
        ctx,
        sheet,
        version,
        {
          status: 'supplier_approved',
          supplier_approved_by: ctx.actor.userId,
          supplier_approved_at: now,
        },
        'timesheet.supplier_approve',
      );
      await tell(trx, ctx, [sheet.project_manager_id], sheet, 'timesheet.waiting');
      return;
    }
    assertVersion(sheet, version);
    const usage = await approveForProject(trx, ctx, sheet);
    await moveSheet(
      trx,
      ctx,
      sheet,
      version,
      {
        status: 'approved',
        approved_by: ctx.actor.userId,
        approved_at: now,
      },
      'timesheet.approve',
    );
    if (usage) await warnOfCap(trx, ctx, sheet, usage);
    await tell(trx, ctx, [sheet.person_user_id], sheet, 'timesheet.approved');
  });
  return getTimesheet(ctx, id);
}

export async function rejectSheet(ctx: Ctx, id: string, input: z.infer<typeof reasonBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const { sheet } = await decidable(trx, ctx, id);
    await moveSheet(
      trx,
      ctx,
      sheet,
      input.version,
      {
        status: 'rejected',
        rejection_reason: input.reason,
      },
      'timesheet.reject',
      input.reason,
    );
    await tell(trx, ctx, [sheet.person_user_id], sheet, 'timesheet.rejected');
  });
  return getTimesheet(ctx, id);
}

/**
 * Reopens an approved week, with the reason: its prices go, the person can change it, and it
 * is priced again when approved again. Only who approves for the project may reverse.
 */
export async function reverseSheet(ctx: Ctx, id: string, input: z.infer<typeof reasonBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const sheet = await getSheetRow(trx, workspaceOf(ctx), id, partyOf(ctx));
    if (!sheet) throw notFound('Timesheet');
    assertVersion(sheet, input.version);
    if (sheet.status !== 'approved')
      throw new AppError('unprocessable', 'Only an approved week is reversed');
    if (!mayDecide(ctx, sheet, 'project'))
      throw new AppError('forbidden', 'Only who approves the project’s time reverses it');
    const billed = await trx
      .selectFrom('time_entries')
      .select('id')
      .where('timesheet_id', '=', sheet.id)
      .where('invoice_id', 'is not', null)
      .executeTakeFirst();
    if (billed) {
      throw new AppError('unprocessable', 'An invoice bills hours of this week: credit them first');
    }
    await clearPrices(trx, sheet.id);
    await moveSheet(
      trx,
      ctx,
      sheet,
      input.version,
      {
        status: 'draft',
        approved_by: null,
        approved_at: null,
        rejection_reason: input.reason,
      },
      'timesheet.reverse',
      input.reason,
    );
    await tell(trx, ctx, [sheet.person_user_id], sheet, 'timesheet.reversed');
  });
  return getTimesheet(ctx, id);
}
