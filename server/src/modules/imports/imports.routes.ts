import { type App, typed } from '../../platform/http/route.ts';
import { type ImportKindName, importKinds } from './import-kinds.ts';
import { importBody, importResultSchema, previewSchema } from './imports.schema.ts';
import { previewImport, runImport } from './imports.service.ts';

/** Room for a few thousand rows of .xlsx in base64. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** Preview and import of clients, contacts and suppliers from CSV or Excel files. */
export function importRoutes(app: App) {
  const r = typed(app);
  for (const kind of Object.keys(importKinds) as ImportKindName[]) {
    const access = importKinds[kind].permission;
    const tags = ['imports'];
    r.post(`/api/v1/imports/${kind}/preview`, {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access },
      schema: { tags, body: importBody, response: { 200: previewSchema } },
      handler: (req) => previewImport(req.ctx, kind, req.body),
    });
    r.post(`/api/v1/imports/${kind}`, {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access },
      schema: { tags, body: importBody, response: { 200: importResultSchema } },
      handler: (req) => runImport(req.ctx, kind, req.body),
    });
  }
}
