import { describe, expect, it } from 'vitest';
import { currentOverrides, groupWeek, todayIn, upcomingHolidays, type WeekHours } from './office-hours';

const monThu = { open: '07:30', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] };
const friday = { open: '07:30', close: '16:30', breaks: [{ start: '11:30', end: '13:00' }] };
const payakumbuh: WeekHours = { 1: monThu, 2: monThu, 3: monThu, 4: monThu, 5: friday, 6: null, 7: null };

describe('groupWeek', () => {
  it('groups consecutive days with the same hours (Perpres 21/2023 week)', () => {
    expect(groupWeek(payakumbuh)).toEqual([
      { firstDay: 1, lastDay: 4, hours: monThu },
      { firstDay: 5, lastDay: 5, hours: friday },
      { firstDay: 6, lastDay: 7, hours: null },
    ]);
  });

  it('does not join equal days that are not next to each other', () => {
    const week: WeekHours = { ...payakumbuh, 3: null };
    expect(groupWeek(week).map((group) => [group.firstDay, group.lastDay])).toEqual([
      [1, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 7],
    ]);
  });
});

describe('currentOverrides', () => {
  it('keeps overrides still in force or to come, soonest first', () => {
    const ramadan = { from: '2027-02-08', to: '2027-03-09', hours: 'closed' as const, reason: 'Ramadan' };
    const past = { from: '2026-02-18', to: '2026-03-19', hours: 'closed' as const, reason: 'Ramadan 2026' };
    const closure = { from: '2026-11-27', to: '2026-11-27', hours: 'closed' as const, reason: 'Kerja bakti' };
    expect(currentOverrides([ramadan, past, closure], '2026-11-27')).toEqual([closure, ramadan]);
  });
});

describe('todayIn and upcomingHolidays', () => {
  it('takes the date in the unit time zone', () => {
    expect(todayIn('Asia/Jakarta', new Date('2026-12-23T18:00:00Z'))).toBe('2026-12-24');
    expect(todayIn('Asia/Jakarta', new Date('2026-12-23T16:00:00Z'))).toBe('2026-12-23');
  });

  it('lists the next holidays from today, in order', () => {
    const holidays = [
      { date: '2026-12-25', type: 'national_holiday' as const, name: 'Natal' },
      { date: '2026-08-17', type: 'national_holiday' as const, name: 'Kemerdekaan' },
      { date: '2026-12-24', type: 'cuti_bersama' as const, name: 'Cuti Bersama Natal' },
      { date: '2027-01-01', type: 'national_holiday' as const, name: 'Tahun Baru' },
    ];
    expect(upcomingHolidays(holidays, '2026-12-24', 2).map((holiday) => holiday.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
    ]);
  });
});
