import { z } from 'zod';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { workspaceOf } from '../../../platform/context.ts';
import { documentRoutes } from '../../../platform/documents/index.ts';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { getSupplierRow } from '../suppliers.repository.ts';
import { qualificationDocuments } from './qualification-documents.ts';
import * as q from './qualifications.schema.ts';
import * as qualifications from './qualifications.service.ts';

/** Certifications, licences and insurance: the supplier portal adds its own. */
export function qualificationRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const list = { 200: z.array(q.qualificationSchema) };

  r.get('/api/v1/suppliers/:id/qualifications', {
    config: { access: 'suppliers:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(q.qualificationSchema) },
    },
    handler: async (req) =>
      pageFromAll(await qualifications.listQualifications(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/suppliers/:id/qualifications', {
    config: { access: 'suppliers:profile', portal: true },
    schema: { tags, params: idParam, body: q.qualificationBody, response: list },
    handler: (req) => qualifications.addQualification(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/suppliers/:id/qualifications/:qualificationId', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: q.qualificationParams, response: list },
    handler: (req) =>
      qualifications.removeQualification(req.ctx, req.params.id, req.params.qualificationId),
  });

  documentRoutes(app, {
    owner: qualificationDocuments,
    path: '/api/v1/suppliers/:id/qualifications/:qualificationId',
    portal: true,
    params: q.qualificationParams,
    tags,
    read: 'suppliers:read',
    write: 'suppliers:profile',
    find: async (db, ctx, { id, qualificationId }) => {
      const workspaceId = workspaceOf(ctx);
      if (!(await getSupplierRow(db, workspaceId, id, partyOf(ctx)))) return null;
      return qualifications.qualificationIdOf(db, workspaceId, id, qualificationId);
    },
  });
}
