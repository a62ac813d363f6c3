import { Readable } from 'node:stream';
import { z } from 'zod';
import { sortParam } from '../http/keyset.ts';
import { listQuery, pageOf } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { instantInput, isoTimestamp } from '../http/schemas.ts';
import { auditSorts } from './audit.repository.ts';
import { exportAuditCsv, listAudit, verifyWorkspaceChain } from './audit-log.service.ts';
import { breakReasons } from './audit-verify.ts';

const filter = z.object({
  actorId: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  from: instantInput.optional(),
  to: instantInput.optional(),
});

const entrySchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    at: isoTimestamp,
    actorType: z.enum(['user', 'api_token', 'system', 'anonymous']),
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    changes: z
      .record(
        z.string(),
        z.object({ before: z.unknown().optional(), after: z.unknown().optional() }),
      )
      .nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export function auditRoutes(app: App) {
  const r = typed(app);
  const tags = ['audit'];

  r.get('/api/v1/audit', {
    config: { access: 'audit:read' },
    schema: {
      tags,
      querystring: listQuery
        .omit({ q: true })
        .extend({ ...filter.shape, sort: sortParam(auditSorts, '-at') }),
      response: { 200: pageOf(entrySchema) },
    },
    handler: (req) => listAudit(req.ctx, req.query),
  });

  r.get('/api/v1/audit/export', {
    config: { access: 'audit:read' },
    schema: { tags, querystring: filter, produces: ['text/csv'] },
    handler: (req, reply) => {
      const stamp = req.ctx.clock.now().toISOString().slice(0, 10);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`);
      return reply.send(Readable.from(exportAuditCsv(req.ctx, req.query)));
    },
  });

  r.post('/api/v1/audit/verify', {
    config: { access: 'audit:read' },
    schema: {
      tags,
      response: {
        200: z.object({
          chain: z.string(),
          entries: z.number().int(),
          ok: z.boolean(),
          brokenAt: z
            .object({
              seq: z.number().int(),
              id: z.string().nullable(),
              reason: z.enum(breakReasons),
            })
            .nullable(),
        }),
      },
    },
    handler: (req) => verifyWorkspaceChain(req.ctx),
  });
}
