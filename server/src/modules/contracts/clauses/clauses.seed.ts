import type { Ctx } from '../../../platform/context.ts';
import { createClause } from './clauses.service.ts';
import { insertContractClause } from './contract-clauses.service.ts';
import { listObligations, updateObligation } from './obligations.service.ts';

/** A starting library in both languages; the obligations are the ones buyers audit most. */
const library = [
  {
    category: 'confidentiality',
    titleZh: '保密',
    titleEn: 'Confidentiality',
    textZh:
      '任何一方对因本协议获知的对方商业秘密、技术信息及客户数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本协议终止后五年内持续有效。',
    textEn:
      'Each party keeps the other party’s trade secrets, technical information and customer data confidential and discloses them to no third party without written consent. This survives termination for five years.',
    obligationZh: '提交全部项目人员签署的保密承诺书',
    obligationEn: 'Deliver confidentiality undertakings signed by all project staff',
    obligationDueDays: 14,
  },
  {
    category: 'data_protection',
    titleZh: '个人信息保护',
    titleEn: 'Personal data protection',
    textZh:
      '服务方仅为履行本协议之目的、按照客户书面指示处理个人信息，遵守《中华人民共和国个人信息保护法》，并采取必要的技术和管理措施保障个人信息安全。',
    textEn:
      'The provider processes personal information only to perform this agreement and on the client’s written instructions, complies with the Personal Information Protection Law of the PRC, and takes the technical and organisational measures needed to keep it secure.',
    obligationZh: '提交年度数据安全评估报告',
    obligationEn: 'Deliver the annual data security assessment report',
    obligationDueDays: 365,
  },
  {
    category: 'liability',
    titleZh: '责任限制',
    titleEn: 'Limitation of liability',
    textZh:
      '除故意或重大过失外，任何一方在本协议项下的累计赔偿责任不超过违约发生前十二个月内客户已支付的服务费总额。',
    textEn:
      'Except for wilful misconduct or gross negligence, each party’s aggregate liability under this agreement is limited to the fees paid by the client in the twelve months before the breach.',
  },
  {
    category: 'intellectual_property',
    titleZh: '知识产权',
    titleEn: 'Intellectual property',
    textZh: '服务方为客户定制开发的交付物，其知识产权自客户付清相应费用之日起归客户所有。',
    textEn:
      'Intellectual property in deliverables developed for the client passes to the client once the corresponding fees are paid.',
  },
  {
    category: 'termination',
    titleZh: '终止与交接',
    titleEn: 'Termination and handover',
    textZh:
      '任何一方可提前九十日书面通知终止本协议。协议终止时，服务方应配合完成知识转移，并返还或销毁客户数据。',
    textEn:
      'Either party may terminate this agreement on ninety days’ written notice. On termination the provider supports knowledge transfer and returns or destroys client data.',
    obligationZh: '提交服务交接计划',
    obligationEn: 'Deliver the service exit and handover plan',
    obligationDueDays: 90,
  },
] as const;

/**
 * The library, and its clauses in the MSA's terms (in Chinese, as the bank signs); the
 * obligations already behind the MSA were met.
 */
export async function seedClauses(admin: Ctx, draftMsaId: string, today: string) {
  for (const clause of library) {
    const created = await createClause(admin, { ...clause });
    await insertContractClause(admin, draftMsaId, { clauseId: created.id, language: 'zh-CN' });
  }
  for (const o of await listObligations(admin, draftMsaId)) {
    if (o.dueDate < today) {
      await updateObligation(admin, draftMsaId, o.id, { version: o.version, status: 'met' });
    }
  }
}
