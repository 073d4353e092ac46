import { describe, expect, it } from 'vitest';
import { currentMonth, monthOf, monthRange, periodOf } from './report-period';

describe('dashboard periods', () => {
  it('gives a month its first and last day', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-13')).toBeNull();
  });

  it("reads the month in the unit's zone, not the browser's", () => {
    // 30 April 17:30 UTC is already 1 May in Jakarta.
    expect(currentMonth('Asia/Jakarta', new Date('2026-04-30T17:30:00Z'))).toBe('2026-05');
    expect(currentMonth('UTC', new Date('2026-04-30T17:30:00Z'))).toBe('2026-04');
  });

  it('waits for a complete range and takes the month of its end', () => {
    expect(periodOf({ kind: 'range', from: '2026-01-01', to: '' })).toBeNull();
    expect(periodOf({ kind: 'range', from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(monthOf({ kind: 'range', from: '2026-01-01', to: '2026-03-31' })).toBe('2026-03');
  });
});
