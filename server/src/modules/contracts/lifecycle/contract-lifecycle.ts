import type { ContractStatus } from '../contracts.table.ts';

/**
 * Every move a contract may make. Review, approval and signing have their own actions;
 * active, expiring, expired and renewed are reached by the daily job or by signing a renewal.
 * Termination needs a reason.
 */
export const contractTransitions: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ['in_review'],
  in_review: ['approved', 'draft'],
  approved: ['signed', 'draft'],
  signed: ['active', 'terminated'],
  active: ['expiring', 'expired', 'renewed', 'terminated'],
  expiring: ['active', 'expired', 'renewed', 'terminated'],
  renewed: [],
  terminated: [],
  expired: [],
};

/** Only a draft is edited directly; after signing, changes go through an amendment. */
export const isEditable = (status: ContractStatus) => status === 'draft';

/** In force: work may be done and billed under it. */
export const isInForce = (status: ContractStatus) =>
  status === 'active' || status === 'expiring' || status === 'signed';

export const canMove = (from: ContractStatus, to: ContractStatus) =>
  contractTransitions[from].includes(to);

/** The buttons a contract page offers, given the status (permissions are checked by the server). */
export const contractActions = [
  'edit',
  'submit',
  'withdraw',
  'decide',
  'sign',
  'amend',
  'terminate',
  'renew',
] as const;
export type ContractAction = (typeof contractActions)[number];

export function actionsFor(status: ContractStatus): ContractAction[] {
  const actions: ContractAction[] = [];
  if (isEditable(status)) actions.push('edit', 'submit');
  if (status === 'in_review') actions.push('decide', 'withdraw');
  if (status === 'approved') actions.push('sign', 'withdraw');
  if (isInForce(status)) actions.push('amend');
  if (canMove(status, 'terminated')) actions.push('terminate');
  if (status === 'active' || status === 'expiring') actions.push('renew');
  return actions;
}
