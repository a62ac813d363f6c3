import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { draftContractRow, getContractRow } from '../contracts.repository.ts';
import type { insertClauseBody } from './clauses.schema.ts';
import { clauseRow } from './clauses.service.ts';
import { insertObligation } from './obligations.service.ts';

function clauseRows(db: Executor, workspaceId: string, contractId: string) {
  return db
    .selectFrom('contract_clauses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contract_id', '=', contractId)
    .orderBy('position')
    .execute();
}

/** The contract's terms clause by clause; the counterparty's portal users read them too. */
export async function listContractClauses(ctx: Ctx, contractId: string) {
  const workspaceId = workspaceOf(ctx);
  if (!(await getContractRow(ctx.db, workspaceId, contractId, partyOf(ctx)))) {
    throw notFound('Contract');
  }
  return (await clauseRows(ctx.db, workspaceId, contractId)).map((c) => ({
    id: c.id,
    clauseId: c.clause_id,
    position: c.position,
    language: c.language,
    category: c.category,
    title: c.title,
    text: c.text,
  }));
}

/**
 * Copies a library clause into a draft's terms in one language, and adds the obligation the
 * clause carries, due its number of days after the contract starts, owned by the contract's
 * owner.
 */
export async function insertContractClause(
  ctx: Ctx,
  contractId: string,
  input: z.infer<typeof insertClauseBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const contract = await draftContractRow(trx, ctx, contractId, 'clauses');
    const clause = await clauseRow(trx, workspaceId, input.clauseId);
    if (!clause?.active) {
      throw new AppError('unprocessable', 'Choose an active clause from the library', {
        fields: { 'body.clauseId': ['not an active clause'] },
      });
    }
    const zh = input.language === 'zh-CN';
    const existing = await clauseRows(trx, workspaceId, contractId);
    const id = newId();
    const now = isoNow(ctx.clock);
    const title = zh ? clause.title_zh : clause.title_en;
    await trx
      .insertInto('contract_clauses')
      .values({
        id,
        workspace_id: workspaceId,
        contract_id: contractId,
        clause_id: clause.id,
        position: (existing.at(-1)?.position ?? 0) + 1,
        language: input.language,
        category: clause.category,
        title,
        text: zh ? clause.text_zh : clause.text_en,
        created_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    const obligation = zh ? clause.obligation_zh : clause.obligation_en;
    if (obligation && clause.obligation_due_days !== null) {
      await insertObligation(trx, ctx, contractId, {
        title: obligation,
        owner_id: contract.owner_id,
        due_date: addDays(contract.start_date, clause.obligation_due_days),
        contract_clause_id: id,
      });
    }
    await audit(trx, ctx, {
      action: 'contract.clause_add',
      entityType: 'contract',
      entityId: contractId,
      changes: { clause: { after: { title, language: input.language, obligation } } },
    });
  });
  return listContractClauses(ctx, contractId);
}

/** Takes a clause out of a draft, with the obligations it brought. */
export async function removeContractClause(ctx: Ctx, contractId: string, id: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await draftContractRow(trx, ctx, contractId, 'clauses');
    const clause = (await clauseRows(trx, workspaceId, contractId)).find((c) => c.id === id);
    if (!clause) throw notFound('Clause');
    await trx.deleteFrom('contract_obligations').where('contract_clause_id', '=', id).execute();
    await trx.deleteFrom('contract_clauses').where('id', '=', id).execute();
    await audit(trx, ctx, {
      action: 'contract.clause_remove',
      entityType: 'contract',
      entityId: contractId,
      changes: { clause: { before: { title: clause.title } } },
    });
  });
  return listContractClauses(ctx, contractId);
}
