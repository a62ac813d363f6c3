import type { TicketPriority } from '../tickets/tickets.table.ts';

const priorityNames = {
  'zh-CN': { p1: 'P1 紧急', p2: 'P2 高', p3: 'P3 中', p4: 'P4 低' },
  'en-US': { p1: 'P1 critical', p2: 'P2 high', p3: 'P3 medium', p4: 'P4 low' },
} as const;

export type MailLanguage = keyof typeof priorityNames;

/** A contact's language for mail: theirs when they have one we write in, else Chinese. */
export const mailLanguageOf = (language: string | null): MailLanguage =>
  language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';

/**
 * The reply to a mail that opened a ticket, in the writer's language: its number, its
 * priority, and how to add to it (answer, keeping the token in the subject).
 */
export function receivedMail(
  language: MailLanguage,
  v: { token: string; number: string; title: string; priority: TicketPriority; name: string },
) {
  const priority = priorityNames[language][v.priority];
  if (language === 'zh-CN') {
    return {
      subject: `${v.token} 已受理：${v.title}`,
      body: `${v.name}，您好：\n\n我们已收到您的邮件，并创建工单 ${v.number}（${priority}）。\n如需补充信息，请直接回复本邮件，并保留标题中的 ${v.token}。\n\n服务台`,
    };
  }
  return {
    subject: `${v.token} Received: ${v.title}`,
    body: `Dear ${v.name},\n\nWe received your mail and opened ticket ${v.number} (${priority}).\nTo add to it, reply to this mail and keep ${v.token} in the subject.\n\nThe service desk`,
  };
}

/** A client-visible comment mailed to the ticket's requester, with the token to reply with. */
export function commentMail(
  language: MailLanguage,
  v: { token: string; title: string; name: string; body: string },
) {
  if (language === 'zh-CN') {
    return {
      subject: `${v.token} ${v.title}`,
      body: `${v.name}，您好：\n\n${v.body}\n\n回复本邮件即可答复，请保留标题中的 ${v.token}。\n\n服务台`,
    };
  }
  return {
    subject: `${v.token} ${v.title}`,
    body: `Dear ${v.name},\n\n${v.body}\n\nReply to this mail to answer, keeping ${v.token} in the subject.\n\nThe service desk`,
  };
}
