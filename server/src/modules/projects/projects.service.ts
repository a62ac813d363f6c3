import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { addDays } from '../../platform/days.ts';
import {
  AppError,
  assertVersion,
  invalidField,
  notFound,
  versionConflict,
} from '../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../platform/http/keyset.ts';
import { newId } from '../../platform/ids.ts';
import { nextNumber } from '../../platform/workspaces/counters.ts';
import { assertOwner } from '../../platform/workspaces/owner.ts';
import { clientExists } from '../clients/index.ts';
import { clientContractOf, inForceStatuses } from '../contracts/index.ts';
import { closureFacts } from './delivery/closure-facts.ts';
import {
  findProjectRows,
  getProjectRow,
  type ProjectFilter,
  type ProjectRow,
  projectSorts,
} from './projects.repository.ts';
import type { advanceBody, projectBody, projectUpdateBody } from './projects.schema.ts';
import {
  type Gates,
  gateChecklist,
  type Phase,
  type ProjectPhase,
  phases,
} from './projects.table.ts';

const present = (p: ProjectRow) => ({
  id: p.id,
  number: p.number,
  name: p.name,
  manager: p.manager_id && p.manager_name ? { id: p.manager_id, name: p.manager_name } : null,
  client: p.client_id && p.client_name ? { id: p.client_id, name: p.client_name } : null,
  contract:
    p.contract_id && p.contract_number && p.contract_title
      ? { id: p.contract_id, number: p.contract_number, title: p.contract_title }
      : null,
  currency: p.currency,
  billingModel: p.billing_model,
  budgetMinor: p.budget_minor,
  evMethod: p.ev_method,
  startDate: p.start_date,
  endDate: p.end_date,
  phase: p.phase,
  health: p.health,
  goals: p.goals,
  gates: p.gates,
  evaluation: {
    scheduleScore: p.schedule_score,
    costScore: p.cost_score,
    qualityScore: p.quality_score,
    note: p.evaluation_note,
    clientSatisfaction: p.client_satisfaction,
    signedOffAt: p.signed_off_at,
    signOffComment: p.sign_off_comment,
  },
  closedAt: p.closed_at,
  createdAt: p.created_at,
  version: p.version,
});

export async function listProjects(
  ctx: Ctx,
  query: ProjectFilter & { limit: number; sort?: string | undefined; cursor?: string | undefined },
) {
  const k = keyset(projectSorts, 'projects.id', query.sort ?? 'name', query.cursor);
  const rows = await findProjectRows(ctx.db, workspaceOf(ctx), query, k, query.limit);
  return keysetPage(rows, k, query.limit, present);
}

export async function projectRowOf(db: Executor, workspaceId: string, id: string) {
  const row = await getProjectRow(db, workspaceId, id);
  if (!row) throw notFound('Project');
  return row;
}

/** During closure, the closure checklist shows what the records say. */
export async function getProject(ctx: Ctx, id: string) {
  const p = await projectRowOf(ctx.db, workspaceOf(ctx), id);
  if (p.phase !== 'closure') return present(p);
  return present({ ...p, gates: { ...p.gates, closure: await closureFacts(ctx.db, p) } });
}

/** Every phase's checklist, nothing ticked yet. */
const freshGates = (): Gates =>
  Object.fromEntries(
    phases.map((p) => [p, Object.fromEntries(gateChecklist[p].map((k) => [k, false]))]),
  ) as Gates;

/** What the project takes from its contract, or from the body for an internal project. */
async function origin(trx: Executor, workspaceId: string, input: z.infer<typeof projectBody>) {
  if (input.contractId) {
    const c = await clientContractOf(trx, workspaceId, input.contractId);
    if (!c) throw invalidField('contractId', 'not a client contract of this workspace');
    if (!(inForceStatuses as readonly string[]).includes(c.status)) {
      throw new AppError('unprocessable', 'A project starts from a signed contract');
    }
    return {
      name: input.name ?? c.title,
      clientId: c.clientId,
      currency: c.currency,
      billingModel: c.billingModel,
      budgetMinor: input.budgetMinor ?? c.valueMinor,
      startDate: input.startDate ?? c.startDate,
      endDate: input.endDate ?? c.endDate ?? addDays(c.startDate, 364),
    };
  }
  if (input.clientId && !(await clientExists(trx, workspaceId, input.clientId))) {
    throw invalidField('clientId', 'not a client of this workspace');
  }
  return {
    name: input.name as string,
    clientId: input.clientId ?? null,
    currency: input.currency as string,
    billingModel: null,
    budgetMinor: input.budgetMinor ?? 0,
    startDate: input.startDate as string,
    endDate: input.endDate as string,
  };
}

