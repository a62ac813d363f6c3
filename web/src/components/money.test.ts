import { describe, expect, it } from 'vitest';
import { formatMoney, fromMinor, toMinor } from './money';

describe('money', () => {
  it('converts by each currency’s minor unit without float drift', () => {
    expect(toMinor(1234.56, 'CNY')).toBe(123456);
    expect(toMinor(0.1 + 0.2, 'EUR')).toBe(30);
    expect(toMinor(1500, 'JPY')).toBe(1500);
    expect(toMinor(1.234, 'BHD')).toBe(1234);
    expect(fromMinor(123456, 'CNY')).toBe(1234.56);
  });

  it('formats in the reader’s language', () => {
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(123456, 'EUR', 'en-US')).toBe('€1,234.56');
  });
});
