import { isoNow } from '../../../platform/clock.ts';
import type { Ctx } from '../../../platform/context.ts';
import { workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { queueMail } from '../../../platform/mail/mail.ts';
import { majorString } from '../../../platform/money.ts';
import { forChange, move } from '../invoices/invoice-changes.ts';
import { getInvoice } from '../invoices/invoices.service.ts';
import {
  type DocumentLocale,
  documentLocaleOf,
  type PrintableInvoice,
  printableInvoice,
} from './invoice-document.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

/** The mail that carries a document, in the recipient's language. */
function invoiceMail(doc: PrintableInvoice, language: DocumentLocale, name: string) {
  const { invoice } = doc;
  const seller = doc.seller.name ?? 'Pontis';
  const amount = `${invoice.currency} ${majorString(invoice.totalMinor, invoice.currency)}`;
  const credit = invoice.kind === 'credit_note';
  if (language === 'zh-CN') {
    const what = credit
      ? `红字发票 ${invoice.number}（冲减 ${doc.originalNumber}）`
      : `发票 ${invoice.number}`;
    const pay = credit ? '' : `请于 ${invoice.dueDate} 前付款。`;
    return {
      subject: `${seller}：${what}`,
      body: `${name}，您好：\n\n附件为${seller}开具的${what}，价税合计 ${amount}。${pay}\n\n如有疑问，请回复此邮件。`,
    };
  }
  const what = credit
    ? `credit note ${invoice.number} (crediting ${doc.originalNumber})`
    : `invoice ${invoice.number}`;
  const pay = credit ? '' : ` Please pay by ${invoice.dueDate}.`;
  return {
    subject: `${seller}: ${what}`,
    body: `Dear ${name},\n\nPlease find attached ${seller}'s ${what}, ${amount} including tax.${pay}\n\nReply to this mail with any question.`,
  };
}

/**
 * Mails an issued invoice or credit note to each of the client's billing contacts with its
 * PDF in their language. The PDFs are rendered before the transaction; the mail leaves only
 * if the change commits, and the invoice records when it was sent.
 */
export async function sendInvoice(ctx: Ctx, id: string, version: number) {
  // Checked before rendering, so a stale or unissued request costs no PDF; again when written.
  await forChange(ctx.db, ctx, id, version, 'issued', 'sent');
  const doc = await printableInvoice(ctx, id);
  const recipients = doc.buyer.recipients;
  if (recipients.length === 0) {
    throw new AppError('unprocessable', 'The client has no billing contact with an e-mail address');
  }
  const languageOf = (r: (typeof recipients)[number]) =>
    documentLocaleOf(r.language) ?? doc.language;
  const pdfs = new Map<DocumentLocale, Buffer>();
  for (const language of new Set(recipients.map(languageOf))) {
    pdfs.set(language, await renderInvoicePdf(doc, language));
  }
  await ctx.db.transaction().execute(async (trx) => {
    const row = await forChange(trx, ctx, id, version, 'issued', 'sent');
    for (const r of recipients) {
      const language = languageOf(r);
      await queueMail(trx, ctx, {
        to: r.email,
        ...invoiceMail(doc, language, r.name),
        workspaceId: workspaceOf(ctx),
        attachments: [
          {
            fileName: `${doc.invoice.number}.pdf`,
            mediaType: 'application/pdf',
            content: pdfs.get(language) as Buffer,
          },
        ],
      });
    }
    const sentAt = isoNow(ctx.clock);
    await move(trx, ctx, row, { sent_at: sentAt }, 'invoice.send', {
      sentAt: { before: row.sent_at, after: sentAt },
      recipients: { after: recipients.length },
    });
  });
  return getInvoice(ctx, id);
}
