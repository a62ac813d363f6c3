import type { DocumentOwner } from '../../../platform/documents/index.ts';

/**
 * Files on a ticket: shared ones belong to its client conversation (the client and the
 * supplier team holding it see them, as mail attachments arrive); internal ones stay ours.
 */
export const ticketDocuments: DocumentOwner = {
  type: 'ticket',
  categories: ['shared', 'internal'],
  portalCategories: ['shared'],
};
