import type { DocumentOwner } from '../../../platform/documents/document-owner.ts';

/** The supplier's bill as a file (its PDF or scan), and what else backs it; the supplier sees all. */
export const billDocuments: DocumentOwner = {
  type: 'supplier_bill',
  categories: ['bill', 'evidence', 'other'],
};
