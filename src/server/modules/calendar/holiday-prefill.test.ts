import { describe, expect, it } from 'vitest';
import { PREFILL_SOURCE, prefillHolidays } from './holiday-prefill.js';

describe('pre-filling a year from date-holidays', () => {
  const y2026 = prefillHolidays(2026);

  it('gives unconfirmed national holidays only, one per date, in order', () => {
    expect(y2026.length).toBe(16);
    expect(
      y2026.every((h) => h.type === 'national_holiday' && !h.confirmed && h.source === PREFILL_SOURCE),
    ).toBe(true);
    const dates = y2026.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual([...dates].sort());
  });

  it('dates Islamic holidays on the day itself, not on the evening before', () => {
    // The library starts them at 18:00 the day before; the SKB has Iduladha on 27 May.
    const byDate = new Map(y2026.map((h) => [h.date, h.name]));
    expect(byDate.get('2026-05-27')).toBe('Hari Raya Idul Adha');
    expect(byDate.has('2026-05-26')).toBe(false);
    expect(byDate.get('2026-06-16')).toBe('Tahun Baru Islam');
    expect(byDate.get('2026-08-25')).toBe('Maulid Nabi Muhammad');
  });

  it('relabels Isra Mikraj, which the library calls Maulid', () => {
    expect(y2026.find((h) => h.date === '2026-01-16')?.name).toBe('Isra Mikraj Nabi Muhammad SAW');
  });

  it('keeps the known limits visible: Idulfitri 2026 a day early, no cuti bersama, no Easter Sunday', () => {
    const dates = y2026.map((h) => h.date);
    // The SKB 3 Menteri 2026 has Idulfitri on 21–22 March.
    expect(dates.filter((d) => d.startsWith('2026-03-2'))).toEqual(['2026-03-20', '2026-03-21']);
    expect(dates).not.toContain('2026-03-22');
    expect(dates).not.toContain('2026-02-16');
    expect(dates).not.toContain('2026-04-05');
  });

  it('joins two holidays falling on one date', () => {
    const christmas = prefillHolidays(2027).filter((h) => h.date === '2027-12-25');
    expect(christmas).toEqual([
      expect.objectContaining({ name: 'Isra Mikraj Nabi Muhammad SAW / Hari Raya Natal' }),
    ]);
  });

  it('gives the same dates whatever the server time zone', () => {
    const original = process.env.TZ;
    try {
      const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati'].map((zone) => {
        process.env.TZ = zone;
        return prefillHolidays(2026).map((h) => h.date);
      });
      for (const result of results) expect(result).toEqual(y2026.map((h) => h.date));
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
