import { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { type Ctx, workspaceOf } from '../context.ts';
import { decodeCursor, toPage } from '../http/pagination.ts';
import { chainOf } from './audit-chain.ts';
import { verifyChain } from './audit-verify.ts';

export type AuditFilter = {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const auditCursor = z.object({ at: z.string(), id: z.string() });

/** Newest first; each filter has a (workspace, filter…, at, id) index or a small entity set. */
function filtered(db: Executor, workspaceId: string, f: AuditFilter) {
  let q = db.selectFrom('audit_entries').where('workspace_id', '=', workspaceId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  return q;
}

const columns = [
  'id',
  'seq',
  'at',
  'actor_type',
  'actor_id',
  'actor_label',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'request_id',
  'ip',
] as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(
  db: Executor,
  workspaceId: string,
  f: AuditFilter,
  limit: number,
  after: { at: string; id: string } | null,
) {
  let q = filtered(db, workspaceId, f).select(columns);
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export const presentAuditEntry = (row: Row) => ({
  id: row.id,
  seq: row.seq,
  at: row.at,
  actorType: row.actor_type,
  actorId: row.actor_id,
  actorLabel: row.actor_label,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
  requestId: row.request_id,
  ip: row.ip,
});

export async function listAudit(
  ctx: Ctx,
  query: AuditFilter & { limit: number; cursor?: string | undefined },
) {
  const after = decodeCursor(auditCursor, query.cursor);
  const rows = await findRows(ctx.db, workspaceOf(ctx), query, query.limit + 1, after);
  return toPage(rows, query.limit, presentAuditEntry, (r) => ({ at: r.at, id: r.id }));
}

const EXPORT_PAGE = 2000;
const EXPORT_MAX = 1_000_000;

/** Streams CSV page by page, so a large export never sits in memory whole. */
export async function* exportAuditCsv(ctx: Ctx, filter: AuditFilter): AsyncGenerator<string> {
  const workspaceId = workspaceOf(ctx);
  yield 'at,actor,action,entity_type,entity_id,changes,request_id,ip\n';
  let after: { at: string; id: string } | null = null;
  for (let sent = 0; sent < EXPORT_MAX; sent += EXPORT_PAGE) {
    const rows = await findRows(ctx.db, workspaceId, filter, EXPORT_PAGE, after);
    yield rows
      .map((r) =>
        [
          r.at,
          r.actor_label ?? r.actor_id ?? r.actor_type,
          r.action,
          r.entity_type,
          r.entity_id,
          r.changes ? JSON.stringify(r.changes) : '',
          r.request_id,
          r.ip,
        ]
          .map(csvField)
          .join(','),
      )
      .map((line) => `${line}\n`)
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_PAGE) return;
    after = { at: last.at, id: last.id };
  }
}

/** Quotes every field and neutralises spreadsheet formulas (CSV injection). */
function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function verifyWorkspaceChain(ctx: Ctx) {
  return verifyChain(ctx.db, chainOf(workspaceOf(ctx)));
}
