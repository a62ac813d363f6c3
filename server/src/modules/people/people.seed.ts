import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { addDays, weekdayOf } from '../../platform/days.ts';
import type { Seniority } from '../contracts/index.ts';
import type { PositionOf } from '../settings/index.ts';
import { addAbsence, insertAbsence } from './availability/absences.service.ts';
import { addCredential } from './compliance/credentials.service.ts';
import { addCostRate } from './cost-rates.service.ts';
import { getPersonRow } from './people.repository.ts';
import { createPerson } from './people.service.ts';
import type { PersonLanguage } from './people.table.ts';
import { setPersonSkill, verifyPersonSkill } from './skills/person-skills.service.ts';
import { seedSkills } from './skills/skills.seed.ts';

type Employee = {
  name: string;
  /** The position's name (either language) in the demo catalogue. */
  position: string;
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
    position: '交付经理',
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
    position: '项目经理',
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
    position: 'Java 开发工程师',
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
    position: 'Java 开发工程师',
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
    position: '服务台主管',
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
    position: '服务台工程师',
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
    position: 'SAP 顾问',
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

/** More of the delivery centre, in short: name, position, grade, team, city, hourly cost, skills. */
const team: [string, string, Seniority, string, string, number, [string, number][]][] = [
  [
    '王芳',
    '测试工程师',
    'intermediate',
    '质量保障',
    '上海',
    17_000,
    [
      ['Test automation', 4],
      ['Performance testing', 2],
    ],
  ],
  [
    '黄磊',
    '测试经理',
    'senior',
    '质量保障',
    '上海',
    28_000,
    [
      ['Test automation', 4],
      ['Performance testing', 4],
      ['Project management', 3],
    ],
  ],
  ['何丽', '测试工程师', 'junior', '质量保障', '成都', 10_500, [['Test automation', 2]]],
  [
    '高峰',
    '性能测试工程师',
    'senior',
    '质量保障',
    '杭州',
    25_000,
    [
      ['Performance testing', 5],
      ['Linux administration', 3],
    ],
  ],
  [
    '林涛',
    'Java 开发工程师',
    'senior',
    '应用开发',
    '上海',
    27_000,
    [
      ['Java', 4],
      ['Banking domain', 4],
      ['Database administration', 2],
    ],
  ],
  [
    '郭强',
    'Java 开发工程师',
    'junior',
    '应用开发',
    '成都',
    12_000,
    [
      ['Java', 2],
      ['Python', 2],
    ],
  ],
  [
    '马超',
    '前端工程师',
    'intermediate',
    '应用开发',
    '杭州',
    18_500,
    [
      ['Front-end development', 4],
      ['Test automation', 2],
    ],
  ],
  [
    '罗敏',
    '前端工程师',
    'senior',
    '应用开发',
    '上海',
    24_000,
    [
      ['Front-end development', 5],
      ['Agile delivery', 3],
    ],
  ],
  [
    '梁晨',
    'Python 开发工程师',
    'intermediate',
    '数据服务',
    '上海',
    20_000,
    [
      ['Python', 4],
      ['Data analysis', 3],
    ],
  ],
  [
    '宋佳',
    '数据分析师',
    'senior',
    '数据服务',
    '北京',
    26_000,
    [
      ['Data analysis', 5],
      ['Python', 3],
      ['Banking domain', 3],
    ],
  ],
  [
    '唐伟',
    '数据库管理员',
    'senior',
    '运维服务',
    '上海',
    25_500,
    [
      ['Database administration', 5],
      ['Linux administration', 4],
    ],
  ],
  [
    '许可',
    'Linux 运维工程师',
    'intermediate',
    '运维服务',
    '成都',
    16_500,
    [
      ['Linux administration', 4],
      ['Cloud platforms', 3],
    ],
  ],
  [
    '韩雪',
    '云平台工程师',
    'senior',
    '运维服务',
    '上海',
    29_000,
    [
      ['Cloud platforms', 5],
      ['Linux administration', 4],
      ['Network operations', 3],
    ],
  ],
  [
    '冯刚',
    '网络工程师',
    'intermediate',
    '运维服务',
    '北京',
    17_500,
    [
      ['Network operations', 4],
      ['Information security', 2],
    ],
  ],
  [
    '邓辉',
    '信息安全顾问',
    'lead',
    '运维服务',
    '北京',
    38_000,
    [
      ['Information security', 5],
      ['ITIL', 3],
    ],
  ],
  [
    '曹阳',
    '服务台工程师',
    'intermediate',
    '运维服务',
    '成都',
    13_000,
    [
      ['Service desk', 3],
      ['Desktop support', 3],
      ['ITIL', 2],
    ],
  ],
  ['彭丽', '服务台工程师', 'junior', '运维服务', '成都', 10_000, [['Service desk', 2]]],
  [
    '曾琳',
    'Scrum Master',
    'senior',
    '交付中心',
    '上海',
    30_000,
    [
      ['Agile delivery', 5],
      ['Project management', 3],
    ],
  ],
  [
    '萧然',
    '项目经理',
    'lead',
    '交付中心',
    '北京',
    40_000,
    [
      ['Project management', 5],
      ['Banking domain', 4],
      ['Agile delivery', 3],
    ],
  ],
  [
    '田野',
    'SAP 顾问',
    'intermediate',
    '应用开发',
    '上海',
    30_000,
    [
      ['SAP FI/CO', 3],
      ['SAP ABAP', 4],
    ],
  ],
  [
    'Lena Vogel',
    'Service desk lead',
    'senior',
    'Application services',
    'Berlin',
    45_000,
    [
      ['Service desk', 4],
      ['ITIL', 4],
      ['Project management', 3],
    ],
  ],
  [
    'Marek Nowak',
    'Java developer',
    'senior',
    'Application services',
    'Warsaw',
    36_000,
    [
      ['Java', 5],
      ['Cloud platforms', 3],
    ],
  ],
];

const cities: Record<string, string> = {
  上海: 'Asia/Shanghai',
  杭州: 'Asia/Shanghai',
  成都: 'Asia/Shanghai',
  北京: 'Asia/Shanghai',
  Berlin: 'Europe/Berlin',
  Warsaw: 'Europe/Warsaw',
};

const teamMember = ([
  name,
  position,
  grade,
  department,
  location,
  cost,
  skills,
]: (typeof team)[number]): Employee => {
  const timeZone = cities[location] ?? 'Asia/Shanghai';
  const chinese = timeZone === 'Asia/Shanghai';
  return {
    name,
    position,
    grade,
    department,
    location,
    timeZone,
    languages: chinese ? [zh, en(grade === 'junior' ? 'basic' : 'working')] : [en('fluent')],
    cost,
    skills,
  };
};

/**
 * Our people and two suppliers' workers, so staffing has someone to staff: employees with
 * their cost rates, 智联科技's workers under the service desk contract (priced by its card).
 */
export async function seedPeople(
  admin: Ctx,
  refs: {
    calendarId: string;
    suppliers: string[];
    supplierContractId: string;
    today: string;
    /** The demo admin is 周杰, the delivery manager: their profile and timesheet are theirs. */
    adminUserId: string;
    position: PositionOf;
  },
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
  const ids = new Map<string, string>();
  for (const e of [...employees, ...team.map(teamMember)]) {
    const { cost, skills: own, position, ...profile } = e;
    const person = await createPerson(admin, {
      ...profile,
      positionId: refs.position(position),
      kind: 'employee',
      status: 'active',
      managerId: manager,
      userId: e.name === '周杰' ? refs.adminUserId : null,
      calendarId: e.timeZone === 'Asia/Shanghai' ? refs.calendarId : null,
      startDate: '2024-03-01',
      hoursPerWeek: 40,
      partTimePercent: 100,
    });
    manager ??= person.id;
    ids.set(e.name, person.id);
    await verify(person.id, own);
    await addCostRate(admin, person.id, {
      rateMinor: cost,
      currency: 'CNY',
      effectiveFrom: '2026-01-01',
    });
  }
  const [zhilian, baltic] = refs.suppliers as [string, string];
  for (const [name, position, grade] of [
    ['张磊', '服务台工程师', 'intermediate'],
    ['吴芳', '服务台工程师', 'intermediate'],
    ['郑浩', '桌面运维工程师', 'senior'],
    ['陆鹏', '服务台工程师', 'intermediate'],
    ['谢婷', '服务台工程师', 'intermediate'],
    ['董亮', '桌面运维工程师', 'senior'],
    ['潘悦', '服务台工程师', 'intermediate'],
    ['蒋文', '桌面运维工程师', 'senior'],
  ] as const) {
    const worker = await createPerson(admin, {
      kind: 'supplier_worker',
      name,
      positionId: refs.position(position),
      grade,
      supplierId: zhilian,
      supplierContractId: refs.supplierContractId,
      calendarId: refs.calendarId,
      location: '上海',
      timeZone: 'Asia/Shanghai',
      languages: [zh],
      status: 'active',
      // On the service desk since its contract began.
      startDate: addDays(refs.today, -60),
      hoursPerWeek: 40,
      partTimePercent: 100,
    });
    ids.set(name, worker.id);
    const own: [string, number][] =
      grade === 'senior'
        ? [
            ['Desktop support', 4],
            ['Service desk', 2],
          ]
        : [
            ['Service desk', 3],
            ['ITIL', 2],
          ];
    await verify(worker.id, own);
    await seedWorkerDocuments(admin, worker.id, refs.today, name === '吴芳' ? 20 : 200);
  }
  for (const [name, partTimePercent] of [
    ['Jonas Kazlauskas', 50],
    ['Ieva Petraitė', 100],
    ['Tomas Jankauskas', 100],
  ] as const) {
    await createPerson(admin, {
      kind: 'supplier_worker',
      name,
      positionId: refs.position('服务台工程师'),
      grade: 'intermediate',
      supplierId: baltic,
      location: 'Vilnius',
      timeZone: 'Europe/Vilnius',
      languages: [{ code: 'lt', level: 'native' }, en('fluent'), { code: 'de', level: 'working' }],
      status: 'active',
      hoursPerWeek: 40,
      partTimePercent,
    });
  }
  await seedAbsences(admin, ids, refs.today);
  return { people: ids, skills };
}

/** A supplier worker's NDA, DPA and background check, the NDA running out in `ndaDays`. */
async function seedWorkerDocuments(admin: Ctx, personId: string, today: string, ndaDays: number) {
  const issuedOn = addDays(today, -30);
  for (const [kind, name, expiresOn] of [
    ['nda', '保密协议', addDays(today, ndaDays)],
    ['dpa', '数据处理协议', addDays(today, 335)],
    ['background_check', '背景调查', null],
  ] as const) {
    await addCredential(admin, personId, { kind, name, issuedOn, expiresOn, issuer: '智联科技' });
  }
}

/** Some leave next month, a training week, and one request waiting for HR. */
async function seedAbsences(admin: Ctx, ids: Map<string, string>, today: string) {
  const monday = addDays(today, 7 - weekdayOf(today));
  const entries = [
    ['陈静', 'leave', 14, 18],
    ['林涛', 'training', 7, 11],
    ['赵敏', 'leave', 21, 25],
  ] as const;
  for (const [name, kind, from, to] of entries) {
    await addAbsence(admin, ids.get(name) as string, {
      kind,
      startDate: addDays(monday, from),
      endDate: addDays(monday, to),
    });
  }
  await admin.db.transaction().execute(async (trx) => {
    const person = await getPersonRow(trx, workspaceOf(admin), ids.get('刘洋') as string);
    if (!person) return;
    await insertAbsence(
      trx,
      admin,
      person,
      { kind: 'leave', startDate: addDays(monday, 28), endDate: addDays(monday, 29), note: '家事' },
      'requested',
    );
  });
}
