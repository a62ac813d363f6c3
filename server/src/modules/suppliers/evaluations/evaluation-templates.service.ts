import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { templateBody, templateUpdateBody } from './evaluations.schema.ts';
import type { Criterion, EvaluationTemplateTable } from './evaluations.table.ts';

const present = (t: Selectable<EvaluationTemplateTable>) => ({
  id: t.id,
  name: t.name,
  criteria: t.criteria,
  active: t.active,
  version: t.version,
});

/** Criteria get keys by position: scores point at a key, evaluations keep their own copy. */
const keyed = (criteria: z.infer<typeof templateBody>['criteria']): Criterion[] =>
  criteria.map((c, i) => ({
    key: `c${i + 1}`,
    name: c.name,
    weight: c.weight,
    guidance: c.guidance ?? null,
  }));

export function templateRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('evaluation_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

async function getTemplate(ctx: Ctx, id: string) {
  const row = await templateRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Template');
  return present(row);
}

export async function listTemplates(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('evaluation_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(present);
}

export async function insertTemplate(trx: Executor, ctx: Ctx, input: z.infer<typeof templateBody>) {
  const id = newId();
  const now = isoNow(ctx.clock);
  const criteria = keyed(input.criteria);
  await trx
    .insertInto('evaluation_templates')
    .values({
      id,
      workspace_id: workspaceOf(ctx),
      name: input.name,
      criteria: JSON.stringify(criteria),
      active: true,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'evaluation_template.create',
    entityType: 'evaluation_template',
    entityId: id,
    changes: created({ name: input.name, criteria }),
  });
  return id;
}

export async function createTemplate(ctx: Ctx, input: z.infer<typeof templateBody>) {
  const id = await ctx.db.transaction().execute((trx) => insertTemplate(trx, ctx, input));
  return getTemplate(ctx, id);
}

export async function updateTemplate(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof templateUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await templateRow(trx, workspaceId, id);
    if (!before) throw notFound('Template');
    const criteria = input.criteria ? keyed(input.criteria) : undefined;
    const values = { name: input.name, criteria, active: input.active };
    const written = await updateVersioned(
      trx,
      'evaluation_templates',
      { workspaceId, id, version: input.version },
      {
        name: input.name,
        criteria: criteria ? JSON.stringify(criteria) : undefined,
        active: input.active,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'evaluation_template.update',
      entityType: 'evaluation_template',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getTemplate(ctx, id);
}
