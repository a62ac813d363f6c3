import { type Ctx, todayOf } from '../../platform/context.ts';
import { addDays, mondayOf } from '../../platform/days.ts';
import { addChangeRequest, submitChangeRequest } from './changes/change-requests.service.ts';
import { addLesson } from './delivery/closure.service.ts';
import {
  addDeliverable,
  decideDeliverable,
  submitDeliverable,
} from './delivery/deliverables.service.ts';
import { saveBaseline } from './plan/baselines.service.ts';
import { addMilestone } from './plan/milestones.service.ts';
import { addDependency, createTask, listTasks } from './plan/tasks.service.ts';
import { advancePhase, createProject, getProject, setGate } from './projects.service.ts';
import { gateChecklist } from './projects.table.ts';

/** The service desk contract's project, past initiation and being planned. */
export async function seedProject(admin: Ctx, contractId: string) {
  let project = await createProject(admin, {
    contractId,
    health: 'green',
    goals: [
      { objective: '首次响应 SLA 达成率', target: '≥ 95%', actual: '96.2%' },
      { objective: '客户满意度（CSAT）', target: '≥ 4.5', actual: '4.6' },
    ],
  });
  for (const key of gateChecklist.initiation) {
    project = await setGate(
      admin,
      project.id,
      { phase: 'initiation', key },
      { done: true, version: project.version },
    );
  }
  project = await advancePhase(admin, project.id, { version: project.version });
  return project.id;
}

/**
 * The insurer's fixed-price upgrade, under way: it bills by its fee schedule, and its one
 * baselined task, past half done, is what its revenue is recognised by at month end.
 */
export async function seedFixedPriceProject(admin: Ctx, contractId: string) {
  const project = await createProject(admin, {
    contractId,
    health: 'green',
    goals: [{ objective: 'Go-live on the agreed date', target: 'on time', actual: 'on track' }],
  });
  const today = todayOf(admin);
  await createTask(admin, project.id, {
    name: 'Upgrade and data migration 升级与数据迁移',
    parentId: null,
    estimateHours: 400,
    startDate: addDays(today, -120),
    finishDate: addDays(today, 90),
    status: 'in_progress',
    percentComplete: 55,
    assigneeId: null,
  });
  await saveBaseline(admin, project.id, { name: 'Signed plan 签约计划' });
  return project.id;
}

/** The same context with its clock on a past day: how the demo writes history. */
const on = (ctx: Ctx, day: string): Ctx => ({
  ...ctx,
  clock: { now: () => new Date(`${day}T02:00:00Z`) },
});

/**
 * The bank's branch terminal upgrade, done: its one milestone accepted and a lesson recorded;
 * closed once its time is approved (see `closeProject`).
 */
export async function seedClosedProject(admin: Ctx, contractId: string) {
  const today = todayOf(admin);
  const started = on(admin, addDays(today, -175));
  const project = await createProject(started, {
    contractId,
    health: 'green',
    goals: [{ objective: '64 个网点终端全部上线', target: '64', actual: '64' }],
  });
  await addMilestone(on(admin, addDays(today, -75)), project.id, {
    name: '网点终端升级验收',
    dueDate: addDays(today, -70),
    amountMinor: 12_800_000,
    status: 'completed',
  });
  return project.id;
}

/**
 * Walks the finished project through its gates to closed, two months ago: every checklist
 * ticked, a lesson recorded; the bank signed the acceptance on paper, which the move records.
 */
export async function closeProject(admin: Ctx, projectId: string) {
  const closing = on(admin, addDays(todayOf(admin), -62));
  await addLesson(closing, projectId, {
    wentWell: '分批夜间割接，网点营业未受影响。',
    toChange: '打印机驱动版本应在试点前统一确认，避免第二批返工。',
    tags: ['终端', '割接'],
  });
  let project = await getProject(closing, projectId);
  for (const phase of ['initiation', 'planning', 'execution', 'monitoring'] as const) {
    for (const key of gateChecklist[phase]) {
      project = await setGate(
        closing,
        projectId,
        { phase, key },
        { done: true, version: project.version },
      );
    }
    project = await advancePhase(closing, projectId, { version: project.version });
  }
  await advancePhase(closing, projectId, {
    version: project.version,
    overrideReason: '客户验收单已线下签署（纸质，编号 HX-YS-0917）',
  });
}

