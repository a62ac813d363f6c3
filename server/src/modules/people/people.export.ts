import type { Column } from '../../platform/http/table-export.ts';
import type { getPerson } from './people.service.ts';

type Person = Awaited<ReturnType<typeof getPerson>>;

/** The people list as a spreadsheet, with the columns the import reads back; no costs. */
export const personColumns: Column<Person>[] = [
  { header: 'number', value: (p) => p.number },
  { header: 'kind', value: (p) => p.kind },
  { header: 'name', value: (p) => p.name },
  { header: 'email', value: (p) => p.email },
  { header: 'position', value: (p) => p.position?.nameEn ?? null },
  { header: 'grade', value: (p) => p.grade },
  { header: 'department', value: (p) => p.department },
  { header: 'status', value: (p) => p.status },
  { header: 'supplier', value: (p) => p.supplier?.name ?? null },
  { header: 'location', value: (p) => p.location },
  { header: 'timeZone', value: (p) => p.timeZone },
  { header: 'languages', value: (p) => p.languages.map((l) => `${l.code}:${l.level}`).join('; ') },
  { header: 'startDate', value: (p) => p.startDate },
  { header: 'endDate', value: (p) => p.endDate },
  { header: 'hoursPerWeek', value: (p) => p.hoursPerWeek },
  { header: 'partTimePercent', value: (p) => p.partTimePercent },
];
