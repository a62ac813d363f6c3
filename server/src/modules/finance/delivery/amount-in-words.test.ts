import { describe, expect, it } from 'vitest';
import { amountInCapitals, amountInWords } from './amount-in-words.ts';

describe('amounts in words', () => {
  it('writes 价税合计 in Chinese capitals as a fapiao does, negatives for red fapiao', () => {
    expect(amountInCapitals(3_180_000, 'CNY')).toBe('叁万壹仟捌佰元整');
    expect(amountInCapitals(1_234_567, 'CNY')).toBe('壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(amountInCapitals(10_005, 'CNY')).toBe('壹佰元零伍分');
    expect(amountInCapitals(5, 'CNY')).toBe('伍分');
    expect(amountInCapitals(-3_180_000, 'CNY')).toBe('（负数）叁万壹仟捌佰元整');
  });

  it('writes other currencies, and English documents, in words', () => {
    expect(amountInWords(3_180_000, 'CNY')).toBe('SAY CNY THIRTY-ONE THOUSAND EIGHT HUNDRED ONLY');
    expect(amountInWords(100_005, 'USD')).toBe('SAY USD ONE THOUSAND AND CENTS FIVE ONLY');
    expect(amountInWords(-250, 'EUR')).toBe('SAY MINUS EUR TWO AND CENTS FIFTY ONLY');
    expect(amountInCapitals(12_345, 'JPY')).toBe(
      'SAY JPY TWELVE THOUSAND THREE HUNDRED FORTY-FIVE ONLY',
    );
  });
});
