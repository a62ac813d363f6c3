import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../platform/money.ts';
import { documentTotals, type PricedLine, type TaxPolicy } from './document-totals.ts';

/** China's VAT rates, and a rate of another country. */
const rateArb = fc.constantFrom('0.06', '0.13', '0.09', '0.03', '0', '0.19');
const lineArb: fc.Arbitrary<PricedLine> = fc.record({
  // Quarter hours up to 200 hours, or whole pieces.
  quantity: fc.integer({ min: 1, max: 800 }).map((q) => new Dec(q).div(4).toString()),
  // Minor units per unit with up to three decimals (a day rate per hour, say), discounts too.
  unitPriceMinor: fc
    .integer({ min: -5_000_000, max: 50_000_000 })
    .map((p) => new Dec(p).div(1000).toString()),
  taxRate: rateArb,
});
const policyArb: fc.Arbitrary<TaxPolicy> = fc.record({
  taxBasis: fc.constantFrom('line' as const, 'document' as const),
  rounding: fc.constantFrom('half_up' as const, 'half_even' as const),
  pricesIncludeTax: fc.boolean(),
});
const linesArb = fc.array(lineArb, { minLength: 1, maxLength: 30 });

describe('document totals', () => {
  it('total = Σ line nets + Σ line taxes under every policy, and each line adds up', () => {
    fc.assert(
      fc.property(linesArb, policyArb, (lines, policy) => {
        const t = documentTotals(lines, policy);
        expect(t.totalMinor).toBe(t.netMinor + t.taxMinor);
        expect(t.netMinor).toBe(t.lines.reduce((s, l) => s + l.netMinor, 0));
        expect(t.taxMinor).toBe(t.lines.reduce((s, l) => s + l.taxMinor, 0));
        for (const l of t.lines) expect(l.grossMinor).toBe(l.netMinor + l.taxMinor);
      }),
    );
  });

  it('a tax-inclusive price is what the line comes to: net and tax re-add to it', () => {
    fc.assert(
      fc.property(linesArb, policyArb, (lines, policy) => {
        const t = documentTotals(lines, { ...policy, pricesIncludeTax: true });
        lines.forEach((l, i) => {
          const price = new Dec(l.quantity).times(l.unitPriceMinor);
          const rounded = price.toDecimalPlaces(
            0,
            policy.rounding === 'half_up' ? Dec.ROUND_HALF_UP : Dec.ROUND_HALF_EVEN,
          );
          expect(t.lines[i]?.grossMinor).toBe(rounded.toNumber() || 0);
        });
      }),
    );
  });

  it('per document, each rate is taxed once on its sum; per line, each line on its own', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const base = { rounding: 'half_up' as const, pricesIncludeTax: false };
        const doc = documentTotals(lines, { ...base, taxBasis: 'document' });
        for (const rate of new Set(lines.map((l) => l.taxRate))) {
          const of = lines.flatMap((l, i) => (l.taxRate === rate ? [i] : []));
          const net = of.reduce((s, i) => s + (doc.lines[i]?.netMinor ?? 0), 0);
          const tax = of.reduce((s, i) => s + (doc.lines[i]?.taxMinor ?? 0), 0);
          expect(tax).toBe(
            new Dec(net).times(rate).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() || 0,
          );
        }
        const perLine = documentTotals(lines, { ...base, taxBasis: 'line' });
        lines.forEach((l, i) => {
          const net = perLine.lines[i]?.netMinor ?? 0;
          expect(perLine.lines[i]?.taxMinor).toBe(
            new Dec(net).times(l.taxRate).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() || 0,
          );
        });
      }),
    );
  });

  it('the rounding line stays within one minor unit per line and rate', () => {
    fc.assert(
      fc.property(linesArb, policyArb, (lines, policy) => {
        const t = documentTotals(lines, policy);
        const rates = new Set(lines.map((l) => l.taxRate)).size;
        expect(Math.abs(t.roundingMinor)).toBeLessThanOrEqual(lines.length + rates);
        expect(new Dec(t.exactTotal).minus(t.totalMinor).abs().toNumber()).toBeLessThanOrEqual(
          lines.length + rates + 0.5,
        );
      }),
    );
  });

  it('rounds 6% VAT on three consulting days as a fapiao does', () => {
    // 3 days at ¥1,234.565 a day: ¥3,703.695 net.
    const lines = [{ quantity: '3', unitPriceMinor: '123456.5', taxRate: '0.06' }];
    const exclusive = documentTotals(lines, {
      taxBasis: 'line',
      rounding: 'half_up',
      pricesIncludeTax: false,
    });
    expect(exclusive).toMatchObject({ netMinor: 370_370, taxMinor: 22_222, totalMinor: 392_592 });
    const evenly = documentTotals(lines, {
      taxBasis: 'line',
      rounding: 'half_even',
      pricesIncludeTax: false,
    });
    expect(evenly.netMinor).toBe(370_370);
    // Two lines of 5 fen at 5%: 0.25 fen of tax each, none per line; per document 0.5 fen rounds to 1.
    const small = [
      { quantity: '1', unitPriceMinor: '5', taxRate: '0.05' },
      { quantity: '1', unitPriceMinor: '5', taxRate: '0.05' },
    ];
    const byLine = documentTotals(small, {
      taxBasis: 'line',
      rounding: 'half_up',
      pricesIncludeTax: false,
    });
    const byDoc = documentTotals(small, {
      taxBasis: 'document',
      rounding: 'half_up',
      pricesIncludeTax: false,
    });
    expect([byLine.taxMinor, byDoc.taxMinor]).toEqual([0, 1]);
    expect(byLine.roundingMinor).toBe(-1);
    expect(byDoc.roundingMinor).toBe(0);
    // Tax-inclusive ¥106.00 at 6%: ¥100.00 net, ¥6.00 tax.
    const inclusive = documentTotals(
      [{ quantity: '1', unitPriceMinor: '10600', taxRate: '0.06' }],
      {
        taxBasis: 'line',
        rounding: 'half_up',
        pricesIncludeTax: true,
      },
    );
    expect(inclusive).toMatchObject({ netMinor: 10_000, taxMinor: 600, totalMinor: 10_600 });
  });
});
