import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import holidays2026 from '../../../config/holidays/2026.json' with { type: 'json' };
import { parseHolidays } from './holidays.js';
import { DEFAULT_WEEK_HOURS } from './week-hours.js';
import { createWorkCalendar, type WorkCalendar } from './work-calendar.js';

const parsedHolidays = parseHolidays(holidays2026);
if (!parsedHolidays.ok) throw new Error('config/holidays/2026.json is invalid');
const spec = {
  timeZone: 'Asia/Jakarta',
  week: DEFAULT_WEEK_HOURS,
  overrides: [],
  holidays: parsedHolidays.value,
};
const payakumbuh = createWorkCalendar(spec);

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const WIB = 7 * HOUR;
const START = Date.UTC(2025, 0, 1) - WIB;
const END = Date.UTC(2028, 0, 1) - WIB;

// An independent oracle, written out by hand from Perpres 21/2023 and the 2026 SKB.
const holidayDays = new Set(holidays2026.map((holiday) => Date.parse(`${holiday.date}T00:00:00Z`) / DAY));
const hm = (hours: number, minutes: number): number => hours * HOUR + minutes * MINUTE;
const MON_THU = [
  [hm(7, 30), hm(12, 0)],
  [hm(13, 0), hm(16, 0)],
];
const FRIDAY = [
  [hm(7, 30), hm(11, 30)],
  [hm(13, 0), hm(16, 30)],
];
const CLOSINGS = new Set([hm(12, 0), hm(16, 0), hm(11, 30), hm(16, 30)]);

function oracleIsWorking(ms: number): boolean {
  const localDay = Math.floor((ms + WIB) / DAY);
  const weekday = (localDay + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6 || holidayDays.has(localDay)) return false;
  const msOfDay = ms + WIB - localDay * DAY;
  return (weekday === 5 ? FRIDAY : MON_THU).some(([start = 0, end = 0]) => start <= msOfDay && msOfDay < end);
}

/** Brute force, minute by minute: the end of the m-th working minute (m = 0: next opening). */
function oracleDue(fromMs: number, minutes: number): number {
  let t = fromMs;
  if (minutes === 0) {
    while (!oracleIsWorking(t)) t += MINUTE;
    return t;
  }
  for (let counted = 0; counted < minutes; t += MINUTE) if (oracleIsWorking(t)) counted += 1;
  return t;
}

const anyInstant = fc.integer({ min: START, max: END });
const wholeMinute = fc.integer({ min: START / MINUTE, max: END / MINUTE }).map((minute) => minute * MINUTE);
const minutes = fc.integer({ min: 0, max: 5000 });
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('addWorkingMinutes against a minute-by-minute oracle (WIB, 2025–2027)', () => {
  it('equals the oracle for whole-minute starts', () => {
    fc.assert(
      fc.property(wholeMinute, minutes, (from, m) => {
        expect(payakumbuh.addWorkingMinutes(from, m)).toBe(oracleDue(from, m));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the oracle on isWorkingInstant', () => {
    fc.assert(
      fc.property(anyInstant, (ms) => {
        expect(payakumbuh.isWorkingInstant(ms)).toBe(oracleIsWorking(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('never falls on a holiday, weekend, break or outside hours, except at a closing or break start', () => {
    fc.assert(
      fc.property(anyInstant, minutes, (from, m) => {
        const due = payakumbuh.addWorkingMinutes(from, m);
        if (m === 0) {
          expect(oracleIsWorking(due)).toBe(true);
          return;
        }
        // The last millisecond counted is working time; the due instant itself is working
        // time or, by convention, the closing or break start that ends it.
        expect(oracleIsWorking(due - 1)).toBe(true);
        if (!oracleIsWorking(due)) expect(CLOSINGS.has((due + WIB) % DAY)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

const ramadanHours = { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] };
const ramadanWeek = {
  ...DEFAULT_WEEK_HOURS,
  1: ramadanHours,
  2: ramadanHours,
  3: ramadanHours,
  4: ramadanHours,
};
const calendars: [string, WorkCalendar][] = [
  ['Payakumbuh (WIB)', payakumbuh],
  ['a WITA unit', createWorkCalendar({ ...spec, timeZone: 'Asia/Makassar' })],
  [
    'Payakumbuh with Ramadan and a closure',
    createWorkCalendar({
      ...spec,
      overrides: [
        { from: '2026-02-18', to: '2026-03-19', hours: ramadanWeek, reason: 'Ramadan 1447 H' },
        { from: '2026-03-02', to: '2026-03-04', hours: 'closed', reason: 'Pindah kantor' },
      ],
    }),
  ],
];

describe.each(calendars)('%s', (_label, calendar) => {
  it('round-trips: working time from the effective start to the due time is exactly m', () => {
    fc.assert(
      fc.property(anyInstant, minutes, fc.integer({ min: 0, max: 5000 * MINUTE }), (from, m, amountMs) => {
        const due = calendar.addWorkingMinutes(from, m);
        expect(calendar.workingMinutesBetween(calendar.nextOpening(from), due)).toBe(m);
        expect(calendar.workingMinutesBetween(from, due)).toBe(m);
        expect(calendar.workingMsBetween(from, calendar.addWorkingMs(from, amountMs))).toBe(amountMs);
      }),
      { numRuns: 500 },
    );
  });

  it('counts spans of years as the sum of their single days', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 0, max: 3 * 366 * DAY }), (from, length) => {
        let dayByDay = 0;
        for (let t = from; t < from + length; t += DAY)
          dayByDay += calendar.workingMsBetween(t, Math.min(t + DAY, from + length));
        expect(calendar.workingMsBetween(from, from + length)).toBe(dayByDay);
      }),
      { numRuns: 60 },
    );
  });

  it('is monotonic in the minutes and in the start', () => {
    fc.assert(
      fc.property(
        anyInstant,
        minutes,
        minutes,
        fc.integer({ min: 0, max: 30 * DAY }),
        (from, a, b, shift) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const dueLow = calendar.addWorkingMinutes(from, low);
          const dueHigh = calendar.addWorkingMinutes(from, high);
          expect(low < high ? dueLow < dueHigh : dueLow === dueHigh).toBe(true);
          expect(calendar.addWorkingMinutes(from + shift, low)).toBeGreaterThanOrEqual(dueLow);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a pause moves the due time by exactly the working time paused', () => {
    const targets = fc.constantFrom(450, 1350, 2250);
    fc.assert(
      fc.property(
        anyInstant,
        targets,
        fraction,
        fc.integer({ min: 0, max: 20 * DAY }),
        (created, target, part, pauseMs) => {
          const targetMs = target * MINUTE;
          const due = calendar.addWorkingMs(created, targetMs);
          const pausedAt = created + Math.floor((due - created) * part);
          const resumedAt = pausedAt + pauseMs;
          const consumed = calendar.workingMsBetween(created, pausedAt);
          const paused = calendar.workingMsBetween(pausedAt, resumedAt);
          const dueAfterPause = calendar.addWorkingMs(resumedAt, targetMs - consumed);
          expect(dueAfterPause).toBe(calendar.addWorkingMs(created, targetMs + paused));
        },
      ),
      { numRuns: 500 },
    );
  });
});
