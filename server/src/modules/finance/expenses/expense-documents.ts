import type { DocumentOwner } from '../../../platform/documents/document-owner.ts';

/** A claim line's receipt (发票 or 收据, a photo or PDF) and anything else that backs it. */
export const expenseLineDocuments: DocumentOwner = {
  type: 'expense_line',
  categories: ['receipt', 'other'],
  // A receipt backs money paid out: replaced by a new version, never deleted.
  permanent: ['receipt'],
};
