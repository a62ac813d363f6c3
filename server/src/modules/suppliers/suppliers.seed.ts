import type { Ctx } from '../../platform/context.ts';
import { addSupplierContact } from './contacts/supplier-contacts.service.ts';
import { addOnboardingItem } from './onboarding/onboarding.service.ts';
import { changeSupplierStatus, createSupplier } from './suppliers.service.ts';
import type { SupplierStatus } from './suppliers.table.ts';

/** Demo suppliers in different states of the lifecycle, through the service; returns their ids. */
export async function seedSuppliers(ctx: Ctx): Promise<string[]> {
  const demo = [
    {
      supplier: {
        name: '智联科技',
        legalName: '上海智联科技有限公司',
        country: 'CN',
        categories: ['IT 运维', '应用开发'],
        skills: ['Java', 'Linux', 'ITIL'],
        regions: ['华东'],
        languages: ['zh', 'en'],
        riskTier: 'medium',
        bankName: '中国工商银行上海分行',
        bankAccount: '6222 0210 0123 4567',
        bankSwift: 'ICBKCNBJSHI',
      },
      path: [['onboarding'], ['approved']],
    },
    {
      supplier: {
        name: 'Baltic Service Partners',
        legalName: 'Baltic Service Partners UAB',
        country: 'LT',
        categories: ['BPO', 'Service desk'],
        skills: ['German', 'Zendesk'],
        regions: ['EU'],
        languages: ['de', 'en', 'lt'],
        riskTier: 'low',
      },
      path: [['onboarding']],
    },
    {
      supplier: {
        name: '迅捷测试',
        legalName: '深圳迅捷软件测试有限公司',
        country: 'CN',
        categories: ['测试'],
        skills: ['Selenium', '性能测试'],
        regions: ['华南'],
        languages: ['zh'],
        riskTier: 'high',
      },
      path: [['onboarding'], ['approved'], ['suspended', '连续三个月未达到 SLA']],
    },
  ] as const;
  const ids: string[] = [];
  for (const { supplier, path } of demo) {
    let s = await createSupplier(ctx, {
      ...supplier,
      categories: [...supplier.categories],
      skills: [...supplier.skills],
      regions: [...supplier.regions],
      languages: [...supplier.languages],
    });
    for (const [status, reason] of path as readonly (readonly [SupplierStatus, string?])[]) {
      s = await changeSupplierStatus(ctx, s.id, {
        status,
        version: s.version,
        ...(reason ? { reason } : {}),
      });
    }
    ids.push(s.id);
  }
  await addSupplierContact(ctx, ids[0] as string, {
    name: '王强',
    title: '交付总监',
    email: 'wang.qiang@zhilian.example',
    role: 'delivery',
  });
  // The checklist new suppliers go through before approval.
  for (const step of [
    { label: '签署保密协议（NDA）', kind: 'document', required: true },
    { label: '尽职调查问卷', kind: 'questionnaire', required: true },
    { label: '两家客户推荐', kind: 'reference', required: true },
  ] as const) {
    await addOnboardingItem(ctx, step);
  }
  return ids;
}
