import type { Column } from '../../platform/http/table-export.ts';
import type { presentClient } from './clients.service.ts';

type Client = ReturnType<typeof presentClient>;

/** The client list as a spreadsheet; headers are the field names the import reads back. */
export const clientColumns: Column<Client>[] = [
  { header: 'number', value: (c) => c.number },
  { header: 'name', value: (c) => c.name },
  { header: 'legalName', value: (c) => c.legalName },
  { header: 'industry', value: (c) => c.industry },
  { header: 'country', value: (c) => c.country },
  { header: 'tier', value: (c) => c.tier },
  { header: 'status', value: (c) => c.status },
  { header: 'owner', value: (c) => c.owner?.name ?? null },
  { header: 'tags', value: (c) => c.tags.join('; ') },
  { header: 'taxId', value: (c) => c.taxId },
  { header: 'billingEmail', value: (c) => c.billingEmail },
  { header: 'billingAddress', value: (c) => c.billingAddress },
  { header: 'billingPhone', value: (c) => c.billingPhone },
  { header: 'billingBank', value: (c) => c.billingBank },
  { header: 'paymentTermsDays', value: (c) => c.paymentTermsDays },
  { header: 'contactCount', value: (c) => c.contactCount },
  { header: 'createdAt', value: (c) => c.createdAt },
];
