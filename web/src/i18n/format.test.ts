import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatFileSize, formatShortDate } from './format';

describe('formatDateTime', () => {
  it('shows the instant in the unit time zone, in Indonesian and English', () => {
    const id = formatDateTime('2026-11-30T16:00:00+07:00', 'id', 'Asia/Jakarta');
    expect(id).toContain('Senin');
    expect(id).toContain('30 November 2026');
    expect(id).toMatch(/16[.:]00/);
    expect(id).toContain('WIB');
    const en = formatDateTime('2026-11-30T09:00:00Z', 'en', 'Asia/Jakarta');
    expect(en).toContain('Monday');
    expect(en).toMatch(/16:00/);
  });

  it('returns an unreadable value as it came', () => {
    expect(formatDateTime('soon', 'id', 'Asia/Jakarta')).toBe('soon');
    expect(formatShortDate('soon', 'id', 'Asia/Jakarta')).toBe('soon');
  });

  it('dates a late-evening UTC instant on the next local day', () => {
    expect(formatShortDate('2026-11-27T19:42:15Z', 'en', 'Asia/Jakarta')).toBe('28 Nov 2026');
  });
});

describe('formatCalendarDate', () => {
  it('names the weekday of a date without shifting it', () => {
    expect(formatCalendarDate('2026-12-24', 'id')).toBe('Kamis, 24 Desember 2026');
    expect(formatCalendarDate('2026-12-25', 'en')).toBe('Friday, 25 December 2026');
  });
});

describe('formatFileSize', () => {
  it.each([
    [512, 'id', '512 B'],
    [2048, 'id', '2 KB'],
    [1_572_864, 'id', '1,5 MB'],
    [1_572_864, 'en', '1.5 MB'],
  ] as const)('%i bytes (%s) → %s', (bytes, language, text) => {
    expect(formatFileSize(bytes, language)).toBe(text);
  });
});
