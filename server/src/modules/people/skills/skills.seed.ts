import type { Ctx } from '../../../platform/context.ts';
import { insertSkill } from './skills.service.ts';

/** A starting catalogue for IT and BPO delivery, in both languages. */
const catalogue: [category: string, zh: string, en: string, synonyms: string[]][] = [
  ['开发 Development', 'Java 开发', 'Java', ['Spring', 'J2EE']],
  ['开发 Development', '前端开发', 'Front-end development', ['React', 'Vue', 'TypeScript']],
  ['开发 Development', 'Python 开发', 'Python', ['Django']],
  ['开发 Development', 'SAP ABAP', 'SAP ABAP', ['ABAP']],
  ['数据 Data', '数据库管理', 'Database administration', ['DBA', 'Oracle', 'PostgreSQL']],
  ['数据 Data', '数据分析', 'Data analysis', ['BI', 'SQL']],
  ['运维 Operations', 'Linux 运维', 'Linux administration', ['RHEL', 'Shell']],
  ['运维 Operations', '网络运维', 'Network operations', ['CCNA', 'TCP/IP']],
  ['运维 Operations', '桌面运维', 'Desktop support', ['Windows', 'End-user computing']],
  ['运维 Operations', '云平台', 'Cloud platforms', ['AWS', 'Azure', '阿里云']],
  ['服务管理 Service management', 'ITIL 流程', 'ITIL', ['Incident management', '事件管理']],
  ['服务管理 Service management', '服务台', 'Service desk', ['Help desk', '热线']],
  ['测试 Testing', '自动化测试', 'Test automation', ['Selenium', 'Playwright']],
  ['测试 Testing', '性能测试', 'Performance testing', ['JMeter', 'LoadRunner']],
  ['管理 Management', '项目管理', 'Project management', ['PMP', 'PRINCE2']],
  ['管理 Management', '敏捷', 'Agile delivery', ['Scrum', 'Kanban']],
  ['业务 Business', 'SAP FI/CO', 'SAP FI/CO', ['Finance', '财务模块']],
  ['业务 Business', '银行业务', 'Banking domain', ['Core banking', '核心系统']],
  ['安全 Security', '信息安全', 'Information security', ['ISO 27001', '等保']],
];

/** Returns the skills' ids by their English name, for the demo people. */
export async function seedSkills(admin: Ctx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await admin.db.transaction().execute(async (trx) => {
    for (const [category, nameZh, nameEn, synonyms] of catalogue) {
      ids.set(nameEn, await insertSkill(trx, admin, { category, nameZh, nameEn, synonyms }));
    }
  });
  return ids;
}
