import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { assertNameFree } from '../../platform/catalogue-name.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { positionBody, positionQuery, positionUpdateBody } from './positions.schema.ts';
import type { PositionTable } from './positions.table.ts';

const present = (p: Selectable<PositionTable>) => ({
  id: p.id,
  nameZh: p.name_zh,
  nameEn: p.name_en,
  active: p.active,
  version: p.version,
});

function positionRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('positions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The catalogue by English name; `q` finds a position by either name. */
export async function listPositions(ctx: Ctx, query: z.infer<typeof positionQuery>) {
  let q = ctx.db.selectFrom('positions').selectAll().where('workspace_id', '=', workspaceOf(ctx));
  if (query.includeInactive !== 'true') q = q.where('active', '=', true);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => anyContains(eb, ['name_zh', 'name_en'], text));
  }
  return (await q.orderBy('name_en').orderBy('id').execute()).map(present);
}

export async function getPosition(ctx: Ctx, id: string) {
  const row = await positionRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Position');
  return present(row);
}

export async function createPosition(ctx: Ctx, input: z.infer<typeof positionBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, 'positions', workspaceId, input.nameEn);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('positions')
      .values({
        id,
        workspace_id: workspaceId,
        name_zh: input.nameZh,
        name_en: input.nameEn,
        active: true,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'position.create',
      entityType: 'position',
      entityId: id,
      changes: created(input),
    });
  });
  return getPosition(ctx, id);
}

/** Renaming reaches every record that names the position; retiring keeps them as they are. */
export async function updatePosition(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof positionUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await positionRow(trx, workspaceId, id);
    if (!before) throw notFound('Position');
    if (input.nameEn) await assertNameFree(trx, 'positions', workspaceId, input.nameEn, id);
    const values = { name_zh: input.nameZh, name_en: input.nameEn, active: input.active };
    const written = await updateVersioned(
      trx,
      'positions',
      { workspaceId, id, version: input.version },
      { ...values, updated_at: isoNow(ctx.clock) },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'position.update',
      entityType: 'position',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getPosition(ctx, id);
}

/**
 * A position given by id on a record being written: one of this workspace's, and still active
 * unless the record named it already (`kept`). A bad id is the caller's field, not a 404.
 */
export async function assertPosition(
  db: Executor,
  workspaceId: string,
  id: string,
  field: string,
  kept?: string | null,
) {
  const row = await positionRow(db, workspaceId, id);
  if (!row || (!row.active && row.id !== kept)) {
    throw new AppError('validation_failed', 'No such active position', {
      fields: { [field]: ['not an active position of this workspace'] },
    });
  }
  return present(row);
}

/** Positions by id, for presenting the records that name them. */
export async function positionsByIds(db: Executor, workspaceId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, ReturnType<typeof present>>();
  const rows = await db
    .selectFrom('positions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, present(r)]));
}

export type PositionsById = Awaited<ReturnType<typeof positionsByIds>>;

/**
 * A position as a record naming it shows it. Rows always point at a position of their
 * workspace; the id stands in for the names only if one were ever missing.
 */
export function positionRef(positions: PositionsById, id: string) {
  const p = positions.get(id);
  return { id, nameZh: p?.nameZh ?? id, nameEn: p?.nameEn ?? id };
}

/** An active position by either of its names, ignoring case: how imported rows name one. */
export async function positionIdByName(db: Executor, workspaceId: string, name: string) {
  const lower = name.toLowerCase();
  const row = await db
    .selectFrom('positions')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', true)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name_en']), '=', lower),
        eb(eb.fn('lower', ['name_zh']), '=', lower),
      ]),
    )
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The ids of the workspace's positions whose name holds `text`, as a subquery to filter by. */
export function positionsNamed(db: Executor, workspaceId: string, text: string) {
  return db
    .selectFrom('positions')
    .select('positions.id')
    .where('positions.workspace_id', '=', workspaceId)
    .where((p) => anyContains(p, ['positions.name_zh', 'positions.name_en'], text));
}
