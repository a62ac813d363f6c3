/** Files on records: modules declare an owner and mount the routes under their own paths. */
export type { DocumentOwner } from './document-owner.ts';
export { documentRoutes } from './documents.routes.ts';
export { addDocument, removeDocumentsOf } from './documents.service.ts';
