import { type Ctx, workspaceOf } from '../context.ts';
import { csvField } from '../http/csv.ts';
import { keyset, keysetPage } from '../http/keyset.ts';
import { type AuditFilter, auditSorts, findAuditRows } from './audit.repository.ts';
import { chainOf } from './audit-chain.ts';
import { verifyChain } from './audit-verify.ts';

type Row = Awaited<ReturnType<typeof findAuditRows>>[number];

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

export type AuditListQuery = AuditFilter & {
  limit: number;
  sort?: string | undefined;
  cursor?: string | undefined;
};

export async function listAudit(ctx: Ctx, query: AuditListQuery) {
  const k = keyset(auditSorts, 'audit_entries.id', query.sort ?? '-at', query.cursor);
  const rows = await findAuditRows(ctx.db, workspaceOf(ctx), query, k, query.limit);
  return keysetPage(rows, k, query.limit, presentAuditEntry);
}

const EXPORT_PAGE = 2000;
const EXPORT_MAX = 1_000_000;

/** Streams CSV page by page, newest first, so a large export never sits in memory whole. */
export async function* exportAuditCsv(ctx: Ctx, filter: AuditFilter): AsyncGenerator<string> {
  const workspaceId = workspaceOf(ctx);
  yield 'at,actor,action,entity_type,entity_id,changes,request_id,ip\n';
  let k = keyset(auditSorts, 'audit_entries.id', '-at', undefined);
  for (let sent = 0; sent < EXPORT_MAX; ) {
    const rows = await findAuditRows(ctx.db, workspaceId, filter, k, EXPORT_PAGE);
    yield rows.map(csvLine).join('');
    sent += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length <= EXPORT_PAGE) return;
    k = { ...k, after: { v: last.sort_value, id: last.sort_tie } };
  }
}

function csvLine(r: Row): string {
  const fields = [
    r.at,
    r.actor_label ?? r.actor_id ?? r.actor_type,
    r.action,
    r.entity_type,
    r.entity_id,
    r.changes ? JSON.stringify(r.changes) : '',
    r.request_id,
    r.ip,
  ];
  return `${fields.map(csvField).join(',')}\n`;
}

export function verifyWorkspaceChain(ctx: Ctx) {
  return verifyChain(ctx.db, chainOf(workspaceOf(ctx)), ctx.config.secretKey);
}
