import { describe, expect, it } from 'vitest';
import holidays2026 from '../../../config/holidays/2026.json' with { type: 'json' };
import { parseHolidays } from './holidays.js';
import { isoWeekdayOf, dayNumberFromIsoDate } from './local-date.js';

describe('config/holidays/2026.json (SKB 3 Menteri 2026)', () => {
  const parsed = parseHolidays(holidays2026);

  it('is a valid holiday list, confirmed by default', () => {
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.every((holiday) => holiday.confirmed)).toBe(true);
  });

  it('has the 17 national holidays and 8 cuti bersama days of the SKB', () => {
    const dates = (type: string): string[] =>
      holidays2026.filter((holiday) => holiday.type === type).map((holiday) => holiday.date.slice(5));
    expect(dates('national_holiday')).toEqual([
      '01-01',
      '01-16',
      '02-17',
      '03-19',
      '03-21',
      '03-22',
      '04-03',
      '04-05',
      '05-01',
      '05-14',
      '05-27',
      '05-31',
      '06-01',
      '06-16',
      '08-17',
      '08-25',
      '12-25',
    ]);
    expect(dates('cuti_bersama')).toEqual([
      '02-16',
      '03-18',
      '03-20',
      '03-23',
      '03-24',
      '05-15',
      '05-28',
      '12-24',
    ]);
  });

  it('puts cuti bersama on weekdays only', () => {
    const weekdays = holidays2026
      .filter((holiday) => holiday.type === 'cuti_bersama')
      .map((holiday) => isoWeekdayOf(dayNumberFromIsoDate(holiday.date) ?? Number.NaN));
    expect(weekdays.every((weekday) => weekday <= 5)).toBe(true);
  });
});

describe('parseHolidays', () => {
  it('keeps an explicit confirmed flag', () => {
    const result = parseHolidays([
      {
        date: '2027-03-10',
        type: 'national_holiday',
        name: 'Idulfitri 1448 Hijriah',
        source: 'perkiraan',
        confirmed: false,
      },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          date: '2027-03-10',
          type: 'national_holiday',
          name: 'Idulfitri 1448 Hijriah',
          source: 'perkiraan',
          confirmed: false,
        },
      ],
    });
  });

  it('reports every failing field with its path', () => {
    const result = parseHolidays([
      { date: '2026-02-30', type: 'holiday', name: ' ', source: 'x', confirmed: 'yes' },
      { type: 'local', name: 'Hari Jadi Kota Payakumbuh', source: 7 },
      'not an object',
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => `${error.path}:${error.code}`)).toEqual([
      'holidays.0.date:invalid_date',
      'holidays.0.type:invalid_holiday_type',
      'holidays.0.name:required',
      'holidays.0.confirmed:invalid_type',
      'holidays.1.date:required',
      'holidays.1.source:invalid_type',
      'holidays.2:invalid_type',
    ]);
  });

  it('rejects a non-array', () => {
    expect(parseHolidays({}, 'list')).toEqual({
      ok: false,
      errors: [{ path: 'list', code: 'invalid_type', message: 'holidays must be an array' }],
    });
  });
});
