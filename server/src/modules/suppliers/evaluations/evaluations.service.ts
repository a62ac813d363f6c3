import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, userOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { getSupplierRow } from '../suppliers.repository.ts';
import { criterionMeans, gradeOf, weightedScore } from './evaluation-score.ts';
import { templateRow } from './evaluation-templates.service.ts';
import type { evaluationBody, scoresBody } from './evaluations.schema.ts';
import type { SupplierEvaluationTable } from './evaluations.table.ts';

type EvaluationRow = Selectable<SupplierEvaluationTable>;

async function visibleSupplier(db: Executor, ctx: Ctx, supplierId: string) {
  if (!(await getSupplierRow(db, workspaceOf(ctx), supplierId, partyOf(ctx)))) {
    throw notFound('Supplier');
  }
}

function scoreRows(db: Executor, evaluationIds: string[]) {
  return db
    .selectFrom('evaluation_scores as s')
    .innerJoin('users as u', 'u.id', 's.evaluator_id')
    .select([
      's.evaluation_id',
      's.evaluator_id',
      's.criterion_key',
      's.score',
      's.comment',
      'u.name as evaluator',
    ])
    .where('s.evaluation_id', 'in', evaluationIds)
    .orderBy('u.name')
    .orderBy('s.criterion_key')
    .execute();
}

type ScoreRow = Awaited<ReturnType<typeof scoreRows>>[number];

const toScores = (rows: ScoreRow[]) =>
  rows.map((r) => ({ evaluatorId: r.evaluator_id, criterionKey: r.criterion_key, score: r.score }));

/**
 * What a portal user may see of an evaluation: that it was made, for which period, and its
 * final grade. Our free text (the occasion, the template's name) may name clients: not theirs.
 */
function present(e: EvaluationRow, evaluators: number, portal: boolean) {
  return {
    id: e.id,
    kind: e.kind,
    periodStart: e.period_start,
    periodEnd: e.period_end,
    title: portal ? null : e.title,
    templateName: portal ? '' : e.template_name,
    status: e.status,
    score: portal ? null : e.score,
    grade: e.grade,
    finalizedAt: e.finalized_at,
    evaluators: portal ? 0 : evaluators,
    version: e.version,
  };
}

/** A supplier's evaluations, newest period first; portal users only the final ones. */
export async function listEvaluations(ctx: Ctx, supplierId: string) {
  await visibleSupplier(ctx.db, ctx, supplierId);
  const portal = partyOf(ctx) !== null;
  let q = ctx.db
    .selectFrom('supplier_evaluations')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('supplier_id', '=', supplierId);
  if (portal) q = q.where('status', '=', 'final');
  const rows = await q.orderBy('period_end', 'desc').orderBy('created_at', 'desc').execute();
  // How many people scored each one, counted in the database: the scores stay there.
  const counts = rows.length
    ? await ctx.db
        .selectFrom('evaluation_scores')
        .select((eb) => ['evaluation_id', eb.fn.count<number>('evaluator_id').distinct().as('n')])
        .where(
          'evaluation_id',
          'in',
          rows.map((r) => r.id),
        )
        .groupBy('evaluation_id')
        .execute()
    : [];
  return rows.map((e) => present(e, counts.find((c) => c.evaluation_id === e.id)?.n ?? 0, portal));
}

async function evaluationRow(db: Executor, ctx: Ctx, supplierId: string, id: string) {
  await visibleSupplier(db, ctx, supplierId);
  const row = await db
    .selectFrom('supplier_evaluations')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('supplier_id', '=', supplierId)
    .where('id', '=', id)
    .executeTakeFirst();
  // Portal users never open an evaluation: its scores and comments are ours.
  if (!row || partyOf(ctx)) throw notFound('Evaluation');
  return row;
}

export async function getEvaluation(ctx: Ctx, supplierId: string, id: string) {
  const e = await evaluationRow(ctx.db, ctx, supplierId, id);
  const scores = await scoreRows(ctx.db, [id]);
  const means = criterionMeans(e.criteria, toScores(scores));
  return {
    ...present(e, new Set(scores.map((s) => s.evaluator_id)).size, false),
    criteria: e.criteria.map((c, i) => ({ ...c, ...(means[i] as (typeof means)[number]) })),
    scores: scores.map((s) => ({
      evaluator: s.evaluator,
      evaluatorId: s.evaluator_id,
      criterion: s.criterion_key,
      score: s.score,
      comment: s.comment,
    })),
  };
}

