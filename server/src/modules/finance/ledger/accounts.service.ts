import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { accountBody, accountQuery, accountUpdateBody } from './ledger.schema.ts';
import type { AccountPurpose, LedgerAccountTable } from './ledger.table.ts';
import { standardChart } from './standard-chart.ts';

type AccountRow = Selectable<LedgerAccountTable> & { used: number | string | boolean | null };

const present = (a: AccountRow) => ({
  id: a.id,
  code: a.code,
  nameZh: a.name_zh,
  nameEn: a.name_en,
  type: a.type,
  purpose: a.purpose,
  active: a.active,
  used: Boolean(Number(a.used ?? 0)),
  version: a.version,
});

/**
 * Gives a workspace the standard chart the first time its ledger is read or posted to: one
 * insert statement, so no transaction is needed. Two first readers at once insert the same
 * codes; the second's rows are simply skipped.
 */
export async function ensureChart(db: Executor, ctx: Ctx, workspaceId: string) {
  const any = await db
    .selectFrom('ledger_accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .limit(1)
    .executeTakeFirst();
  if (any) return;
  const now = isoNow(ctx.clock);
  await db
    .insertInto('ledger_accounts')
    .values(
      standardChart.map((a) => ({
        id: newId(),
        workspace_id: workspaceId,
        code: a.code,
        name_zh: a.nameZh,
        name_en: a.nameEn,
        type: a.type,
        purpose: a.purpose ?? null,
        active: true,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
    .execute();
}

function accountRows(db: Executor, workspaceId: string) {
  return db
    .selectFrom('ledger_accounts as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('journal_lines as l')
            .select('l.id')
            .where('l.workspace_id', '=', workspaceId)
            .whereRef('l.account_id', '=', 'a.id'),
        )
        .as('used'),
    )
    .where('a.workspace_id', '=', workspaceId);
}

async function accountRow(db: Executor, workspaceId: string, id: string) {
  return accountRows(db, workspaceId).where('a.id', '=', id).executeTakeFirst();
}

/** The chart by code; `q` finds an account by code or either name. */
export async function listAccounts(ctx: Ctx, query: z.infer<typeof accountQuery>) {
  const workspaceId = workspaceOf(ctx);
  await ensureChart(ctx.db, ctx, workspaceId);
  let q = accountRows(ctx.db, workspaceId);
  if (query.includeInactive !== 'true') q = q.where('a.active', '=', true);
  if (query.type) q = q.where('a.type', '=', query.type);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => anyContains(eb, ['a.code', 'a.name_zh', 'a.name_en'], text));
  }
  return (await q.orderBy('a.code').execute()).map(present);
}

export async function getAccount(ctx: Ctx, id: string) {
  const row = await accountRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Account');
  return present(row);
}

async function assertCodeFree(trx: Executor, workspaceId: string, code: string, id?: string) {
  const taken = await trx
    .selectFrom('ledger_accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (taken && taken.id !== id) {
    throw new AppError('conflict', `Account ${code} exists already`, {
      fields: { 'body.code': ['already in the chart'] },
    });
  }
}

export async function createAccount(ctx: Ctx, input: z.infer<typeof accountBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await ensureChart(trx, ctx, workspaceId);
    await assertCodeFree(trx, workspaceId, input.code);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('ledger_accounts')
      .values({
        id,
        workspace_id: workspaceId,
        code: input.code,
        name_zh: input.nameZh,
        name_en: input.nameEn,
        type: input.type,
        purpose: null,
        active: true,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'account.create',
      entityType: 'account',
      entityId: id,
      changes: created(input),
    });
  });
  return getAccount(ctx, id);
}

/**
 * Names change freely; the code and type only while no journal posts to the account, so the
 * history reads as it was posted. An account the module posts to on its own stays active.
 */
export async function updateAccount(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof accountUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await accountRow(trx, workspaceId, id);
    if (!before) throw notFound('Account');
    const used = present(before).used;
    const recoded = input.code !== undefined && input.code !== before.code;
    const retyped = input.type !== undefined && input.type !== before.type;
    if (used && (recoded || retyped)) {
      throw new AppError('unprocessable', 'Journals post to this account: its code and type stay');
    }
    if (input.active === false && before.purpose) {
      throw new AppError('unprocessable', 'The ledger posts to this account on its own: it stays');
    }
    if (recoded) await assertCodeFree(trx, workspaceId, input.code as string, id);
    const values = {
      code: input.code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      type: input.type,
      active: input.active,
    };
    const written = await updateVersioned(
      trx,
      'ledger_accounts',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'account.update',
      entityType: 'account',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getAccount(ctx, id);
}

/** The account the ledger posts a purpose to (receivables for an issued invoice). */
export async function accountFor(
  trx: Executor,
  ctx: Ctx,
  workspaceId: string,
  purpose: AccountPurpose,
) {
  await ensureChart(trx, ctx, workspaceId);
  const row = await trx
    .selectFrom('ledger_accounts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!row) throw new AppError('unprocessable', `The chart has no account for ${purpose}`);
  return row.id;
}
