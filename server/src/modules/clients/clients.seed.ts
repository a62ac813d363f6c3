import type { Ctx } from '../../platform/context.ts';
import { createClient } from './clients.service.ts';
import { createContact } from './contacts.service.ts';

/** Demo clients with their contacts, created through the service like any user's would be. */
export async function seedClients(ctx: Ctx, ownerId: string): Promise<void> {
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
        status: 'prospect',
        tags: ['应用开发'],
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
  for (const { client, contacts } of demo) {
    const created = await createClient(ctx, { ...client, tags: [...client.tags], ownerId });
    for (const contact of contacts) await createContact(ctx, created.id, contact);
  }
}
