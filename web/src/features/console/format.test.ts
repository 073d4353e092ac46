import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, splitMinutes, todayIn } from './format';

describe('console formatting', () => {
  it('shows an instant in the unit time zone', () => {
    expect(formatDateTime('2026-11-30T09:00:00Z', 'en', 'Asia/Jakarta')).toBe('30 Nov 2026, 16:00');
    expect(formatDateTime('2026-11-30T09:00:00Z', 'id', 'Asia/Jakarta')).toMatch(/30 Nov 2026.*16[.:]00/);
    expect(formatDateTime('not a date', 'id', 'Asia/Jakarta')).toBe('not a date');
  });

  it('shows a calendar date without shifting it', () => {
    expect(formatDate('2026-03-02', 'id')).toBe('Senin, 2 Maret 2026');
    expect(formatDate('2026-03-02', 'en')).toMatch(/^Monday,? 2 March 2026$/);
  });

  it('splits working minutes into hours and minutes', () => {
    expect(splitMinutes(450)).toEqual({ hours: 7, minutes: 30 });
    expect(splitMinutes(-5)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(59.6)).toEqual({ hours: 1, minutes: 0 });
  });

  it('knows the local date at a given instant', () => {
    expect(todayIn('Asia/Jakarta', new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-02');
  });
});
