import type { DocumentOwner } from '../../../platform/documents/document-owner.ts';

/** What a deliverable is handed over with; the client sees them all. */
export const deliverableDocuments: DocumentOwner = {
  type: 'deliverable',
  categories: ['deliverable', 'evidence', 'other'],
};
