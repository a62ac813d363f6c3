import type { Ctx } from '../../platform/context.ts';
import { createPosition } from './positions.service.ts';

/** The demo's positions, Chinese name first: what its rate cards, people and bookings name. */
const catalogue: [nameZh: string, nameEn: string][] = [
  ['交付经理', 'Delivery manager'],
  ['项目经理', 'Project manager'],
  ['Scrum Master', 'Scrum master'],
  ['技术评审', 'Technical reviewer'],
  ['Java 开发工程师', 'Java developer'],
  ['Python 开发工程师', 'Python developer'],
  ['前端工程师', 'Front-end engineer'],
  ['测试经理', 'Test manager'],
  ['测试工程师', 'Test engineer'],
  ['自动化测试工程师', 'Test automation engineer'],
  ['性能测试工程师', 'Performance test engineer'],
  ['数据分析师', 'Data analyst'],
  ['数据库管理员', 'Database administrator'],
  ['Linux 运维工程师', 'Linux operations engineer'],
  ['云平台工程师', 'Cloud platform engineer'],
  ['网络工程师', 'Network engineer'],
  ['信息安全顾问', 'Information security consultant'],
  ['服务经理', 'Service manager'],
  ['服务台主管', 'Service desk lead'],
  ['服务台工程师', 'Service desk engineer'],
  ['桌面运维工程师', 'Desktop support engineer'],
  ['SAP 顾问', 'SAP consultant'],
];

/** A seeded position's id by either name; an unknown name is a mistake in the seed. */
export type PositionOf = (name: string) => string;

export async function seedPositions(ctx: Ctx): Promise<PositionOf> {
  const ids = new Map<string, string>();
  for (const [nameZh, nameEn] of catalogue) {
    const { id } = await createPosition(ctx, { nameZh, nameEn });
    ids.set(nameZh, id);
    ids.set(nameEn, id);
  }
  return (name) => {
    const id = ids.get(name);
    if (!id) throw new Error(`The demo has no position ${name}`);
    return id;
  };
}
