import type { Ctx } from '../../../platform/context.ts';
import type { Column } from '../../../platform/http/table-export.ts';
import { majorString } from '../../../platform/money.ts';
import { listInvoices } from '../invoices/invoices.service.ts';
import { type PrintableInvoice, printableInvoice } from './invoice-document.ts';

type Row = { doc: PrintableInvoice; line: PrintableInvoice['lines'][number] };

const money = (r: Row, minor: number) => majorString(minor, r.doc.invoice.currency);

/**
 * The fapiao fields of every line, one row per line, headed as the tax platform's import
 * template names them, for upload there: the app does not connect to it. docs/api.md lists
 * the columns.
 */
export const fapiaoColumns: Column<Row>[] = [
  { header: '单据编号', value: (r) => r.doc.invoice.number },
  { header: '红字对应单据', value: (r) => r.doc.originalNumber },
  { header: '开票日期', value: (r) => r.doc.invoice.issueDate },
  { header: '购买方名称', value: (r) => r.doc.buyer.name },
  { header: '购买方纳税人识别号', value: (r) => r.doc.buyer.taxId },
  {
    header: '购买方地址电话',
    value: (r) => [r.doc.buyer.address, r.doc.buyer.phone].filter(Boolean).join(' '),
  },
  { header: '购买方开户行及账号', value: (r) => r.doc.buyer.bank },
  { header: '项目名称', value: (r) => r.line.itemName },
  { header: '规格型号', value: () => '' },
  { header: '单位', value: (r) => r.line.fapiaoUnit },
  { header: '数量', value: (r) => r.line.quantity },
  { header: '单价', value: (r) => r.line.unitPrice },
  { header: '金额', value: (r) => money(r, r.line.netMinor) },
  { header: '税率', value: (r) => r.line.taxRate },
  { header: '税额', value: (r) => money(r, r.line.taxMinor) },
  { header: '价税合计', value: (r) => money(r, r.line.grossMinor) },
  { header: '币种', value: (r) => r.doc.invoice.currency },
];

/** A page of issued documents, in number order, as their fapiao lines. */
export async function fapiaoLinePage(
  ctx: Ctx,
  filter: {
    issuedFrom?: string | undefined;
    issuedTo?: string | undefined;
    clientId?: string | undefined;
  },
  limit: number,
  cursor: string | undefined,
) {
  const page = await listInvoices(ctx, {
    ...filter,
    status: 'issued',
    sort: 'number',
    limit,
    cursor,
  });
  const docs = await Promise.all(page.items.map((i) => printableInvoice(ctx, i.id)));
  return {
    items: docs.flatMap((doc) => doc.lines.map((line) => ({ doc, line }))),
    nextCursor: page.nextCursor,
  };
}
