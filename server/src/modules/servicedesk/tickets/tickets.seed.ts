import type { Ctx } from '../../../platform/context.ts';
import { createTicket, moveTicket, updateTicket } from './tickets.service.ts';

/** The same context with its clock `hours` before now: the demo writes a few days of history. */
const hoursAgo = (ctx: Ctx, hours: number): Ctx => {
  const at = ctx.clock.now().getTime() - hours * 3_600_000;
  return { ...ctx, clock: { now: () => new Date(at) } };
};

/**
 * The bank's service desk this week: a P1 outage resolved overnight, a P2 waiting on the
 * bank's network team, a request in progress, a new one nobody has taken yet; and the
 * insurer's question in English, closed.
 */
export async function seedTickets(
  agent: Ctx,
  refs: { clientId: string; contractId: string; euroClientId: string; agentId: string },
) {
  const bank = { clientId: refs.clientId, contractId: refs.contractId };
  const outage = await createTicket(hoursAgo(agent, 50), {
    ...bank,
    type: 'incident',
    title: '网银转账页面无法提交 Online banking transfers fail',
    description: '多个网点反馈个人网银转账提交后超时，错误码 E504。',
    requesterContactId: null,
    category: '应用',
    impact: 'high',
    urgency: 'high',
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
    assigneeId: refs.agentId,
  });
  t = await moveTicket(hoursAgo(agent, 25), vpn.id, {
    status: 'in_progress',
    version: vpn.version,
  });
  await moveTicket(hoursAgo(agent, 22), vpn.id, {
    status: 'waiting',
    waitingOn: 'client',
    reason: '已请行方网络组提供防火墙会话日志。',
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
    assigneeId: refs.agentId,
  });
  t = await moveTicket(hoursAgo(agent, 70), question.id, {
    status: 'resolved',
    resolution: 'Read-only accounts created and sent to the testers.',
    version: question.version,
  });
  await moveTicket(hoursAgo(agent, 40), question.id, { status: 'closed', version: t.version });
}