/** The retainer's project: database support within the monthly hours. */
export async function seedRetainerProject(admin: Ctx, contractId: string) {
  const project = await createProject(admin, {
    contractId,
    health: 'amber',
    goals: [{ objective: '每月支持工时不超出工时包', target: '≤ 40 小时', actual: '上月 80 小时' }],
  });
  return project.id;
}

/**
 * A small plan: a transition phase of dependent tasks, assigned to the booked team, its
 * baseline, and a change request waiting for review.
 */
export async function seedProjectPlan(
  admin: Ctx,
  projectId: string,
  refs: { people: Map<string, string>; today: string },
) {
  const day = (n: number) => addDays(refs.today, n);
  const plan: [
    name: string,
    parent: string | null,
    from: number,
    to: number,
    hours: number,
    who: string | null,
  ][] = [
    ['服务交接', null, 0, 30, 0, null],
    ['知识转移', '服务交接', 0, 14, 80, '赵敏'],
    ['工单系统配置', '服务交接', 7, 21, 60, '孙磊'],
    ['并行运行', '服务交接', 22, 30, 120, '张磊'],
    ['首月服务报告', null, 31, 35, 16, '周杰'],
  ];
  const ids = new Map<string, string>();
  for (const [name, parent, from, to, estimateHours, who] of plan) {
    const tasks = await createTask(admin, projectId, {
      name,
      parentId: parent ? (ids.get(parent) ?? null) : null,
      estimateHours,
      startDate: day(from),
      finishDate: day(to),
      status: 'todo',
      percentComplete: 0,
      assigneeId: who ? (refs.people.get(who) ?? null) : null,
    });
    ids.set(name, tasks.find((t) => t.name === name)?.id as string);
  }
  const link = (from: string, to: string) =>
    addDependency(admin, projectId, {
      predecessorId: ids.get(from) as string,
      successorId: ids.get(to) as string,
      type: 'FS',
      lagDays: 0,
    });
  await link('知识转移', '并行运行');
  await link('工单系统配置', '并行运行');
  await link('并行运行', '首月服务报告');
  await addMilestone(admin, projectId, { name: '服务正式切换', dueDate: day(30), status: 'open' });
  await addMilestone(admin, projectId, { name: '首月服务评审', dueDate: day(40), status: 'open' });
  await saveBaseline(admin, projectId, { name: '交接计划（已与客户确认）' });
  await seedDeliverables(admin, projectId, refs.today);
  // A change the bank asked for, waiting for the delivery manager's review.
  const [change] = await addChangeRequest(admin, projectId, {
    title: '新增周末现场值守',
    description: '周六、周日各增加一名现场工程师（8:00–18:00）',
    reason: '华信银行网点周末营业',
    endDate: null,
    budgetDeltaMinor: 24_000_000,
  });
  if (change) await submitChangeRequest(admin, projectId, change.id, change.version);
  return (await listTasks(admin, projectId)).length;
}

/**
 * What the service desk hands the bank: an assessment of the desk as it was found, accepted
 * (the bank's signed acceptance form recorded by the admin), covering the work up to the end
 * of the week three weeks ago; and the first month's service report, still to come.
 */
async function seedDeliverables(admin: Ctx, projectId: string, today: string) {
  const [assessment] = await addDeliverable(admin, projectId, {
    name: '服务台现状评估报告',
    acceptanceCriteria: '覆盖现有工单量、SLA 达成率与人员配置；华信银行运维部签字确认',
    dueDate: addDays(mondayOf(today), -15),
  });
  await addDeliverable(admin, projectId, {
    name: '首月服务报告',
    acceptanceCriteria: '首月 SLA 达成率、工单分析与改进建议；华信银行运维部签字确认',
    dueDate: addDays(today, 35),
  });
  if (!assessment) return;
  const submitted = await submitDeliverable(admin, projectId, assessment.id, {
    version: assessment.version,
    note: '评估报告 v1.0 及附件',
  });
  await decideDeliverable(admin, assessment.id, {
    version: submitted.find((d) => d.id === assessment.id)?.version ?? assessment.version + 1,
    decision: 'accepted',
    comment: '已签字确认（纸质验收单）',
  });
}
