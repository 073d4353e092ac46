/**
 * The working calendar must not depend on the server's own time zone (process TZ).
 * Node re-reads TZ whenever process.env.TZ is assigned, so each computation below runs
 * under a different server zone and the results are compared.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import holidays2026 from '../../config/holidays/2026.json' with { type: 'json' };
import { createWorkCalendar, DEFAULT_WEEK_HOURS, parseHolidays } from '../domain/calendar/index.js';

const SERVER_ZONES = ['UTC', 'America/New_York', 'Asia/Jakarta', 'Pacific/Kiritimati'];
const originalTz = process.env.TZ;

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const parsed = parseHolidays(holidays2026);
if (!parsed.ok) throw new Error('config/holidays/2026.json is invalid');
const holidays = parsed.value;

/** Runs `compute` once per server zone, with a fresh calendar each time (no shared cache). */
function underEachServerZone<T>(compute: () => T): T[] {
  return SERVER_ZONES.map((zone) => {
    process.env.TZ = zone;
    return compute();
  });
}

function keyCases(timeZone: string): string[] {
  const calendar = createWorkCalendar({ timeZone, week: DEFAULT_WEEK_HOURS, overrides: [], holidays });
  const cases: [string, number][] = [
    ['2026-03-13T08:00:00Z', 450],
    ['2026-03-17T03:00:00Z', 450],
    ['2026-03-08T23:00:00Z', 0],
    ['2026-12-23T08:00:00Z', 2250],
  ];
  return cases.map(([from, minutes]) =>
    calendar.formatLocal(calendar.addWorkingMinutes(Date.parse(from), minutes)),
  );
}

describe('the working calendar ignores the server time zone', () => {
  it('really switches the server zone between runs', () => {
    const offsets = underEachServerZone(() => new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset());
    expect(offsets).toEqual([0, 300, -420, -840]);
  });

  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'])(
    'gives identical key results for a unit in %s',
    (zone) => {
      const results = underEachServerZone(() => keyCases(zone));
      for (const result of results) expect(result).toEqual(results[0]);
    },
  );

  it('matches the hand-checked WIB results under every server zone', () => {
    for (const result of underEachServerZone(() => keyCases('Asia/Jakarta'))) {
      expect(result.slice(0, 2)).toEqual(['2026-03-16T14:30:00+07:00', '2026-03-25T10:00:00+07:00']);
    }
  });

  it('gives identical due times and working minutes for random inputs', () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2028, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 5000 }),
        (from, minutes) => {
          const results = underEachServerZone(() => {
            const calendar = createWorkCalendar({
              timeZone: 'Asia/Jakarta',
              week: DEFAULT_WEEK_HOURS,
              overrides: [],
              holidays,
            });
            const due = calendar.addWorkingMinutes(from, minutes);
            return [
              due,
              calendar.workingMinutesBetween(from, due),
              calendar.isWorkingInstant(from),
              calendar.formatLocal(due),
            ];
          });
          for (const result of results) expect(result).toEqual(results[0]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
