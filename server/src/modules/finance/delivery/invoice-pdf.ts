import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { majorString } from '../../../platform/money.ts';
import type { DocumentLocale, PrintableInvoice } from './invoice-document.ts';

const require = createRequire(import.meta.url);
/**
 * Noto Sans SC from an npm package, read once: every machine renders Chinese the same way
 * without system fonts. Its simplified-Chinese cut also carries Latin, digits and ¥ €.
 */
let font: Buffer | undefined;
const fontData = () =>
  (font ??= readFileSync(
    require.resolve(
      '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
    ),
  ));

const labels = {
  'zh-CN': {
    invoice: '发票',
    creditNote: '红字发票（贷项通知单）',
    number: '发票号码',
    issueDate: '开票日期',
    dueDate: '付款到期日',
    contract: '合同编号',
    credits: '对应蓝字发票',
    reason: '红冲原因',
    seller: '销售方',
    buyer: '购买方',
    name: '名称',
    taxId: '纳税人识别号',
    address: '地址、电话',
    bank: '开户行及账号',
    item: '项目名称',
    unit: '单位',
    quantity: '数量',
    unitPrice: '单价',
    amount: '金额',
    rate: '税率',
    tax: '税额',
    taxSummary: '税额汇总',
    net: '合计金额',
    total: '价税合计',
    inWords: '价税合计（大写）',
    rounding: '舍入差额',
    payment: '付款信息',
    terms: (days: number, due: string) => `合同约定 ${days} 天内付款，最迟 ${due}。`,
    hour: '小时',
    piece: '项',
  },
  'en-US': {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    number: 'Number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    contract: 'Contract',
    credits: 'Credits invoice',
    reason: 'Reason',
    seller: 'Seller',
    buyer: 'Bill to',
    name: 'Name',
    taxId: 'Tax ID',
    address: 'Address and phone',
    bank: 'Bank and account',
    item: 'Item',
    unit: 'Unit',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    amount: 'Amount',
    rate: 'Rate',
    tax: 'Tax',
    taxSummary: 'Tax summary',
    net: 'Net',
    total: 'Total incl. tax',
    inWords: 'Amount in words',
    rounding: 'Rounding',
    payment: 'Payment',
    terms: (days: number, due: string) => `Payable within ${days} days, by ${due}.`,
    hour: 'hour',
    piece: 'item',
  },
} satisfies Record<DocumentLocale, Record<string, unknown>>;

/** 31800.00 as people read it on paper: 31,800.00. */
const grouped = (major: string) => major.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const percent = (rate: string) => `${Number((Number(rate) * 100).toFixed(2))}%`;

/** Columns of the line table: x offset and width on an A4 page with 40pt margins. */
const columns = {
  item: [40, 170],
  unit: [210, 40],
  quantity: [250, 45],
  unitPrice: [295, 65],
  amount: [360, 75],
  rate: [435, 40],
  tax: [475, 80],
} as const;

/**
 * Renders an issued invoice or credit note as an A4 PDF in a language (the client's unless
 * asked otherwise): header, seller and
 * buyer, the fapiao lines, the tax summary, 价税合计 in figures and words, and how to pay.
 */
