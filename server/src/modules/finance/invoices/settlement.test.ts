import { describe, expect, it } from 'vitest';
import { settlementOf } from './settlement.ts';

const issued = {
  kind: 'invoice' as const,
  status: 'issued' as const,
  total_minor: 10_000,
  paid_minor: 0,
  credited_minor: 0,
  written_off_minor: 0,
  due_date: '2026-12-31',
};

describe('settlement of an invoice', () => {
  it('reads paid only when nothing is owed', () => {
    const at = (change: Partial<typeof issued>, today = '2026-12-01') =>
      settlementOf({ ...issued, ...change }, today);
    expect(at({})).toBe('open');
    expect(at({ paid_minor: 9_999 })).toBe('partially_paid');
    // A partial credit is no payment.
    expect(at({ credited_minor: 4_000 })).toBe('open');
    expect(at({ credited_minor: 4_000, paid_minor: 5_999 })).toBe('partially_paid');
    expect(at({ credited_minor: 4_000, paid_minor: 6_000 })).toBe('paid');
    expect(at({ credited_minor: 10_000 })).toBe('credited');
    expect(at({ paid_minor: 2_000, credited_minor: 10_000 })).toBe('credited');
    expect(at({ paid_minor: 2_000 }, '2027-01-01')).toBe('overdue');
    expect(at({ paid_minor: 10_000 }, '2027-01-01')).toBe('paid');
    expect(at({ paid_minor: 3_000, written_off_minor: 7_000 })).toBe('written_off');
    expect(at({ status: 'approved' as never })).toBeNull();
    expect(at({ kind: 'credit_note' as never })).toBeNull();
  });
});
