import type { Ctx } from '../../../platform/context.ts';
import { workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { Dec, minorDigits } from '../../../platform/money.ts';
import { clientBillingOf } from '../../clients/index.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { getInvoice } from '../invoices/invoices.service.ts';
import { policyOf } from '../tax/policy.service.ts';
import { amountInCapitals, amountInWords } from './amount-in-words.ts';

export type DocumentLocale = 'zh-CN' | 'en-US';

/** A contact's language as one of ours, or null when we do not write in it. */
export function documentLocaleOf(language: string | null): DocumentLocale | null {
  if (!language) return null;
  if (language.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (language.toLowerCase().startsWith('en')) return 'en-US';
  return null;
}

/** Unit price = net ÷ quantity in major units, to at most six places as fapiao allow. */
function unitPrice(netMinor: number, quantity: string, currency: string): string {
  const qty = new Dec(quantity);
  const major = new Dec(netMinor).div(Dec.pow(10, minorDigits(currency)));
  const price = (qty.isZero() ? major : major.div(qty)).toDecimalPlaces(6);
  return price.toFixed(Math.max(price.decimalPlaces(), minorDigits(currency)));
}

/**
 * An issued invoice or credit note as it is printed, mailed and exported for the tax
 * platform: the seller (销售方) and buyer (购买方), the fapiao fields of each line, a tax
 * summary per rate and 价税合计 in figures and words, and the language the client reads (its
 * first billing contact's, else the workspace's). Only issued documents have one: a
 * draft has no number and may still change.
 */
export async function printableInvoice(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const invoice = await getInvoice(ctx, id);
  if (invoice.status !== 'issued' || !invoice.number) {
    throw new AppError('conflict', 'Only an issued invoice or credit note is printed');
  }
  const [policy, buyer, contract, settings, original] = await Promise.all([
    policyOf(ctx.db, workspaceId),
    clientBillingOf(ctx.db, workspaceId, invoice.client.id),
    clientContractOf(ctx.db, workspaceId, invoice.contract.id),
    getSettingsRow(ctx.db, workspaceId),
    invoice.creditsId ? getInvoice(ctx, invoice.creditsId) : null,
  ]);
  if (!buyer || !contract) throw notFound('Invoice');
  const language =
    buyer.recipients.map((r) => documentLocaleOf(r.language)).find(Boolean) ?? settings.locale;
  const category = policy.fapiaoCategory ? `*${policy.fapiaoCategory}*` : '';
  const lines = invoice.lines.map((l) => ({
    seq: l.seq,
    itemName: `${category}${l.descriptionZh}`,
    descriptionEn: l.descriptionEn,
    unit: l.unit,
    /** The unit as the fapiao names it. */
    fapiaoUnit: l.unit === 'hour' ? '小时' : '项',
    quantity: l.quantity,
    unitPrice: unitPrice(l.netMinor, l.quantity, invoice.currency),
    netMinor: l.netMinor,
    taxRate: l.taxRate,
    taxMinor: l.taxMinor,
    grossMinor: l.grossMinor,
  }));
  const byRate = new Map<string, { netMinor: number; taxMinor: number }>();
  for (const l of lines) {
    const sum = byRate.get(l.taxRate) ?? { netMinor: 0, taxMinor: 0 };
    byRate.set(l.taxRate, {
      netMinor: sum.netMinor + l.netMinor,
      taxMinor: sum.taxMinor + l.taxMinor,
    });
  }
  return {
    invoice,
    language,
    originalNumber: original?.number ?? null,
    contract: { number: contract.number, paymentTermsDays: contract.paymentTermsDays },
    seller: {
      name: policy.sellerName,
      taxId: policy.sellerTaxId,
      address: policy.sellerAddress,
      bank: policy.sellerBank,
    },
    buyer,
    lines,
    taxSummary: [...byRate].map(([rate, sum]) => ({ rate, ...sum })),
    capitals: amountInCapitals(invoice.totalMinor, invoice.currency),
    words: amountInWords(invoice.totalMinor, invoice.currency),
  };
}

export type PrintableInvoice = Awaited<ReturnType<typeof printableInvoice>>;
