import { create as contentDisposition } from 'content-disposition';
import { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import type { Permission } from '../access/permissions.ts';
import type { Ctx } from '../context.ts';
import { notFound, parseFields } from '../errors/app-error.ts';
import { pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import type { DocumentOwner } from './document-owner.ts';
import { documentSchema, uploadFields } from './documents.schema.ts';
import * as documents from './documents.service.ts';
import { readUpload } from './upload.ts';

export type DocumentRoutesSpec<P extends z.ZodObject> = {
  owner: DocumentOwner;
  /** The owner record's path, e.g. /api/v1/contracts/:id. */
  path: string;
  params: P;
  tags: string[];
  read: Permission;
  write: Permission;
  /** Portal-safe: portal users reach these routes (and see the owner's portal categories). */
  portal?: true;
  /** The owner's id when the caller may see the record (portal users only their own). */
  find: (db: Executor, ctx: Ctx, params: z.infer<P>) => Promise<string | null | undefined>;
};

type One<P extends z.ZodObject> = z.infer<P> & { documentId: string };
type OneVersion<P extends z.ZodObject> = One<P> & { version: number };

const multipartNote =
  'multipart/form-data with the file in the field "file"; see docs/api.md for accepted types.';

/** Upload, list, version, download and delete files on one kind of record. */
export function documentRoutes<P extends z.ZodObject>(app: App, spec: DocumentRoutesSpec<P>) {
  const r = typed(app);
  const { owner, tags } = spec;
  const base = `${spec.path}/documents`;
  const one = spec.params.extend({ documentId: z.uuid() });
  const oneVersion = one.extend({ version: z.coerce.number().int().min(1) });
  const fields = uploadFields(owner.categories);

  async function owned(ctx: Ctx, params: z.infer<P>) {
    const ownerId = await spec.find(ctx.db, ctx, params);
    if (!ownerId) throw notFound(owner.type);
    return { owner, ownerId };
  }

  r.get(base, {
    config: { access: spec.read, portal: spec.portal },
    schema: {
      tags,
      params: spec.params,
      querystring: pageQuery,
      response: { 200: pageOf(documentSchema) },
    },
    handler: async (req) =>
      pageFromAll(
        await documents.listDocuments(req.ctx, await owned(req.ctx, req.params as z.infer<P>)),
        req.query,
      ),
  });

  r.post(base, {
    config: { access: spec.write, portal: spec.portal },
    schema: {
      tags,
      params: spec.params,
      consumes: ['multipart/form-data'],
      description: `${multipartNote} Fields: category (${owner.categories.join(', ')}), name.`,
      response: { 201: documentSchema },
    },
    handler: async (req, reply) => {
      const target = await owned(req.ctx, req.params as z.infer<P>);
      const upload = await readUpload(req);
      const values = parseFields(fields, upload.fields);
      return reply.code(201).send(await documents.addDocument(req.ctx, target, upload, values));
    },
  });

  r.post(`${base}/:documentId/versions`, {
    config: { access: spec.write, portal: spec.portal },
    schema: {
      tags,
      params: one,
      consumes: ['multipart/form-data'],
      description: multipartNote,
      response: { 201: documentSchema },
    },
    handler: async (req, reply) => {
      const params = req.params as One<P>;
      const target = await owned(req.ctx, params);
      const upload = await readUpload(req);
      return reply
        .code(201)
        .send(await documents.addVersion(req.ctx, target, params.documentId, upload));
    },
  });

  r.get(`${base}/:documentId/versions/:version/content`, {
    config: { access: spec.read, portal: spec.portal },
    schema: { tags, params: oneVersion, produces: ['application/octet-stream'] },
    handler: async (req, reply) => {
      const params = req.params as OneVersion<P>;
      const target = await owned(req.ctx, params);
      const file = await documents.documentContent(
        req.ctx,
        target,
        params.documentId,
        params.version,
      );
      // Always a download: an uploaded file is never rendered inside the app's origin.
      return reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .send(Buffer.from(file.content));
    },
  });

  r.delete(`${base}/:documentId`, {
    config: { access: spec.write, portal: spec.portal },
    schema: { tags, params: one, response: { 200: z.array(documentSchema) } },
    handler: async (req) => {
      const params = req.params as One<P>;
      const target = await owned(req.ctx, params);
      return documents.removeDocument(req.ctx, target, params.documentId);
    },
  });
}
