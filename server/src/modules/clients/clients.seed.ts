import type { Ctx } from '../../platform/context.ts';
import { createClient } from './clients.service.ts';
import { createContact } from './contacts.service.ts';
import { addTouchpoint } from './interactions/touchpoints.service.ts';
import { createOpportunity, moveOpportunity } from './opportunities/opportunities.service.ts';
import { createRequirement } from './requirements/requirements.service.ts';

/** Demo clients with contacts and opportunities, created through the services like any user's. */
/** Returns the new clients' ids in the order listed. */
export async function seedClients(ctx: Ctx, ownerId: string): Promise<string[]> {
  const demo = [
    {
      client: {
        name: '华信银行',
        legalName: '华信银行股份有限公司',
        industry: '银行',
        country: 'CN',
        tier: 'strategic',
        status: 'active',
        tags: ['金融', 'IT 运维'],
        paymentTermsDays: 60,
        billingEmail: 'ap@huaxin-bank.example',
        taxId: '91110000710935001X',
        billingAddress: '北京市西城区金融大街 18 号',
        billingPhone: '010-6655 8800',
        billingBank: '华信银行北京分行营业部 1100 0123 4567 8901',
        creditLimitMinor: 30_000_000,
      },
      contacts: [
        {
          name: '张伟',
          title: '首席信息官',
          email: 'zhang.wei@huaxin-bank.example',
          relationship: 'decision_maker',
          language: 'zh-CN',
        },
        {
          name: '李娜',
          title: 'IT 服务经理',
          email: 'li.na@huaxin-bank.example',
          relationship: 'technical',
          language: 'zh-CN',
        },
        {
          name: '王芳',
          title: '财务主管',
          email: 'wang.fang@huaxin-bank.example',
          relationship: 'billing',
          language: 'zh-CN',
        },
      ],
    },
    {
      client: {
        name: 'Nordlicht Versicherung',
        legalName: 'Nordlicht Versicherung AG',
        industry: 'Insurance',
        country: 'DE',
        tier: 'key',
        status: 'active',
        tags: ['BPO'],
        paymentTermsDays: 30,
      },
      contacts: [
        {
          name: 'Anna Becker',
          title: 'Head of Operations',
          email: 'anna.becker@nordlicht.example',
          relationship: 'sponsor',
          language: 'en-US',
        },
        {
          name: 'Jonas Weber',
          title: 'Vendor Manager',
          email: 'jonas.weber@nordlicht.example',
          relationship: 'decision_maker',
          language: 'en-US',
        },
      ],
    },
    {
      client: {
        name: '远航物流',
        legalName: '远航物流集团有限公司',
        industry: '物流',
        country: 'CN',
        tier: 'standard',
        status: 'active',
        tags: ['应用开发', '数据库运维'],
        paymentTermsDays: 15,
        billingEmail: 'ap@yuanhang.example',
        taxId: '91310000MA1FL3YH8K',
        billingAddress: '上海市浦东新区外高桥保税区港澳路 239 号',
        billingPhone: '021-5866 1200',
      },
      contacts: [
        {
          name: '陈杰',
          title: '数字化总监',
          email: 'chen.jie@yuanhang.example',
          relationship: 'decision_maker',
          language: 'zh-CN',
        },
      ],
    },
  ] as const;
  const ids: string[] = [];
  const stakeholders: string[] = [];
  for (const { client, contacts } of demo) {
    const created = await createClient(ctx, { ...client, tags: [...client.tags], ownerId });
    for (const contact of contacts) {
      const saved = await createContact(ctx, created.id, contact);
      if (ids.length === 0) stakeholders.push(saved.id);
    }
    ids.push(created.id);
  }
  // The bank's communication plan: the CIO monthly in person, the IT service manager weekly.
  const [cio, itManager] = stakeholders as [string, string];
  await addTouchpoint(ctx, ids[0] as string, {
    contactId: cio,
    channel: 'meeting',
    cadenceDays: 30,
    ownerId,
  });
  await addTouchpoint(ctx, ids[0] as string, {
    contactId: itManager,
    channel: 'call',
    cadenceDays: 7,
    ownerId,
  });
  await seedOpportunities(ctx, ownerId, ids);
  await seedRequirements(ctx, ids[0] as string);
  return ids;
}

/** A pipeline with something in most stages, one won and one lost. */
async function seedOpportunities(ctx: Ctx, ownerId: string, [bank, insurer, logistics]: string[]) {
  const open = [
    {
      clientId: bank,
      title: 'IT 运维外包 2027',
      stage: 'negotiation',
      amountMinor: 360_000_000,
      currency: 'CNY',
      expectedClose: '2027-01-31',
    },
    {
      clientId: bank,
      title: '核心系统测试服务',
      stage: 'proposal',
      amountMinor: 85_000_000,
      currency: 'CNY',
      expectedClose: '2027-03-15',
    },
    {
      clientId: insurer,
      title: 'Claims processing BPO',
      stage: 'qualified',
      amountMinor: 120_000_000,
      currency: 'EUR',
      expectedClose: '2027-04-30',
    },
    {
      clientId: logistics,
      title: '仓储管理系统开发',
      stage: 'lead',
      amountMinor: 48_000_000,
      currency: 'CNY',
      expectedClose: null,
    },
  ] as const;
  for (const o of open)
    await createOpportunity(ctx, { ...o, clientId: o.clientId as string, ownerId });
  const won = await createOpportunity(ctx, {
    clientId: insurer as string,
    title: 'Service desk (German, English)',
    stage: 'negotiation',
    amountMinor: 54_000_000,
    currency: 'EUR',
    ownerId,
  });
  await moveOpportunity(ctx, won.id, { stage: 'won', version: won.version });
  const lost = await createOpportunity(ctx, {
    clientId: logistics as string,
    title: '运输调度平台',
    stage: 'proposal',
    amountMinor: 30_000_000,
    currency: 'CNY',
    ownerId,
  });
  await moveOpportunity(ctx, lost.id, {
    stage: 'lost',
    lossReason: '价格高于竞争对手',
    version: lost.version,
  });
}

/** What the bank has asked for, in the words of the demo. */
async function seedRequirements(ctx: Ctx, clientId: string) {
  for (const r of [
    { title: '服务台 7×24 中英文支持', priority: 'high', status: 'accepted', source: 'rfp' },
    {
      title: '每月服务报告含 SLA 达成率',
      priority: 'medium',
      status: 'delivered',
      source: 'meeting',
    },
    {
      title: '核心系统迁移的性能测试',
      priority: 'critical',
      status: 'analysing',
      source: 'workshop',
    },
  ] as const) {
    await createRequirement(ctx, clientId, { ...r, description: '' });
  }
}
