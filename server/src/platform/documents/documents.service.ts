import type { Executor } from '../../db/database.ts';
import { audit } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, workspaceOf } from '../context.ts';
import { sha256 } from '../crypto.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import type { DocumentOwner } from './document-owner.ts';
import { detectMediaType } from './media-types.ts';
import type { Upload } from './upload.ts';

type Owned = { owner: DocumentOwner; ownerId: string };

function visibleCategories(ctx: Ctx, owner: DocumentOwner): readonly string[] {
  return ctx.membership?.party && owner.portalCategories
    ? owner.portalCategories
    : owner.categories;
}

export async function listDocuments(ctx: Ctx, { owner, ownerId }: Owned) {
  const categories = visibleCategories(ctx, owner);
  const documents = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', ownerId)
    .where('category', 'in', categories)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (documents.length === 0) return [];
  const versions = await ctx.db
    .selectFrom('document_versions as v')
    .leftJoin('users as u', 'u.id', 'v.uploaded_by')
    .select([
      'v.document_id',
      'v.version',
      'v.file_name',
      'v.media_type',
      'v.size_bytes',
      'v.sha256',
      'v.uploaded_at',
      'u.name as uploader',
    ])
    .where(
      'v.document_id',
      'in',
      documents.map((d) => d.id),
    )
    .orderBy('v.version', 'desc')
    .execute();
  return documents.map((d) => ({
    id: d.id,
    category: d.category,
    name: d.name,
    latestVersion: d.latest_version,
    createdAt: d.created_at,
    versions: versions
      .filter((v) => v.document_id === d.id)
      .map((v) => ({
        version: v.version,
        fileName: v.file_name,
        mediaType: v.media_type,
        sizeBytes: v.size_bytes,
        sha256: v.sha256,
        uploadedAt: v.uploaded_at,
        uploadedBy: v.uploader,
      })),
  }));
}

async function insertVersion(
  trx: Executor,
  ctx: Ctx,
  documentId: string,
  version: number,
  upload: Upload,
) {
  const file = {
    file_name: upload.fileName,
    media_type: await detectMediaType(upload.bytes, upload.fileName),
    size_bytes: upload.bytes.length,
    sha256: sha256(upload.bytes),
  };
  await trx
    .insertInto('document_versions')
    .values({
      ...file,
      document_id: documentId,
      version,
      uploaded_at: isoNow(ctx.clock),
      uploaded_by: ctx.actor.userId,
    })
    .execute();
  await trx
    .insertInto('document_contents')
    .values({ document_id: documentId, version, content: upload.bytes })
    .execute();
  return file;
}

/** A new document with its first version. */
export async function addDocument(
  ctx: Ctx,
  { owner, ownerId }: Owned,
  upload: Upload,
  fields: { category: string; name?: string | undefined },
) {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    const name = fields.name ?? upload.fileName;
    await trx
      .insertInto('documents')
      .values({
        id,
        workspace_id: workspaceOf(ctx),
        owner_type: owner.type,
        owner_id: ownerId,
        category: fields.category,
        name,
        latest_version: 1,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    const file = await insertVersion(trx, ctx, id, 1, upload);
    await audit(trx, ctx, {
      action: 'document.upload',
      entityType: owner.type,
      entityId: ownerId,
      changes: { document: { after: { name, category: fields.category, version: 1, ...file } } },
    });
  });
  return documentOf(ctx, { owner, ownerId }, id);
}

async function documentRow(db: Executor, ctx: Ctx, { owner, ownerId }: Owned, id: string) {
  const row = await db
    .selectFrom('documents')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('owner_type', '=', owner.type)
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('category', 'in', visibleCategories(ctx, owner))
    .executeTakeFirst();
  if (!row) throw notFound('Document');
  return row;
}

async function documentOf(ctx: Ctx, owned: Owned, id: string) {
  const found = (await listDocuments(ctx, owned)).find((d) => d.id === id);
  if (!found) throw notFound('Document');
  return found;
}

/** The next version of a document; earlier versions stay downloadable. */
export async function addVersion(ctx: Ctx, owned: Owned, id: string, upload: Upload) {
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await documentRow(trx, ctx, owned, id);
    const version = doc.latest_version + 1;
    // The version check makes two concurrent uploads of the same document number distinctly.
    const moved = await trx
      .updateTable('documents')
      .set({ latest_version: version, updated_at: isoNow(ctx.clock) })
      .where('id', '=', id)
      .where('latest_version', '=', doc.latest_version)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      throw new AppError('version_conflict', 'Another version was uploaded at the same time');
    }
    const file = await insertVersion(trx, ctx, id, version, upload);
    await audit(trx, ctx, {
      action: 'document.version',
      entityType: owned.owner.type,
      entityId: owned.ownerId,
      changes: { document: { after: { name: doc.name, version, ...file } } },
    });
  });
  return documentOf(ctx, owned, id);
}

export async function documentContent(ctx: Ctx, owned: Owned, id: string, version: number) {
  await documentRow(ctx.db, ctx, owned, id);
  const file = await ctx.db
    .selectFrom('document_versions as v')
    .innerJoin('document_contents as c', (j) =>
      j.onRef('c.document_id', '=', 'v.document_id').onRef('c.version', '=', 'v.version'),
    )
    .select(['v.file_name', 'v.media_type', 'c.content'])
    .where('v.document_id', '=', id)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!file) throw notFound('Version');
  return { fileName: file.file_name, mediaType: file.media_type, content: file.content };
}

export async function removeDocument(ctx: Ctx, owned: Owned, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await documentRow(trx, ctx, owned, id);
    if (owned.owner.permanent?.includes(doc.category)) {
      throw new AppError('conflict', 'This document is kept as evidence; upload a new version');
    }
    await deleteDocuments(trx, [id]);
    await audit(trx, ctx, {
      action: 'document.delete',
      entityType: owned.owner.type,
      entityId: owned.ownerId,
      changes: {
        document: {
          before: { name: doc.name, category: doc.category, versions: doc.latest_version },
        },
      },
    });
  });
  return listDocuments(ctx, owned);
}

/** Deletes every file on a record that is itself being deleted, in the caller's transaction. */
export async function removeDocumentsOf(
  trx: Executor,
  workspaceId: string,
  owner: DocumentOwner,
  ownerId: string,
) {
  const ids = (
    await trx
      .selectFrom('documents')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('owner_type', '=', owner.type)
      .where('owner_id', '=', ownerId)
      .execute()
  ).map((d) => d.id);
  if (ids.length > 0) await deleteDocuments(trx, ids);
  return ids.length;
}

async function deleteDocuments(trx: Executor, ids: string[]) {
  await trx.deleteFrom('document_contents').where('document_id', 'in', ids).execute();
  await trx.deleteFrom('document_versions').where('document_id', 'in', ids).execute();
  await trx.deleteFrom('documents').where('id', 'in', ids).execute();
}
