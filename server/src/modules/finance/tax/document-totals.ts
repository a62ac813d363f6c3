import { allocateMinor, Dec, type RoundingMode, roundMinor } from '../../../platform/money.ts';

/** How a workspace turns line prices into tax and totals: data, chosen in finance settings. */
export type TaxPolicy = {
  /** Tax rounded on each line, or once per tax rate on the document's sum. */
  taxBasis: 'line' | 'document';
  rounding: RoundingMode;
  /** Prices include tax (the tax is backed out of them) or tax comes on top. */
  pricesIncludeTax: boolean;
};

export type PricedLine = {
  /** Hours, days, pieces: a decimal string, as exact as the source gave it. */
  quantity: string;
  /** Minor units per unit, possibly fractional (a day rate over minutes): a decimal string. */
  unitPriceMinor: string;
  /** 0.06 for 6% VAT. */
  taxRate: string;
};

export type LineTotals = {
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
  /** Before rounding: quantity × price without tax, and its tax. */
  exactNet: string;
  exactTax: string;
};

/**
 * A document's lines, tax and total under a workspace's policy, with the exact figures beside
 * the rounded ones. Whatever the policy, total = Σ line nets + Σ line taxes, each line's net +
 * tax = its gross, and a tax-inclusive line's gross is its price as entered. Where tax is
 * rounded per document, each rate's rounded tax is spread over its lines (largest remainders)
 * so the lines still add up. `roundingMinor` is how far the rounded total lies from the exact
 * one, shown as its own line on the document.
 */
export function documentTotals(lines: readonly PricedLine[], policy: TaxPolicy) {
  const round = (v: Dec) => roundMinor(v, policy.rounding);
  const priced = lines.map((l) => {
    const rate = new Dec(l.taxRate);
    const amount = new Dec(l.quantity).times(l.unitPriceMinor);
    const exactNet = policy.pricesIncludeTax ? amount.div(rate.plus(1)) : amount;
    return { rate, amount: round(amount), exactNet, exactTax: exactNet.times(rate) };
  });
  // Per line: each line's tax rounded on its own. Per document: one rounding per rate.
  const taxes =
    policy.taxBasis === 'line'
      ? priced.map((p) =>
          policy.pricesIncludeTax
            ? p.amount - round(new Dec(p.amount).div(p.rate.plus(1)))
            : round(new Dec(p.amount).times(p.rate)),
        )
      : documentTaxes(priced, policy, round);
  const totals: LineTotals[] = priced.map((p, i) => {
    const taxMinor = taxes[i] as number;
    const netMinor = policy.pricesIncludeTax ? p.amount - taxMinor : p.amount;
    return {
      netMinor,
      taxMinor,
      grossMinor: netMinor + taxMinor,
      exactNet: p.exactNet.toString(),
      exactTax: p.exactTax.toString(),
    };
  });
  const netMinor = totals.reduce((s, l) => s + l.netMinor, 0);
  const taxMinor = totals.reduce((s, l) => s + l.taxMinor, 0);
  const exactTotal = priced.reduce((s, p) => s.plus(p.exactNet).plus(p.exactTax), new Dec(0));
  return {
    lines: totals,
    netMinor,
    taxMinor,
    totalMinor: netMinor + taxMinor,
    exactTotal: exactTotal.toString(),
    roundingMinor: netMinor + taxMinor - round(exactTotal),
  };
}

type Priced = { rate: Dec; amount: number };

/** Per rate: the tax of the lines' rounded sum, spread back over the lines. */
function documentTaxes(priced: Priced[], policy: TaxPolicy, round: (v: Dec) => number) {
  const taxes = priced.map(() => 0);
  const rates = new Map<string, number[]>();
  for (const [i, p] of priced.entries()) {
    rates.set(p.rate.toString(), [...(rates.get(p.rate.toString()) ?? []), i]);
  }
  for (const [rate, indexes] of rates) {
    const sum = indexes.reduce((s, i) => s + (priced[i] as Priced).amount, 0);
    const tax = policy.pricesIncludeTax
      ? sum - round(new Dec(sum).div(new Dec(rate).plus(1)))
      : round(new Dec(sum).times(rate));
    const shares = allocateMinor(
      tax,
      indexes.map((i) => new Dec((priced[i] as Priced).amount)),
    );
    indexes.forEach((i, k) => {
      taxes[i] = shares[k] as number;
    });
  }
  return taxes;
}
