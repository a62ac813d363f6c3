import type { Ctx } from '../../platform/context.ts';
import type { Seniority } from '../contracts/index.ts';
import { addCostRate } from './cost-rates.service.ts';
import { createPerson } from './people.service.ts';
import type { PersonLanguage } from './people.table.ts';
import { setPersonSkill, verifyPersonSkill } from './person-skills.service.ts';
import { seedSkills } from './skills.seed.ts';

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
  skills: [name: string, proficiency: number][];
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
    skills: [
      ['Project management', 5],
      ['ITIL', 4],
      ['Banking domain', 4],
    ],
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
    skills: [
      ['Project management', 4],
      ['Agile delivery', 4],
    ],
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
    skills: [
      ['Java', 5],
      ['Database administration', 3],
      ['Banking domain', 3],
    ],
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
    skills: [
      ['Java', 3],
      ['Front-end development', 3],
    ],
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
    skills: [
      ['Service desk', 5],
      ['ITIL', 4],
      ['Desktop support', 3],
    ],
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
    skills: [
      ['Service desk', 2],
      ['Desktop support', 2],
    ],
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
    skills: [
      ['SAP FI/CO', 5],
      ['SAP ABAP', 3],
    ],
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
  const skills = await seedSkills(admin);
  const verify = async (personId: string, list: [string, number][]) => {
    for (const [name, proficiency] of list) {
      const skillId = skills.get(name) as string;
      await setPersonSkill(admin, personId, skillId, { proficiency });
      await verifyPersonSkill(admin, personId, skillId);
    }
  };
  let manager: string | null = null;
  for (const e of employees) {
    const { cost, skills: own, ...profile } = e;
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
    await verify(person.id, own);
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
    const worker = await createPerson(admin, {
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
    const own: [string, number][] =
      grade === 'senior'
        ? [['Desktop support', 4]]
        : [
            ['Service desk', 3],
            ['ITIL', 2],
          ];
    await verify(worker.id, own);
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
