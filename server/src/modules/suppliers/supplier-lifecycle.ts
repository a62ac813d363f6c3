import type { SupplierStatus } from './suppliers.table.ts';

/**
 * Where a supplier may go from each status. Blacklisted suppliers can only be rehabilitated
 * back to prospect; every move into suspended or blacklisted, and out of blacklisted, needs a
 * recorded reason.
 */
export const supplierTransitions: Record<SupplierStatus, readonly SupplierStatus[]> = {
  prospect: ['onboarding', 'blacklisted'],
  onboarding: ['approved', 'prospect', 'blacklisted'],
  approved: ['suspended', 'blacklisted'],
  suspended: ['approved', 'blacklisted'],
  blacklisted: ['prospect'],
};

export function needsReason(from: SupplierStatus, to: SupplierStatus): boolean {
  return to === 'suspended' || to === 'blacklisted' || from === 'blacklisted';
}

/** Blacklisted suppliers may not be put on new contracts or RFQs (used by those modules). */
export const isBlacklisted = (status: SupplierStatus) => status === 'blacklisted';
