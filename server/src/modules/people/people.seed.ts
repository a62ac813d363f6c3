import type { Ctx } from '../../platform/context.ts';
import type { Seniority } from '../contracts/index.ts';
import { addCostRate } from './cost-rates.service.ts';
import { createPerson } from './people.service.ts';
import type { PersonLanguage } from './people.table.ts';

type Employee = {
  name: string;
  title: string;
  grade: Seniority;
  department: string;
  location: string;
  timeZone: string;
  languages: PersonLanguage[];
  /** Hourly cost in fen. */
  cost: number;
};

const zh: PersonLanguage = { code: 'zh', level: 'native' };
const en = (level: PersonLanguage['level']): PersonLanguage => ({ code: 'en', level });

const employees: Employee[] = [
  {
    name: '周杰',
    title: '交付经理',
    grade: 'lead',
    department: '交付中心',
    location: '上海',
    timeZone: 'Asia/Shanghai',
    languages: [zh, en('fluent')],
    cost: 42_000,
  },
  {
    name: '李明',
    title: '项目经理',
    grade: 'senior',
    department: '交付中心',
    location: '上海',
    timeZone: 'Asia/Shanghai',
    languages: [zh, en('working')],
    cost: 33_000,
  },
  {
    name: '陈静',
    title: 'Java 开发工程师',
    grade: 'senior',
    department: '应用开发',
    location: '上海',
    timeZone: 'Asia/Shanghai',
    languages: [zh, en('working')],
    cost: 26_000,
  },
  {
    name: '刘洋',
    title: 'Java 开发工程师',
    grade: 'intermediate',
    department: '应用开发',
    location: '杭州',
    timeZone: 'Asia/Shanghai',
    languages: [zh],
    cost: 19_000,
  },
  {
    name: '赵敏',
    title: '服务台主管',
    grade: 'senior',
    department: '运维服务',
    location: '上海',
    timeZone: 'Asia/Shanghai',
    languages: [zh, en('fluent')],
    cost: 21_000,
  },
  {
    name: '孙磊',
    title: '服务台工程师',
    grade: 'junior',
    department: '运维服务',
    location: '成都',
    timeZone: 'Asia/Shanghai',
    languages: [zh],
    cost: 11_000,
  },
  {
    name: 'Anna Schmidt',
    title: 'SAP consultant',
    grade: 'senior',
    department: 'Application services',
    location: 'Berlin',
    timeZone: 'Europe/Berlin',
    languages: [{ code: 'de', level: 'native' }, en('fluent')],
    cost: 52_000,
  },
];

/**
 * Our people and two suppliers' workers, so staffing has someone to staff: employees with
 * their cost rates, 智联科技's workers under the service desk contract (priced by its card).
 */
export async function seedPeople(
  admin: Ctx,
  refs: { calendarId: string; suppliers: string[]; supplierContractId: string; today: string },
) {
  let manager: string | null = null;
  for (const e of employees) {
    const { cost, ...profile } = e;
    const person = await createPerson(admin, {
      ...profile,
      kind: 'employee',
      status: 'active',
      managerId: manager,
      calendarId: e.timeZone === 'Asia/Shanghai' ? refs.calendarId : null,
      startDate: '2024-03-01',
      hoursPerWeek: 40,
      partTimePercent: 100,
    });
    manager ??= person.id;
    await addCostRate(admin, person.id, {
      rateMinor: cost,
      currency: 'CNY',
      effectiveFrom: '2026-01-01',
    });
  }
  const [zhilian, baltic] = refs.suppliers as [string, string];
  for (const [name, title, grade] of [
    ['张磊', '服务台工程师', 'intermediate'],
    ['吴芳', '服务台工程师', 'intermediate'],
    ['郑浩', '桌面运维工程师', 'senior'],
  ] as const) {
    await createPerson(admin, {
      kind: 'supplier_worker',
      name,
      title,
      grade,
      supplierId: zhilian,
      supplierContractId: refs.supplierContractId,
      calendarId: refs.calendarId,
      location: '上海',
      timeZone: 'Asia/Shanghai',
      languages: [zh],
      status: 'active',
      startDate: refs.today,
      hoursPerWeek: 40,
      partTimePercent: 100,
    });
  }
  await createPerson(admin, {
    kind: 'supplier_worker',
    name: 'Jonas Kazlauskas',
    title: 'Service desk agent',
    grade: 'intermediate',
    supplierId: baltic,
    location: 'Vilnius',
    timeZone: 'Europe/Vilnius',
    languages: [{ code: 'lt', level: 'native' }, en('fluent'), { code: 'de', level: 'working' }],
    status: 'active',
    hoursPerWeek: 40,
    partTimePercent: 50,
  });
}
