import { AppError } from '../../../platform/errors/app-error.ts';
import { headerKey, type Sheet } from '../../../platform/http/sheet.ts';
import { Dec, minorDigits } from '../../../platform/money.ts';
import type { ColumnMapping } from './banking.table.ts';

export type ParsedLine = {
  bookedOn: string;
  amountMinor: number;
  reference: string | null;
  counterparty: string | null;
};

/** 2026-11-27, 2026/11/27, 2026.11.27 or 20261127, as banks write them. */
function dayOf(text: string): string | null {
  const m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const day = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
}

/**
 * An amount as banks write it (thousands separators, a currency sign, a minus or brackets for
 * money out) in the currency's minor units; null when it is not one.
 */
function minorOf(text: string, currency: string): number | null {
  let t = text.trim().replace(/[\s,¥￥€$£]|CNY|EUR|USD|RMB/g, '');
  const bracketed = /^\((.*)\)$/.exec(t);
  if (bracketed) t = `-${bracketed[1]}`;
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  const minor = new Dec(t).times(Dec.pow(10, minorDigits(currency)));
  return minor.isInteger() ? minor.toNumber() : null;
}

/** Money in less money out, from two columns of which one is usually empty. */
function difference(moneyIn: string, moneyOut: string, currency: string): number | null {
  const read = (text: string) => (text.trim() === '' ? 0 : minorOf(text, currency));
  const [a, b] = [read(moneyIn), read(moneyOut)];
  return a === null || b === null ? null : a - b;
}

/**
 * The statement's lines from the file's rows under the account's column mapping. Every row
 * must read, or nothing is imported: the errors name the row and the column.
 */
export function linesFromSheet(sheet: Sheet, mapping: ColumnMapping, currency: string) {
  const column = (name: string | undefined) => (name ? headerKey(name) : null);
  const cols = {
    date: column(mapping.date) as string,
    amount: column(mapping.amount) as string,
    out: column(mapping.moneyOut),
    reference: column(mapping.reference),
    counterparty: column(mapping.counterparty),
  };
  const errors: Record<string, string[]> = {};
  const lines: ParsedLine[] = [];
  for (const [i, row] of sheet.entries()) {
    // The header is row 1 of the file.
    const at = `row ${i + 2}`;
    const bookedOn = dayOf(row[cols.date] ?? '');
    const amountMinor = cols.out
      ? difference(row[cols.amount] ?? '', row[cols.out] ?? '', currency)
      : minorOf(row[cols.amount] ?? '', currency);
    if (!bookedOn) errors[`${at}.${mapping.date}`] = ['not a day such as 2026-11-27'];
    if (amountMinor === null) errors[`${at}.${mapping.amount}`] = [`not an amount in ${currency}`];
    if (!bookedOn || amountMinor === null) continue;
    const text = (name: string | null) => (name ? row[name]?.trim() || null : null);
    lines.push({
      bookedOn,
      amountMinor,
      reference: text(cols.reference),
      counterparty: text(cols.counterparty),
    });
  }
  if (Object.keys(errors).length > 0) {
    throw new AppError('validation_failed', 'Some rows do not read under the mapping', {
      fields: errors,
    });
  }
  return lines;
}
