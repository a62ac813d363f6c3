import type { Ctx } from '../../../platform/context.ts';
import { addComment } from '../comments/comments.service.ts';
import { createGroup } from '../groups/groups.service.ts';
import { moveTicket } from './ticket-moves.service.ts';
import { createTicket, updateTicket } from './tickets.service.ts';

/** The same context with its clock `hours` before now: the demo writes a few days of history. */
const hoursAgo = (ctx: Ctx, hours: number): Ctx => {
  const at = ctx.clock.now().getTime() - hours * 3_600_000;
  return { ...ctx, clock: { now: () => new Date(at) } };
};

/**
 * The desk's groups: our first line (the delivery manager and the admin), and the
 * subcontractor's on-site team, whose supplier contract's tightened SLA underpins its tickets.
 */
async function seedGroups(
  agent: Ctx,
  refs: { agentId: string; adminId: string; supplierContractId: string },
) {
  const desk = await createGroup(agent, {
    name: '一线服务台 Service desk',
    kind: 'internal',
    supplierContractId: null,
    leadId: refs.agentId,
    memberIds: [refs.agentId, refs.adminId],
  });
  const team = await createGroup(agent, {
    name: '智联科技 驻场运维',
    kind: 'supplier',
    supplierContractId: refs.supplierContractId,
    leadId: refs.agentId,
    memberIds: [],
  });
  return { deskId: desk.id, teamId: team.id };
}

/**
 * A P2 the desk took and routed to the subcontractor's team, which waited two hours on the
 * bank's access and resolved it after its own twelve-hour target: the supplier's clock breached
 * while the bank's, with sixteen hours, was met.
 */
async function seedRoutedTicket(
  agent: Ctx,
  bank: { clientId: string; contractId: string },
  groups: { deskId: string; teamId: string },
) {
  const ticket = await createTicket(hoursAgo(agent, 26), {
    ...bank,
    type: 'incident',
    title: '核心交换机端口频繁抖动',
    description: '数据中心 B 区核心交换机 Te1/0/12 端口每小时数次 up/down，影响柜面系统。',
    requesterContactId: null,
    category: '网络',
    impact: 'medium',
    urgency: 'high',
    groupId: groups.deskId,
    assigneeId: null,
  });
  let t = await moveTicket(hoursAgo(agent, 25.9), ticket.id, {
    status: 'in_progress',
    version: ticket.version,
  });
  t = await addComment(hoursAgo(agent, 25.7), ticket.id, {
    body: '初步判断为光模块故障，转交智联科技驻场团队更换。',
    visibility: 'internal',
    mentionIds: [],
  });
  t = await updateTicket(hoursAgo(agent, 25.5), ticket.id, {
    groupId: groups.teamId,
    version: t.version,
  });
  t = await moveTicket(hoursAgo(agent, 25.2), ticket.id, {
    status: 'in_progress',
    version: t.version,
  });
  t = await moveTicket(hoursAgo(agent, 24), ticket.id, {
    status: 'waiting',
    waitingOn: 'client',
    waitingCode: 'access',
    reason: '需要行方开通机房 B 区门禁。',
    message: '请为驻场工程师开通数据中心 B 区门禁，以便更换光模块。',
    version: t.version,
  });
  t = await moveTicket(hoursAgo(agent, 22), ticket.id, {
    status: 'in_progress',
    version: t.version,
  });
  await moveTicket(hoursAgo(agent, 10), ticket.id, {
    status: 'resolved',
    resolution: '更换 Te1/0/12 光模块并清洁光纤接头，观察 2 小时无抖动。',
    version: t.version,
  });
}

/**
 * The bank's service desk this week: a P1 outage resolved overnight, a P2 waiting on the
 * bank's network team, a request in progress, a new one nobody has taken yet, a switch fault
 * the subcontractor fixed late; and the insurer's question in English, closed.
 */
export async function seedTickets(
  agent: Ctx,
  refs: {
    clientId: string;
    contractId: string;
    euroClientId: string;
    agentId: string;
    adminId: string;
    supplierContractId: string;
  },
) {
  const bank = { clientId: refs.clientId, contractId: refs.contractId };
  const groups = await seedGroups(agent, refs);
  await seedRoutedTicket(agent, bank, groups);
  const outage = await createTicket(hoursAgo(agent, 50), {
    ...bank,
    type: 'incident',
    title: '网银转账页面无法提交 Online banking transfers fail',
    description: '多个网点反馈个人网银转账提交后超时，错误码 E504。',
    requesterContactId: null,
    category: '应用',
    impact: 'high',
    urgency: 'high',
    groupId: groups.deskId,
    assigneeId: refs.agentId,
  });
  let t = await moveTicket(hoursAgo(agent, 49.5), outage.id, {
    status: 'in_progress',
    version: outage.version,
  });
  await moveTicket(hoursAgo(agent, 46), outage.id, {
    status: 'resolved',
    resolution: '负载均衡节点证书过期，已更换证书并重启；交易恢复。',
    version: t.version,
  });

  const vpn = await createTicket(hoursAgo(agent, 26), {
    ...bank,
    type: 'incident',
    title: '分行 VPN 间歇断开',
    description: '浦东分行的站点到站点 VPN 每隔约 20 分钟断开一次。',
    requesterContactId: null,
    category: '网络',
    impact: 'medium',
    urgency: 'high',
    groupId: groups.deskId,
    assigneeId: refs.agentId,
  });
  t = await moveTicket(hoursAgo(agent, 25), vpn.id, {
    status: 'in_progress',
    version: vpn.version,
  });
  await moveTicket(hoursAgo(agent, 22), vpn.id, {
    status: 'waiting',
    waitingOn: 'client',
    waitingCode: 'reply',
    reason: '已请行方网络组提供防火墙会话日志。',
    message: '请网络组提供浦东分行防火墙最近 24 小时的 VPN 会话日志。',
    version: t.version,
  });

  const laptops = await createTicket(hoursAgo(agent, 20), {
    ...bank,
    type: 'service_request',
    title: '新员工笔记本开通（5 台）',
    description: '下周一入职 5 名柜员，需预装标准镜像并开通域账号。',
    requesterContactId: null,
    category: '桌面',
    impact: 'low',
    urgency: 'medium',
    groupId: groups.deskId,
    assigneeId: null,
  });
  t = await updateTicket(hoursAgo(agent, 19), laptops.id, {
    assigneeId: refs.agentId,
    version: laptops.version,
  });
  await moveTicket(hoursAgo(agent, 18), laptops.id, { status: 'in_progress', version: t.version });

  await createTicket(hoursAgo(agent, 2), {
    ...bank,
    type: 'service_request',
    title: '打印机驱动更新申请',
    description: '营业部 3 台票据打印机需要升级驱动。',
    requesterContactId: null,
    category: '桌面',
    impact: 'low',
    urgency: 'low',
    groupId: groups.deskId,
    assigneeId: null,
  });

  const question = await createTicket(hoursAgo(agent, 72), {
    clientId: refs.euroClientId,
    contractId: null,
    type: 'service_request',
    title: 'Access to the claims test environment',
    description: 'Two testers need read access to the staging claims database.',
    requesterContactId: null,
    category: 'Access',
    impact: 'low',
    urgency: 'medium',
    groupId: null,
    assigneeId: refs.agentId,
  });
  t = await moveTicket(hoursAgo(agent, 70), question.id, {
    status: 'resolved',
    resolution: 'Read-only accounts created and sent to the testers.',
    version: question.version,
  });
  await moveTicket(hoursAgo(agent, 40), question.id, { status: 'closed', version: t.version });
}
