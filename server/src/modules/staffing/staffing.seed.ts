import type { Ctx } from '../../platform/context.ts';
import { addDays } from '../../platform/days.ts';
import type { PositionOf } from '../settings/index.ts';
import { createAssignment } from './assignments.service.ts';
import { createRequest } from './requests.service.ts';

type Refs = {
  people: Map<string, string>;
  skills: Map<string, string>;
  today: string;
  /** The service desk project: its team's bookings name it. */
  projectId: string;
  /** The logistics retainer's project: its database administrator's booking names it. */
  retainerProjectId: string;
  /** The finished branch terminal upgrade, worked before its engineer joined the desk. */
  closedProjectId: string;
  position: PositionOf;
};

const deskTeam = new Set(['张磊', '吴芳', '陆鹏', '谢婷', '郑浩', '董亮', '周杰', '赵敏', '孙磊']);

/**
 * Bookings in the coming months (the service desk's workers since four weeks ago, so their
 * past weeks hold time): firm ones, proposals, and one person booked beyond full.
 */
const bookings: [
  name: string,
  position: string,
  from: number,
  to: number,
  hours: number,
  firm: boolean,
][] = [
  ['张磊', '服务台工程师', -28, 180, 40, true],
  ['吴芳', '服务台工程师', -28, 180, 40, true],
  ['陆鹏', '服务台工程师', -28, 120, 40, true],
  ['谢婷', '服务台工程师', 14, 180, 40, false],
  ['郑浩', '桌面运维工程师', -28, 180, 40, true],
  ['董亮', '桌面运维工程师', -28, 90, 20, true],
  ['周杰', '交付经理', -28, 270, 16, true],
  ['李明', '项目经理', 0, 150, 40, true],
  ['陈静', 'Java 开发工程师', 0, 60, 32, true],
  ['陈静', '技术评审', 7, 35, 16, false],
  ['赵敏', '服务台主管', 0, 180, 40, true],
  ['孙磊', '服务台工程师', 0, 180, 40, true],
  ['黄磊', '测试经理', 30, 210, 24, false],
  ['林涛', 'Java 开发工程师', 0, 45, 40, true],
  ['唐伟', '数据库管理员', -100, 120, 20, true],
  ['韩雪', '云平台工程师', 0, 84, 40, true],
  ['萧然', '项目经理', 30, 210, 40, false],
  ['Anna Schmidt', 'SAP 顾问', 0, 60, 24, true],
];

/** Two open requests for the migration test, and the bookings above. */
export async function seedStaffing(admin: Ctx, refs: Refs) {
  const skill = (name: string) => refs.skills.get(name) as string;
  const day = (n: number) => addDays(refs.today, n);
  for (const [name, position, from, to, hoursPerWeek, firm] of bookings) {
    await createAssignment(admin, {
      personId: refs.people.get(name) as string,
      projectId: deskTeam.has(name)
        ? refs.projectId
        : name === '唐伟'
          ? refs.retainerProjectId
          : null,
      positionId: refs.position(position),
      startDate: day(from),
      endDate: day(to),
      hoursPerWeek,
      status: firm ? 'confirmed' : 'proposed',
    });
  }
  await createAssignment(admin, {
    personId: refs.people.get('孙磊') as string,
    projectId: refs.closedProjectId,
    positionId: refs.position('服务台工程师'),
    startDate: day(-180),
    endDate: day(-120),
    hoursPerWeek: 40,
    status: 'confirmed',
  });
  await createRequest(admin, {
    positionId: refs.position('Java 开发工程师'),
    seniority: 'senior',
    skills: [
      { skillId: skill('Java'), minProficiency: 4, weight: 5 },
      { skillId: skill('Banking domain'), minProficiency: 3, weight: 3 },
      { skillId: skill('Database administration'), minProficiency: 2, weight: 2 },
    ],
    languages: [{ code: 'zh', level: 'fluent' }],
    utcOffsetMin: 420,
    utcOffsetMax: 540,
    hoursPerWeek: 40,
    startDate: day(30),
    endDate: day(210),
    maxRateMinor: 30_000,
    currency: 'CNY',
    headcount: 2,
    notes: '核心系统迁移测试：需要熟悉银行核心系统的 Java 工程师。',
  });
  await createRequest(admin, {
    positionId: refs.position('自动化测试工程师'),
    seniority: 'intermediate',
    skills: [
      { skillId: skill('Test automation'), minProficiency: 3, weight: 6 },
      { skillId: skill('Performance testing'), minProficiency: 2, weight: 4 },
    ],
    languages: [],
    hoursPerWeek: 40,
    startDate: day(30),
    endDate: day(210),
    maxRateMinor: 20_000,
    currency: 'CNY',
    headcount: 3,
  });
}
