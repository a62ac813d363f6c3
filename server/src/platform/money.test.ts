import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor, Dec, inverseRate, minorDigits, roundMinor } from './money.ts';

/** Exchange rates as people enter them: up to six decimals, from 0.0001 to 10,000. */
const rateArb = fc
  .integer({ min: 1, max: 10_000_000_000 })
  .map((n) => new Dec(n).div(1_000_000).toString());
const currencyArb = fc.constantFrom('CNY', 'EUR', 'USD', 'JPY', 'KWD');
const amountArb = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
/** Whether an amount converted at a rate still fits in a number exactly. */
const fits = (a: number, from: string, to: string, rate: string) =>
  new Dec(a)
    .times(rate)
    .times(Dec.pow(10, Math.max(0, minorDigits(to) - minorDigits(from))))
    .abs()
    .lt(Number.MAX_SAFE_INTEGER / 10);

describe('money', () => {
  it('knows each currency’s minor unit', () => {
    expect([minorDigits('CNY'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('rounds half away from zero or half to even, never through binary floating point', () => {
    expect([roundMinor('2.5'), roundMinor('-2.5'), roundMinor('3.5')]).toEqual([3, -3, 4]);
    expect([roundMinor('2.5', 'half_even'), roundMinor('3.5', 'half_even')]).toEqual([2, 4]);
    // 1.005 KWD at 1 is 100.5 fen; through doubles it was 100.49999999999999, rounded to 100.
    expect(convertMinor(1005, 'KWD', 'CNY', '1')).toBe(101);
    expect(Math.round((1005 / 10 ** 3) * 1 * 10 ** 2)).toBe(100);
    // 5 fen at 0.5 is 2.5 fen: half-even keeps the even 2, half-up gives 3.
    expect(convertMinor(5, 'CNY', 'CNY', '0.5', 'half_even')).toBe(2);
    expect(convertMinor(5, 'CNY', 'CNY', '0.5')).toBe(3);
    expect(roundMinor('-0.4')).toBe(0);
    expect(Object.is(roundMinor('-0.4'), -0)).toBe(false);
  });

  it('converts between minor units of different sizes', () => {
    expect(convertMinor(123_456, 'EUR', 'CNY', '7.6923')).toBe(949_661);
    expect(convertMinor(1_000, 'JPY', 'CNY', '0.0478')).toBe(4_780);
    expect(convertMinor(4_780, 'CNY', 'JPY', inverseRate('0.0478'))).toBe(1_000);
  });

  it('refuses an amount past what a number holds exactly', () => {
    expect(() => convertMinor(Number.MAX_SAFE_INTEGER, 'CNY', 'CNY', '2')).toThrow(RangeError);
  });

  it('each conversion is within half a minor unit of the exact figure', () => {
    fc.assert(
      fc.property(amountArb, currencyArb, currencyArb, rateArb, (a, from, to, rate) => {
        fc.pre(fits(a, from, to, rate));
        const exact = new Dec(a)
          .times(rate)
          .times(Dec.pow(10, minorDigits(to) - minorDigits(from)));
        expect(
          exact
            .minus(convertMinor(a, from, to, rate))
            .abs()
            .lte(0.5),
        ).toBe(true);
      }),
    );
  });

  it('to base and back drifts by at most one minor unit of the coarser currency', () => {
    fc.assert(
      fc.property(amountArb, currencyArb, currencyArb, rateArb, (a, from, to, rate) => {
        fc.pre(fits(a, from, to, rate));
        const there = convertMinor(a, from, to, rate);
        const back = convertMinor(there, to, from, inverseRate(rate));
        // Minor units of `to` per minor unit of `from`: which side is coarser.
        const scale = new Dec(rate).times(Dec.pow(10, minorDigits(to) - minorDigits(from)));
        if (scale.gte(1)) expect(Math.abs(back - a)).toBeLessThanOrEqual(1);
        else expect(Math.abs(convertMinor(back, from, to, rate) - there)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
