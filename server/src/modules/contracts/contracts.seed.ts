import { type Ctx, todayOf } from '../../platform/context.ts';
import type { PositionOf } from '../settings/index.ts';
import { linkContracts } from './back-to-back/back-to-back.service.ts';
import { seedClauses } from './clauses/clauses.seed.ts';
import { createContract } from './contracts.service.ts';
import { createApprovalRule } from './lifecycle/approval-rules.service.ts';
import { decideContract, submitContract } from './lifecycle/contract-review.service.ts';
import { signContract } from './lifecycle/contract-signing.service.ts';
import { addRate } from './rates/rate-cards.service.ts';
import { addSla, flowDown } from './slas/slas.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

type Seed = {
  admin: Ctx;
  /** Two colleagues of the admin, the first from finance: the submitter never approves. */
  approvers: [Ctx, Ctx];
  clientId: string;
  /** The German insurer, billed in euros. */
  euroClientId: string;
  /** The logistics company on a monthly support retainer. */
  retainerClientId: string;
  supplierId: string;
  /** The around-the-clock calendar the 7×24 service desk's SLA clocks run on. */
  deskCalendarId: string;
  position: PositionOf;
};

/**
 * The demo's contracts, through the services and by the people who would act: an MSA with the
 * bank and two SOWs under it (one active with a rate card and SLAs, one waiting for finance),
 * the supplier's contract that delivers the first SOW back-to-back, the insurer's fixed price
 * in euros, and the logistics company's monthly retainer.
 */
