import type { DocumentOwner } from '../../../platform/documents/document-owner.ts';

/** The certificate behind a qualification, which the supplier portal uploads itself. */
export const qualificationDocuments: DocumentOwner = {
  type: 'qualification',
  categories: ['certificate', 'other'],
};
