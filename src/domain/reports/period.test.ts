import { describe, expect, it } from 'vitest';
import { localDateOf, monthPeriod, parsePeriod, periodInstants, shiftMonth } from './period.js';

describe('report periods', () => {
  it('turns a month into its first and last day, leap years included', () => {
    expect(monthPeriod('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-13')).toBeNull();
    expect(monthPeriod('2026-3')).toBeNull();
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-03', -11)).toBe('2025-04');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });

  it('starts and ends a period at local midnights of the unit (WIB, WITA)', () => {
    const wib = periodInstants('Asia/Jakarta', { from: '2026-03-01', to: '2026-03-31' });
    expect(new Date(wib.startMs).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(new Date(wib.endMs).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    const wita = periodInstants('Asia/Makassar', { from: '2026-03-01', to: '2026-03-01' });
    expect(new Date(wita.startMs).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(localDateOf('Asia/Jakarta', Date.parse('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
    expect(localDateOf('Asia/Jakarta', Date.parse('2026-02-28T16:59:59Z'))).toBe('2026-02-28');
  });

  it('names the failing field', () => {
    expect(parsePeriod('2026-02-30', '2026-03-01')).toMatchObject({
      ok: false,
      errors: [{ field: 'from', code: 'invalid_date' }],
    });
    expect(parsePeriod('2026-03-02', '2026-03-01')).toMatchObject({
      ok: false,
      errors: [{ field: 'to', code: 'before_from' }],
    });
    expect(parsePeriod('2025-01-01', '2026-01-02')).toMatchObject({
      ok: false,
      errors: [{ field: 'to', code: 'period_too_long' }],
    });
    expect(parsePeriod('2025-01-01', '2025-12-31')).toEqual({
      ok: true,
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
  });
});
