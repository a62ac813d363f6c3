/** How many decimal places a currency's minor unit has (CNY 2, JPY 0, BHD 3). */
export function fractionDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** What a person types (yuan, euros) to what the API keeps (fen, cents), without float drift. */
export function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** fractionDigits(currency));
}

export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** fractionDigits(currency);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    fromMinor(minor, currency),
  );
}

/** Offered first in currency pickers; any ISO 4217 code can still be typed. */
export const commonCurrencies = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'];

/** A fraction the API keeps ('0.075') as the percentage people read and type (7.5). */
export function percentOf(fraction: string): number {
  return Number((Number(fraction) * 100).toFixed(2));
}

/** A percentage with up to two places as the API's fraction with up to four: 7.5 → '0.075'. */
export function fractionOf(percent: number): string {
  return String(Number((percent / 100).toFixed(4)));
}
