import { sql } from 'kysely';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Deps, systemCtx } from '../../../platform/context.ts';
import { daysBetween } from '../../../platform/days.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { queueMail } from '../../../platform/mail/mail.ts';
import { majorString } from '../../../platform/money.ts';
import { clientBillingOf } from '../../clients/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { documentLocaleOf } from '../delivery/invoice-document.ts';
import { type FinancePolicy, policyOf } from '../tax/policy.service.ts';

type Overdue = {
  number: string;
  issueDate: string;
  dueDate: string;
  days: number;
  amount: string;
  seller: string;
};

/** A payment reminder (催款) in the recipient's language. */
function reminderMail(language: 'zh-CN' | 'en-US', name: string, o: Overdue) {
  if (language === 'zh-CN') {
    return {
      subject: `付款提醒：发票 ${o.number} 已逾期 ${o.days} 天`,
      body: `${name}，您好：\n\n${o.seller}于 ${o.issueDate} 开具的发票 ${o.number} 应于 ${o.dueDate} 付款，目前仍有 ${o.amount} 未付。\n如已付款，请忽略此提醒；如有疑问，请回复此邮件。`,
    };
  }
  return {
    subject: `Payment reminder: invoice ${o.number} is ${o.days} days overdue`,
    body: `Dear ${name},\n\n${o.seller}'s invoice ${o.number} of ${o.issueDate} was due on ${o.dueDate}; ${o.amount} of it is still unpaid.\nIf you have paid it, please ignore this reminder; reply to this mail with any question.`,
  };
}

/**
 * Reminds clients of overdue invoices on the days after the due date the workspace chose
 * (7, 30 and 60 unless it says otherwise): each reminder once, to every billing contact in
 * their language. Nothing is sent for what is paid, credited, written off or disputed, and
 * a reminder skipped while the worker was down goes out once, not once per missed day.
 */
export async function runPaymentReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const overdue = await deps.db
    .selectFrom('invoices')
    .select([
      'id',
      'workspace_id',
      'client_id',
      'number',
      'currency',
      'issue_date',
      'due_date',
      'reminders_sent',
      sql<number>`total_minor - credited_minor - paid_minor - written_off_minor`.as('owed'),
    ])
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('disputed_at', 'is', null)
    .where('due_date', '<', scope.today)
    .where(sql<boolean>`total_minor - credited_minor - paid_minor - written_off_minor > 0`)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  let sent = 0;
  // Each workspace's reminder days, seller and language, read once per run.
  const workspaces = new Map<string, { policy: FinancePolicy; locale: 'zh-CN' | 'en-US' }>();
  const workspace = async (id: string) => {
    const known = workspaces.get(id);
    if (known) return known;
    const read = {
      policy: await policyOf(deps.db, id),
      locale: (await getSettingsRow(deps.db, id)).locale,
    };
    workspaces.set(id, read);
    return read;
  };
  for (const invoice of overdue) {
    const days = daysBetween(invoice.due_date as string, scope.today);
    const { policy, locale } = await workspace(invoice.workspace_id);
    const due = policy.reminderDays.filter((d) => d <= days).length;
    if (due <= invoice.reminders_sent) continue;
    const ctx = systemCtx(deps, invoice.workspace_id);
    await deps.db.transaction().execute(async (trx) => {
      // Taken for this run alone: a second worker finds it reminded already.
      const taken = await trx
        .updateTable('invoices')
        .set({ reminders_sent: due, updated_at: isoNow(deps.clock) })
        .where('id', '=', invoice.id)
        .where('reminders_sent', '=', invoice.reminders_sent)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 0) return;
      const buyer = await clientBillingOf(trx, invoice.workspace_id, invoice.client_id);
      const facts: Overdue = {
        number: invoice.number ?? '',
        issueDate: invoice.issue_date ?? '',
        dueDate: invoice.due_date ?? '',
        days,
        amount: `${invoice.currency} ${majorString(Number(invoice.owed), invoice.currency)}`,
        seller: policy.sellerName ?? 'Pontis',
      };
      for (const r of buyer?.recipients ?? []) {
        const language = documentLocaleOf(r.language) ?? locale;
        await queueMail(trx, ctx, {
          to: r.email,
          ...reminderMail(language, r.name, facts),
          workspaceId: invoice.workspace_id,
        });
      }
      await audit(trx, ctx, {
        action: 'invoice.remind',
        entityType: 'invoice',
        entityId: invoice.id,
        changes: {
          reminder: { before: invoice.reminders_sent, after: due },
          recipients: { after: buyer?.recipients.length ?? 0 },
        },
      });
      sent += 1;
    });
  }
  return sent;
}