export async function createProject(ctx: Ctx, input: z.infer<typeof projectBody>) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  const managerId = input.managerId ?? ctx.actor.userId;
  await assertOwner(ctx, managerId, 'managerId');
  await ctx.db.transaction().execute(async (trx) => {
    const from = await origin(trx, workspaceId, input);
    if (from.endDate < from.startDate)
      throw invalidField('endDate', 'The end comes before the start');
    const number = await nextNumber(trx, workspaceId, 'PRJ');
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('projects')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        name: from.name,
        manager_id: managerId,
        client_id: from.clientId,
        contract_id: input.contractId ?? null,
        currency: from.currency,
        billing_model: from.billingModel,
        budget_minor: from.budgetMinor,
        budget_lines: null,
        ev_method: 'percent_complete',
        start_date: from.startDate,
        end_date: from.endDate,
        phase: 'initiation',
        health: input.health,
        goals: JSON.stringify(input.goals),
        gates: JSON.stringify(freshGates()),
        closed_at: null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'project.create',
      entityType: 'project',
      entityId: id,
      changes: created({ number, ...from, contractId: input.contractId }),
    });
  });
  return getProject(ctx, id);
}

/** A closed project is kept as it was. */
export function assertOpen(p: ProjectRow) {
  if (p.phase === 'closed') throw new AppError('unprocessable', 'The project is closed');
}

export async function writeProject(
  trx: Executor,
  ctx: Ctx,
  before: ProjectRow,
  version: number,
  values: Parameters<typeof updateVersioned<'projects'>>[3],
  action: string,
  changes: Record<string, { before?: unknown; after?: unknown }>,
) {
  const key = { workspaceId: workspaceOf(ctx), id: before.id, version };
  if (
    !(await updateVersioned(trx, 'projects', key, { ...values, updated_at: isoNow(ctx.clock) }))
  ) {
    throw versionConflict();
  }
  await audit(trx, ctx, { action, entityType: 'project', entityId: before.id, changes });
}

export async function updateProject(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof projectUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.managerId, 'managerId');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectRowOf(trx, workspaceId, id);
    assertOpen(before);
    const startDate = input.startDate ?? before.start_date;
    const endDate = input.endDate ?? before.end_date;
    if (endDate < startDate) throw invalidField('endDate', 'The end comes before the start');
    const values = {
      name: input.name,
      manager_id: input.managerId,
      health: input.health,
      goals: input.goals === undefined ? undefined : JSON.stringify(input.goals),
      budget_minor: input.budgetMinor,
      ev_method: input.evMethod,
      start_date: input.startDate,
      end_date: input.endDate,
    };
    await writeProject(trx, ctx, before, input.version, values, 'project.update', {
      ...diff(before, { ...values, goals: input.goals }),
    });
  });
  return getProject(ctx, id);
}

export async function setGate(
  ctx: Ctx,
  id: string,
  gate: { phase: Phase; key: string },
  input: { done: boolean; version: number },
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectRowOf(trx, workspaceId, id);
    assertOpen(before);
    if (!gateChecklist[gate.phase].includes(gate.key)) {
      throw invalidField('key', `not on the ${gate.phase} checklist`);
    }
    if (gate.phase === 'closure') {
      throw new AppError('unprocessable', 'The closure checklist follows from the records');
    }
    const gates = {
      ...before.gates,
      [gate.phase]: { ...before.gates[gate.phase], [gate.key]: input.done },
    };
    await writeProject(
      trx,
      ctx,
      before,
      input.version,
      { gates: JSON.stringify(gates) },
      'project.gate',
      {
        [`${gate.phase}.${gate.key}`]: {
          before: before.gates[gate.phase]?.[gate.key] ?? false,
          after: input.done,
        },
      },
    );
  });
  return getProject(ctx, id);
}

/**
 * Moves the project to its next phase, closure to closed. The phase's checklist must be done,
 * or the move carries a reason the audit log keeps.
 */
export async function advancePhase(ctx: Ctx, id: string, input: z.infer<typeof advanceBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectRowOf(trx, workspaceId, id);
    assertVersion(before, input.version);
    assertOpen(before);
    const phase = before.phase as Phase;
    const done = phase === 'closure' ? await closureFacts(trx, before) : before.gates[phase];
    const open = gateChecklist[phase].filter((k) => !done?.[k]);
    if (open.length > 0 && !input.overrideReason) {
      throw new AppError('unprocessable', `The ${phase} checklist is not done: ${open.join(', ')}`);
    }
    const next: ProjectPhase = phases[phases.indexOf(phase) + 1] ?? 'closed';
    const values = { phase: next, closed_at: next === 'closed' ? isoNow(ctx.clock) : undefined };
    await writeProject(trx, ctx, before, input.version, values, 'project.advance', {
      phase: { before: phase, after: next },
      ...(open.length > 0 ? { override: { after: { open, reason: input.overrideReason } } } : {}),
    });
  });
  return getProject(ctx, id);
}
