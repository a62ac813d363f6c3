import type { DocumentOwner } from '../../platform/documents/document-owner.ts';

/**
 * A contract's files. The signed copy is evidence: it gains versions but is never deleted, and
 * it is the only file a client or supplier sees of their contract in the portal.
 */
export const contractDocuments: DocumentOwner = {
  type: 'contract',
  categories: ['signed', 'draft', 'annex', 'correspondence', 'other'],
  portalCategories: ['signed'],
  permanent: ['signed'],
};