export async function createEvaluation(
  ctx: Ctx,
  supplierId: string,
  input: z.infer<typeof evaluationBody>,
) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await visibleSupplier(trx, ctx, supplierId);
    const template = await templateRow(trx, workspaceId, input.templateId);
    if (!template?.active) {
      throw new AppError('unprocessable', 'Choose an active evaluation template', {
        fields: { 'body.templateId': ['not an active template'] },
      });
    }
    const now = isoNow(ctx.clock);
    const values = {
      template_name: template.name,
      kind: input.kind,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      title: input.title ?? null,
    };
    await trx
      .insertInto('supplier_evaluations')
      .values({
        ...values,
        id,
        workspace_id: workspaceId,
        supplier_id: supplierId,
        template_id: template.id,
        criteria: JSON.stringify(template.criteria),
        status: 'open',
        score: null,
        grade: null,
        finalized_at: null,
        finalized_by: null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'evaluation.create',
      entityType: 'supplier',
      entityId: supplierId,
      changes: created({ evaluation: id, ...values }),
    });
  });
  return getEvaluation(ctx, supplierId, id);
}

function assertOpen(e: EvaluationRow) {
  if (e.status !== 'open') throw new AppError('conflict', 'This evaluation is final');
}

/** The caller's own scores, one per criterion; they replace what the caller gave before. */
export async function scoreEvaluation(
  ctx: Ctx,
  supplierId: string,
  id: string,
  input: z.infer<typeof scoresBody>,
) {
  const evaluatorId = userOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    // Taking the row's lock first makes evaluators scoring at once take turns, so each
    // recomputed score sees every score written before it.
    await trx
      .updateTable('supplier_evaluations')
      .set({ updated_at: isoNow(ctx.clock) })
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('id', '=', id)
      .execute();
    const e = await evaluationRow(trx, ctx, supplierId, id);
    assertOpen(e);
    const keys = e.criteria.map((c) => c.key);
    const given = input.scores.map((s) => s.criterion);
    if (given.length !== keys.length || !keys.every((k) => given.includes(k))) {
      throw new AppError('unprocessable', `Score every criterion once: ${keys.join(', ')}`, {
        fields: { 'body.scores': ['one score per criterion'] },
      });
    }
    await trx
      .deleteFrom('evaluation_scores')
      .where('evaluation_id', '=', id)
      .where('evaluator_id', '=', evaluatorId)
      .execute();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('evaluation_scores')
      .values(
        input.scores.map((s) => ({
          evaluation_id: id,
          evaluator_id: evaluatorId,
          criterion_key: s.criterion,
          score: s.score,
          comment: s.comment ?? null,
          scored_at: now,
        })),
      )
      .execute();
    const score = weightedScore(e.criteria, toScores(await scoreRows(trx, [id])));
    await trx
      .updateTable('supplier_evaluations')
      .set({ score, updated_at: now, version: e.version + 1 })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, {
      action: 'evaluation.score',
      entityType: 'supplier',
      entityId: supplierId,
      changes: {
        evaluation: { after: id },
        scores: { after: Object.fromEntries(input.scores.map((s) => [s.criterion, s.score])) },
        score: { before: e.score, after: score },
      },
    });
  });
  return getEvaluation(ctx, supplierId, id);
}

/** Fixes the score and grade; from then on the supplier's portal shows the grade. */
export async function finalizeEvaluation(
  ctx: Ctx,
  supplierId: string,
  id: string,
  version: number,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const e = await evaluationRow(trx, ctx, supplierId, id);
    assertVersion(e, version);
    assertOpen(e);
    if (e.score === null) {
      throw new AppError('unprocessable', 'Every criterion needs a score before finalising');
    }
    const grade = gradeOf(e.score);
    const now = isoNow(ctx.clock);
    const written = await updateVersioned(
      trx,
      'supplier_evaluations',
      { workspaceId: workspaceOf(ctx), id, version },
      {
        status: 'final',
        grade,
        finalized_at: now,
        finalized_by: ctx.actor.userId,
        updated_at: now,
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'evaluation.finalize',
      entityType: 'supplier',
      entityId: supplierId,
      changes: { evaluation: { after: id }, score: { after: e.score }, grade: { after: grade } },
    });
  });
  return getEvaluation(ctx, supplierId, id);
}