export async function renderInvoicePdf(
  doc: PrintableInvoice,
  language: DocumentLocale = doc.language,
): Promise<Buffer> {
  // pdfkit is loaded on the first PDF: a server that never prints never carries it.
  const PDFDocument = (await import('pdfkit')).default;
  const { invoice } = doc;
  const l = labels[language];
  const money = (minor: number) => grouped(majorString(minor, invoice.currency));
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: {
      Title: `${invoice.number}`,
      Author: doc.seller.name ?? 'Pontis',
      CreationDate: new Date(invoice.issuedAt ?? invoice.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    pdf.on('end', () => resolve(Buffer.concat(chunks))),
  );
  pdf.registerFont('body', fontData());
  pdf.font('body');

  const credit = invoice.kind === 'credit_note';
  pdf.fontSize(18).text(credit ? l.creditNote : l.invoice, { align: 'center' });
  pdf.moveDown(0.5).fontSize(9);
  const facts: [string, string | null][] = [
    [l.number, invoice.number],
    [l.issueDate, invoice.issueDate],
    [l.dueDate, invoice.dueDate],
    [l.contract, doc.contract.number],
    [l.credits, doc.originalNumber],
    [l.reason, invoice.reason],
  ];
  for (const [label, value] of facts) if (value) pdf.text(`${label}: ${value}`);

  const partyTop = pdf.y + 10;
  const party = (title: string, x: number, p: typeof doc.buyer | typeof doc.seller) => {
    pdf.fontSize(11).text(title, x, partyTop, { width: 250 });
    pdf.fontSize(9);
    for (const [label, value] of [
      [l.name, p.name],
      [l.taxId, p.taxId],
      [l.address, [p.address, 'phone' in p ? p.phone : null].filter(Boolean).join(' ')],
      [l.bank, p.bank],
    ] as const) {
      pdf.text(`${label}: ${value || '—'}`, x, undefined, { width: 250 });
    }
    return pdf.y;
  };
  const bottom = Math.max(party(l.buyer, 40, doc.buyer), party(l.seller, 305, doc.seller));

  const row = (cells: Record<keyof typeof columns, string>, y: number) => {
    let height = 0;
    for (const [key, [x, width]] of Object.entries(columns)) {
      const align = key === 'item' || key === 'unit' ? 'left' : 'right';
      pdf.text(cells[key as keyof typeof columns], x, y, { width: width - 4, align });
      height = Math.max(height, pdf.y - y);
    }
    return y + height + 4;
  };
  let y = bottom + 16;
  pdf.fontSize(9);
  y = row(
    {
      item: l.item,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      amount: l.amount,
      rate: l.rate,
      tax: l.tax,
    },
    y,
  );
  pdf.moveTo(40, y).lineTo(555, y).stroke();
  y += 4;
  for (const line of doc.lines) {
    if (y > 740) {
      pdf.addPage();
      y = 40;
    }
    y = row(
      {
        item: language === 'zh-CN' ? line.itemName : line.descriptionEn,
        unit: line.unit === 'hour' ? l.hour : l.piece,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        amount: money(line.netMinor),
        rate: percent(line.taxRate),
        tax: money(line.taxMinor),
      },
      y,
    );
  }
  pdf.moveTo(40, y).lineTo(555, y).stroke();

  pdf.text('', 40, y + 10);
  pdf.fontSize(10).text(l.taxSummary);
  pdf.fontSize(9);
  for (const s of doc.taxSummary) {
    pdf.text(`${percent(s.rate)}: ${l.amount} ${money(s.netMinor)}  ${l.tax} ${money(s.taxMinor)}`);
  }
  pdf.moveDown(0.5);
  pdf.text(`${l.net}: ${invoice.currency} ${money(invoice.netMinor)}`);
  pdf.text(`${l.tax}: ${invoice.currency} ${money(invoice.taxMinor)}`);
  if (invoice.roundingMinor !== 0) pdf.text(`${l.rounding}: ${money(invoice.roundingMinor)}`);
  pdf.fontSize(11).text(`${l.total}: ${invoice.currency} ${money(invoice.totalMinor)}`);
  pdf.fontSize(9).text(`${l.inWords}: ${language === 'zh-CN' ? doc.capitals : doc.words}`);

  pdf.moveDown();
  pdf.fontSize(10).text(l.payment);
  pdf.fontSize(9);
  if (doc.seller.bank) pdf.text(`${l.bank}: ${doc.seller.bank}`);
  if (!credit && invoice.dueDate) {
    pdf.text(l.terms(doc.contract.paymentTermsDays, invoice.dueDate));
  }
  pdf.end();
  return done;
}
