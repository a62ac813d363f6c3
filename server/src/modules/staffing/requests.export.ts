import type { Column } from '../../platform/http/table-export.ts';
import type { getRequest } from './requests.service.ts';

type StaffingRequest = Awaited<ReturnType<typeof getRequest>>;

/** The staffing requests list as a spreadsheet: what is asked for, and how far it is filled. */
export const requestColumns: Column<StaffingRequest>[] = [
  { header: 'number', value: (r) => r.number },
  { header: 'position', value: (r) => r.position.nameEn },
  { header: 'seniority', value: (r) => r.seniority },
  { header: 'opportunity', value: (r) => r.opportunity?.name ?? null },
  {
    header: 'skills',
    value: (r) => r.skills.map((s) => `${s.nameEn}>=${s.minProficiency}x${s.weight}`).join('; '),
  },
  { header: 'languages', value: (r) => r.languages.map((l) => `${l.code}:${l.level}`).join('; ') },
  { header: 'startDate', value: (r) => r.startDate },
  { header: 'endDate', value: (r) => r.endDate },
  { header: 'hoursPerWeek', value: (r) => r.hoursPerWeek },
  { header: 'headcount', value: (r) => r.headcount },
  { header: 'filled', value: (r) => r.filled },
  { header: 'maxRateMinor', value: (r) => r.maxRateMinor },
  { header: 'currency', value: (r) => r.currency },
  { header: 'status', value: (r) => r.status },
];
