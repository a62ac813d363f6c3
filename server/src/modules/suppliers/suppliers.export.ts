import type { Column } from '../../platform/http/table-export.ts';
import type { presentSupplier } from './suppliers.service.ts';

type Supplier = ReturnType<typeof presentSupplier>;

/** The supplier list as a spreadsheet; bank details stay out of it. */
export const supplierColumns: Column<Supplier>[] = [
  { header: 'number', value: (s) => s.number },
  { header: 'name', value: (s) => s.name },
  { header: 'legalName', value: (s) => s.legalName },
  { header: 'country', value: (s) => s.country },
  { header: 'status', value: (s) => s.status },
  { header: 'riskTier', value: (s) => s.riskTier },
  { header: 'categories', value: (s) => s.categories.join('; ') },
  { header: 'skills', value: (s) => s.skills.join('; ') },
  { header: 'regions', value: (s) => s.regions.join('; ') },
  { header: 'languages', value: (s) => s.languages.join('; ') },
  { header: 'taxId', value: (s) => s.taxId },
  { header: 'email', value: (s) => s.email },
  { header: 'phone', value: (s) => s.phone },
  { header: 'website', value: (s) => s.website },
  { header: 'createdAt', value: (s) => s.createdAt },
];
