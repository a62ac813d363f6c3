import { invalidField } from '../../platform/errors/app-error.ts';
import type {
  BillingModel,
  ContractType,
  FeeScheduleItem,
  RetainerPeriod,
} from './contracts.table.ts';

export type Terms = {
  type: ContractType;
  valueMinor: number;
  startDate: string;
  endDate: string | null;
  billingModel: BillingModel;
  capMinor: number | null;
  hourBlock: number | null;
  /** Left out where it does not change: a retainer's renewal, checked against its end. */
  retainerPeriod?: RetainerPeriod | undefined;
  feeSchedule: FeeScheduleItem[];
};

/**
 * Rules that tie fields together: dates in order, and each billing model with only the
 * figures it uses (a cap for T&M, an hour block for a retainer, which needs an end to renew
 * per period, a fee schedule for fixed price that never exceeds the contract value).
 */
export function checkTerms(t: Terms): void {
  if (t.endDate && t.endDate < t.startDate) throw invalidField('endDate', 'ends before it starts');
  if (t.capMinor !== null && t.billingModel !== 'time_and_materials') {
    throw invalidField('capMinor', 'only time and materials contracts have a cap');
  }
  if (t.billingModel === 'retainer' && t.hourBlock === null) {
    throw invalidField('hourBlock', 'a retainer needs its prepaid hours');
  }
  if (t.hourBlock !== null && t.billingModel !== 'retainer') {
    throw invalidField('hourBlock', 'only retainers have an hour block');
  }
  // Its value is split evenly over its periods, so a renewing retainer has a last one.
  if (t.billingModel === 'retainer' && (t.retainerPeriod ?? 'term') !== 'term' && !t.endDate) {
    throw invalidField('endDate', 'a retainer renewing per month or quarter needs an end date');
  }
  if (t.feeSchedule.length > 0 && t.billingModel !== 'fixed_price') {
    throw invalidField('feeSchedule', 'only fixed price contracts have a fee schedule');
  }
  const scheduled = t.feeSchedule.reduce((sum, f) => sum + f.amountMinor, 0);
  if (scheduled > t.valueMinor) {
    throw invalidField('feeSchedule', 'the fee schedule adds up to more than the contract value');
  }
}

/** Which contracts may sit under which: SOWs and purchase agreements under an MSA or framework. */
export function checkParent(child: ContractType, parent: ContractType): void {
  if (parent !== 'msa' && parent !== 'framework') {
    throw invalidField('parentId', 'the parent must be an MSA or a framework agreement');
  }
  if (child === 'msa' || child === 'framework') {
    throw invalidField('parentId', 'an MSA or framework agreement has no parent');
  }
}
