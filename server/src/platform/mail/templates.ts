import type { MailInput } from './mail.ts';

export type MailLocale = 'zh-CN' | 'en-US';
type Text = { subject: string; body: string };
type Template<V> = Record<MailLocale, (v: V) => Text>;
type SurveyVars = { name: string; from: string; client: string; link: string };

/**
 * Mail is visible text too: every template exists in both languages. Every template's `link`
 * signs its recipient in or answers for them, so it is the mail's secret.
 */
const templates = {
  invitation: {
    'zh-CN': (v: { inviter: string; workspace: string; link: string }) => ({
      subject: `邀请您加入 Pontis 工作空间「${v.workspace}」`,
      body: `${v.inviter} 邀请您加入工作空间「${v.workspace}」。\n请在 7 天内打开以下链接接受邀请：\n${v.link}`,
    }),
    'en-US': (v: { inviter: string; workspace: string; link: string }) => ({
      subject: `You are invited to ${v.workspace} on Pontis`,
      body: `${v.inviter} invited you to the workspace ${v.workspace}.\nAccept within 7 days:\n${v.link}`,
    }),
  },
  passwordReset: {
    'zh-CN': (v: { link: string }) => ({
      subject: '重置您的 Pontis 密码',
      body: `请在 1 小时内打开以下链接设置新密码：\n${v.link}\n\n如果这不是您本人的操作，请忽略此邮件。`,
    }),
    'en-US': (v: { link: string }) => ({
      subject: 'Reset your Pontis password',
      body: `Open this link within an hour to choose a new password:\n${v.link}\n\nIf you did not ask for this, ignore this mail.`,
    }),
  },
  csatSurvey: {
    'zh-CN': (v: SurveyVars) => ({
      subject: `${v.from} 邀请您评价我们的服务`,
      body: `${v.name}，您好：\n\n您对 ${v.from} 为${v.client}提供的服务满意吗？请花一分钟打分：\n${v.link}\n\n链接 14 天内有效，仅可提交一次。谢谢！`,
    }),
    'en-US': (v: SurveyVars) => ({
      subject: `How satisfied are you with ${v.from}?`,
      body: `Dear ${v.name},\n\nHow satisfied are you with the service ${v.from} provides to ${v.client}? One minute, one question:\n${v.link}\n\nThe link works once, for 14 days. Thank you!`,
    }),
  },
  ticketSurvey: {
    'zh-CN': (v: SurveyVars & { ticket: string }) => ({
      subject: `您对工单 ${v.ticket} 的处理满意吗？`,
      body: `${v.name}，您好：\n\n${v.from} 已解决您的工单 ${v.ticket}。您对这次处理满意吗？请花一分钟打分：\n${v.link}\n\n链接 14 天内有效，仅可提交一次。谢谢！`,
    }),
    'en-US': (v: SurveyVars & { ticket: string }) => ({
      subject: `How satisfied are you with how we handled ${v.ticket}?`,
      body: `Dear ${v.name},\n\n${v.from} resolved your ticket ${v.ticket}. How satisfied are you with how it was handled? One minute, one question:\n${v.link}\n\nThe link works once, for 14 days. Thank you!`,
    }),
  },
  npsSurvey: {
    'zh-CN': (v: SurveyVars) => ({
      subject: `您会向同行推荐 ${v.from} 吗？`,
      body: `${v.name}，您好：\n\n您有多大可能向朋友或同事推荐 ${v.from}？请花一分钟回答：\n${v.link}\n\n链接 14 天内有效，仅可提交一次。谢谢！`,
    }),
    'en-US': (v: SurveyVars) => ({
      subject: `Would you recommend ${v.from}?`,
      body: `Dear ${v.name},\n\nHow likely are you to recommend ${v.from} to a friend or colleague? One minute, one question:\n${v.link}\n\nThe link works once, for 14 days. Thank you!`,
    }),
  },
} satisfies Record<string, Template<never>>;

type Templates = typeof templates;
type Vars<K extends keyof Templates> = Parameters<Templates[K]['en-US']>[0];

/** A mail in the recipient's language. */
export function mailIn<K extends keyof Templates>(
  locale: MailLocale,
  key: K,
  to: string,
  vars: Vars<K>,
): MailInput {
  return { to, ...(templates[key][locale] as (v: Vars<K>) => Text)(vars), secrets: [vars.link] };
}

/** For a recipient whose language we do not know yet: Chinese first, then English. */
export function mailInBoth<K extends keyof Templates>(
  key: K,
  to: string,
  vars: Vars<K>,
): MailInput {
  const zh = (templates[key]['zh-CN'] as (v: Vars<K>) => Text)(vars);
  const en = (templates[key]['en-US'] as (v: Vars<K>) => Text)(vars);
  return {
    to,
    subject: `${zh.subject} / ${en.subject}`,
    body: `${zh.body}\n\n———\n\n${en.body}`,
    secrets: [vars.link],
  };
}