export async function seedContracts({
  admin,
  approvers,
  clientId,
  supplierId,
  deskCalendarId,
  position,
  euroClientId,
  retainerClientId,
}: Seed): Promise<{
  supplierContractId: string;
  deskContractId: string;
  euroContractId: string;
  retainerContractId: string;
  closedContractId: string;
}> {
  const today = todayOf(admin);
  const day = (offset: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
  await createApprovalRule(admin, {
    contractType: null,
    minValueMinor: 100_000_000,
    approvers: 2,
    financeRequired: true,
  });

  const approveAndSign = async (
    id: string,
    signedOn: string,
    counterparty: { name: string; title: string | null } = { name: '张伟', title: '首席信息官' },
  ) => {
    let c = await submitContract(admin, id, 1);
    for (const approver of approvers.slice(0, c.review?.approvalsRequired ?? 1)) {
      c = await decideContract(approver, id, { decision: 'approved', version: c.version });
    }
    await signContract(admin, id, {
      version: c.version,
      signedOn,
      signatories: [
        { ...counterparty, side: 'counterparty' },
        { name: 'Demo Admin', title: null, side: 'us' },
      ],
    });
  };

  const client = { partyType: 'client' as const, clientId, currency: 'CNY' };
  const msa = await createContract(admin, {
    ...client,
    type: 'msa',
    title: '华信银行 IT 服务主协议',
    valueMinor: 0,
    startDate: day(-180),
    endDate: day(915),
    autoRenew: true,
    noticeDays: 90,
    paymentTermsDays: 60,
    billingModel: 'time_and_materials',
    feeSchedule: [],
    scope:
      '双方就 IT 运维、应用开发与服务台外包服务的一般条款达成一致。各工作说明书（SOW）在本协议项下签订。',
  });
  await seedClauses(admin, msa.id, day(0));
  await approveAndSign(msa.id, day(-185));

  const desk = await createContract(admin, {
    ...client,
    type: 'sow',
    parentId: msa.id,
    title: '7×24 服务台与桌面运维',
    calendarId: deskCalendarId,
    valueMinor: 360_000_000,
    capMinor: 360_000_000,
    startDate: day(-90),
    endDate: day(275),
    autoRenew: false,
    noticeDays: 60,
    paymentTermsDays: 60,
    billingModel: 'time_and_materials',
    feeSchedule: [],
    // Travel for the bank is re-billed with 5% for handling.
    expenseMarkup: '0.05',
    scope: '服务台一线支持、桌面运维、月度服务报告。',
  });
  for (const [name, seniority, rateMinor] of [
    ['服务台工程师', 'intermediate', 18_000],
    ['桌面运维工程师', 'senior', 26_000],
    ['服务经理', 'lead', 45_000],
  ] as const) {
    await addRate(admin, desk.id, {
      positionId: position(name),
      seniority,
      unit: 'hour',
      rateMinor,
      effectiveFrom: day(-90),
    });
  }
  await addSla(admin, desk.id, {
    metric: 'first_response_time',
    priority: 'p1',
    target: 15,
    measurementWindow: 'month',
    creditPercent: 1,
    creditCapPercent: 10,
  });
  await addSla(admin, desk.id, {
    metric: 'resolution_time',
    priority: 'p1',
    target: 480,
    measurementWindow: 'month',
    creditPercent: 2,
    creditCapPercent: 10,
  });
  for (const [metric, target] of [
    ['first_response_time', 30],
    ['resolution_time', 960],
  ] as const) {
    await addSla(admin, desk.id, {
      metric,
      priority: 'p2',
      target,
      measurementWindow: 'month',
      creditPercent: 1,
      creditCapPercent: 10,
    });
  }
  await addSla(admin, desk.id, {
    metric: 'availability',
    target: 99.5,
    measurementWindow: 'month',
    creditPercent: 5,
    creditCapPercent: 15,
  });

  const delivery = await createContract(admin, {
    partyType: 'supplier',
    supplierId,
    currency: 'CNY',
    type: 'sow',
    title: '智联科技 服务台分包',
    valueMinor: 240_000_000,
    capMinor: 240_000_000,
    startDate: day(-90),
    endDate: day(275),
    autoRenew: false,
    noticeDays: 60,
    paymentTermsDays: 45,
    billingModel: 'time_and_materials',
    feeSchedule: [],
    // Paid for what the bank has accepted: the subcontractor shares the acceptance risk.
    paymentRelease: 'client_acceptance',
    scope: '为华信银行服务台提供一线与桌面运维人员，SLA 与客户合同背靠背。',
  });
  for (const [name, seniority, rateMinor] of [
    ['服务台工程师', 'intermediate', 13_500],
    ['桌面运维工程师', 'senior', 23_500],
  ] as const) {
    await addRate(admin, delivery.id, {
      positionId: position(name),
      seniority,
      unit: 'hour',
      rateMinor,
      effectiveFrom: day(-90),
    });
  }
  await linkContracts(admin, desk.id, delivery.id);
  await flowDown(admin, desk.id, { supplierContractId: delivery.id, tightenPercent: 25 });
  await approveAndSign(desk.id, day(-95));
  await approveAndSign(delivery.id, day(-92));

  const migration = await createContract(admin, {
    ...client,
    type: 'sow',
    parentId: msa.id,
    title: '核心系统迁移测试',
    valueMinor: 180_000_000,
    startDate: day(30),
    endDate: day(210),
    autoRenew: false,
    noticeDays: 30,
    paymentTermsDays: 60,
    billingModel: 'fixed_price',
    feeSchedule: [
      { date: day(60), amountMinor: 60_000_000, label: '测试方案确认' },
      { date: day(210), amountMinor: 120_000_000, label: '验收' },
    ],
    scope: '核心银行系统迁移的功能与性能测试。',
  });
  const inReview = await submitContract(admin, migration.id, 1);
  const [, deliveryManager] = approvers;
  await decideContract(deliveryManager, migration.id, {
    decision: 'approved',
    comment: '范围与人员计划已确认',
    version: inReview.version,
  });
  // A fixed price in euros, its first part due this week: billed at the rate locked at signing.
  const claims = await createContract(admin, {
    partyType: 'client',
    clientId: euroClientId,
    currency: 'EUR',
    type: 'sow',
    title: 'Claims platform upgrade 理赔平台升级',
    valueMinor: 8_000_000,
    startDate: day(-120),
    endDate: day(90),
    autoRenew: false,
    noticeDays: 30,
    paymentTermsDays: 30,
    billingModel: 'fixed_price',
    feeSchedule: [
      {
        date: day(-5),
        amountMinor: 3_200_000,
        label: '需求与设计确认 Requirements and design signed off',
      },
      { date: day(45), amountMinor: 4_800_000, label: '上线 Go-live' },
    ],
    scope: 'Upgrade of the claims platform to the current release, with data migration.',
  });
  await approveAndSign(claims.id, day(-118), { name: 'Anna Becker', title: 'Head of Operations' });
  // Forty hours of database support a month for a year; hours beyond them billed at the card.
  const retainer = await createContract(admin, {
    partyType: 'client',
    clientId: retainerClientId,
    currency: 'CNY',
    type: 'sow',
    title: '数据库运维支持包',
    valueMinor: 96_000_000,
    startDate: day(-100),
    endDate: day(265),
    autoRenew: true,
    noticeDays: 30,
    paymentTermsDays: 15,
    billingModel: 'retainer',
    hourBlock: 40,
    retainerPeriod: 'month',
    retainerOverage: true,
    feeSchedule: [],
    scope: '核心数据库（Oracle、PostgreSQL）的巡检、备份恢复演练与故障支持，每月 40 小时。',
  });
  await addRate(admin, retainer.id, {
    positionId: position('数据库管理员'),
    seniority: 'senior',
    unit: 'hour',
    rateMinor: 260_00,
    effectiveFrom: day(-100),
  });
  await approveAndSign(retainer.id, day(-102), { name: '陈杰', title: 'IT 总监' });
  // Done and paid: the bank's branch terminals, billed on its one milestone.
  const terminals = await createContract(admin, {
    ...client,
    type: 'sow',
    parentId: msa.id,
    title: '网点终端升级',
    valueMinor: 12_800_000,
    startDate: day(-180),
    endDate: day(-60),
    autoRenew: false,
    noticeDays: 30,
    paymentTermsDays: 30,
    billingModel: 'milestone',
    feeSchedule: [],
    scope: '全市 64 个网点柜面终端与打印设备的升级、联调与现场验收。',
  });
  await addRate(admin, terminals.id, {
    positionId: position('服务台工程师'),
    seniority: 'junior',
    unit: 'hour',
    rateMinor: 15_000,
    effectiveFrom: day(-180),
  });
  await approveAndSign(terminals.id, day(-185));
  return {
    supplierContractId: delivery.id,
    deskContractId: desk.id,
    euroContractId: claims.id,
    retainerContractId: retainer.id,
    closedContractId: terminals.id,
  };
}
