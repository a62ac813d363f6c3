import type { z } from 'zod';
import type { Column } from '../../platform/http/table-export.ts';
import { minorDigits } from '../../platform/money.ts';
import type { contractSchema } from './contracts.schema.ts';

type Contract = z.infer<typeof contractSchema>;

/** Money in a spreadsheet reads as major units with the currency beside it. */
const major = (minor: number | null, currency: string) =>
  minor === null ? null : minor / 10 ** minorDigits(currency);

export const contractColumns: Column<Contract>[] = [
  { header: 'number', value: (c) => c.number },
  { header: 'title', value: (c) => c.title },
  { header: 'partyType', value: (c) => c.partyType },
  { header: 'counterparty', value: (c) => c.counterparty.name },
  { header: 'type', value: (c) => c.type },
  { header: 'parent', value: (c) => c.parent?.number ?? null },
  { header: 'status', value: (c) => c.status },
  { header: 'currency', value: (c) => c.currency },
  { header: 'value', value: (c) => major(c.valueMinor, c.currency) },
  { header: 'startDate', value: (c) => c.startDate },
  { header: 'endDate', value: (c) => c.endDate },
  { header: 'billingModel', value: (c) => c.billingModel },
  { header: 'cap', value: (c) => major(c.capMinor, c.currency) },
  { header: 'noticeDays', value: (c) => c.noticeDays },
  { header: 'autoRenew', value: (c) => (c.autoRenew ? 'yes' : 'no') },
  { header: 'owner', value: (c) => c.owner?.name ?? null },
  { header: 'signedOn', value: (c) => c.signedOn },
];
