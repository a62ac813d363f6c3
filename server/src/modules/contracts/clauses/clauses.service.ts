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
import {
  type clauseBody,
  type clauseQuery,
  type clauseUpdateBody,
  obligationComplete,
  obligationMessage,
} from './clauses.schema.ts';
import type { ClauseTable } from './clauses.table.ts';

const present = (c: Selectable<ClauseTable>) => ({
  id: c.id,
  category: c.category,
  titleZh: c.title_zh,
  titleEn: c.title_en,
  textZh: c.text_zh,
  textEn: c.text_en,
  obligationZh: c.obligation_zh,
  obligationEn: c.obligation_en,
  obligationDueDays: c.obligation_due_days,
  active: c.active,
  version: c.version,
});

type ClauseInput = Partial<z.infer<typeof clauseBody>>;

const toColumns = (c: ClauseInput) => ({
  category: c.category,
  title_zh: c.titleZh,
  title_en: c.titleEn,
  text_zh: c.textZh,
  text_en: c.textEn,
  obligation_zh: c.obligationZh,
  obligation_en: c.obligationEn,
  obligation_due_days: c.obligationDueDays,
});

export function clauseRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('clauses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The library, active clauses by default; `q` matches titles and text in both languages. */
export async function listClauses(ctx: Ctx, query: z.infer<typeof clauseQuery>) {
  let q = ctx.db.selectFrom('clauses').selectAll().where('workspace_id', '=', workspaceOf(ctx));
  if (query.includeInactive !== 'true') q = q.where('active', '=', true);
  if (query.category) q = q.where('category', '=', query.category);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => anyContains(eb, ['title_zh', 'title_en', 'text_zh', 'text_en'], text));
  }
  return (await q.orderBy('category').orderBy('title_en').orderBy('id').execute()).map(present);
}

async function getClause(ctx: Ctx, id: string) {
  const row = await clauseRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Clause');
  return present(row);
}

export async function insertLibraryClause(
  trx: Executor,
  ctx: Ctx,
  input: z.infer<typeof clauseBody>,
) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const values = toColumns(input);
  await trx
    .insertInto('clauses')
    .values({
      ...values,
      category: input.category,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      text_zh: input.textZh,
      text_en: input.textEn,
      obligation_zh: input.obligationZh ?? null,
      obligation_en: input.obligationEn ?? null,
      obligation_due_days: input.obligationDueDays ?? null,
      id,
      workspace_id: workspaceOf(ctx),
      active: true,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'clause.create',
    entityType: 'clause',
    entityId: id,
    changes: created({ category: input.category, title: input.titleEn }),
  });
  return id;
}

export async function createClause(ctx: Ctx, input: z.infer<typeof clauseBody>) {
  const id = await ctx.db.transaction().execute((trx) => insertLibraryClause(trx, ctx, input));
  return getClause(ctx, id);
}

export async function updateClause(ctx: Ctx, id: string, input: z.infer<typeof clauseUpdateBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await clauseRow(trx, workspaceId, id);
    if (!before) throw notFound('Clause');
    const merged = { ...present(before), ...input };
    if (!obligationComplete(merged)) {
      throw new AppError('validation_failed', obligationMessage.message, {
        fields: { 'body.obligationDueDays': [obligationMessage.message] },
      });
    }
    const values = { ...toColumns(input), active: input.active };
    const written = await updateVersioned(
      trx,
      'clauses',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'clause.update',
      entityType: 'clause',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getClause(ctx, id);
}
