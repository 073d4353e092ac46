import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEEK_HOURS } from '../../../domain/calendar/index.js';
import { createTestDatabase, TEST_DIALECTS } from '../../../test-support/databases.js';
import type { DbHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { readUnitFiles } from '../unit-files/unit-files.js';
import type { UnitFile } from '../units/unit-file.schema.js';
import { loadUnits } from '../unit-files/unit-files.service.js';
import { loadCalendars, readNationalHolidays } from './calendar-files.js';
import * as repo from './calendar.repository.js';
import { unitWorkCalendar } from './calendar.service.js';

const UNITS_DIR = path.resolve(import.meta.dirname, '../../../../config/units');
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (iso: string) => Date.parse(iso);

describe('the national holiday files', () => {
  let dir: string;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, content: unknown) => {
    dir = mkdtempSync(path.join(tmpdir(), 'tanggap-holidays-'));
    writeFileSync(path.join(dir, name), JSON.stringify(content));
    return dir;
  };

  it('reads 2026 from the SKB 3 Menteri, confirmed', () => {
    const holidays = readNationalHolidays().filter((h) => h.date.startsWith('2026-'));
    expect(holidays).toHaveLength(25);
    expect(holidays.every((h) => h.confirmed)).toBe(true);
  });

  it.each([
    [
      'a bad entry',
      [{ date: '2027-02-30', type: 'national_holiday', name: 'X', source: 'S' }],
      /2027\.json: 0\.date: .*not a date/,
    ],
    [
      'a date of another year',
      [{ date: '2026-12-31', type: 'national_holiday', name: 'X', source: 'S' }],
      /2027\.json: 0\.date: 2026-12-31 is not in 2027/,
    ],
    [
      'a date listed twice',
      [
        { date: '2027-01-01', type: 'national_holiday', name: 'X', source: 'S' },
        { date: '2027-01-01', type: 'cuti_bersama', name: 'Y', source: 'S' },
      ],
      /1\.date: 2027-01-01 is listed twice/,
    ],
  ])('stops the start on %s, naming the file and entry', (_label, content, message) => {
    expect(() => readNationalHolidays(write('2027.json', content))).toThrow(message);
  });
});

describe.each(TEST_DIALECTS)('loading the working calendars at start on %s', (dialect) => {
  let database: DbHandle;
  let files: UnitFile[];
  const UNIT = 'lpse-kota-payakumbuh';
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
    files = readUnitFiles(UNITS_DIR);
    await loadUnits(database.db, files, NOW);
  });
  afterAll(async () => {
    await database.close();
  });

  it('gives every unit the national holidays and the Perpres 21/2023 week', async () => {
    await loadCalendars(database.db, files, NOW);
    for (const code of ['lkpp-ri', UNIT]) {
      expect(await repo.listHolidaysBetween(database.db, code, '2026-01-01', '2026-12-31')).toHaveLength(25);
      const row = await repo.findUnitCalendar(database.db, code);
      expect(JSON.parse(row!.spec_json)).toEqual({
        week: JSON.parse(JSON.stringify(DEFAULT_WEEK_HOURS)),
        overrides: [],
      });
      expect(row!.updated_by).toBeNull();
    }
  });

  it('never overwrites what an administrator changed, but adds what is missing', async () => {
    const ramadan = { from: '2026-02-18', to: '2026-03-19', hours: 'closed' as const, reason: 'Uji' };
    await repo.saveUnitCalendar(
      database.db,
      {
        unit_code: UNIT,
        spec_json: JSON.stringify({ week: DEFAULT_WEEK_HOURS, overrides: [ramadan] }),
        updated_at: NOW.toISOString(),
        updated_by: null,
      },
      { onlyIfAbsent: false },
    );
    await repo.upsertHoliday(
      database.db,
      UNIT,
      {
        date: '2026-08-17',
        type: 'national_holiday',
        name: 'HUT RI ke-81',
        source: 'Admin',
        confirmed: true,
      },
      NOW.toISOString(),
    );
    await repo.deleteHoliday(database.db, UNIT, '2026-12-24');

    const withCalendar = files.map((f) =>
      f.code === UNIT
        ? { ...f, calendar: { week: { ...DEFAULT_WEEK_HOURS, 6: null } } as UnitFile['calendar'] }
        : f,
    );
    await loadCalendars(database.db, withCalendar, NOW);
    expect(JSON.parse((await repo.findUnitCalendar(database.db, UNIT))!.spec_json).overrides).toEqual([
      ramadan,
    ]);
    expect((await repo.findHoliday(database.db, UNIT, '2026-08-17'))?.name).toBe('HUT RI ke-81');
    // A national date deleted by hand comes back while it is in the files (docs/operations.md).
    expect(await repo.findHoliday(database.db, UNIT, '2026-12-24')).toBeDefined();
  });

  it("builds the unit's calendar once, and again after this module writes", async () => {
    const first = await unitWorkCalendar(database.db, UNIT);
    expect(await unitWorkCalendar(database.db, UNIT)).toBe(first);
    // The closed override above: the first working instant after Ramadan 1447 H.
    expect(first.formatLocal(first.nextOpening(at('2026-03-02T08:00:00+07:00')))).toBe(
      '2026-03-25T07:30:00+07:00',
    );
    await loadCalendars(database.db, files, NOW);
    expect(await unitWorkCalendar(database.db, UNIT)).not.toBe(first);
    await expect(unitWorkCalendar(database.db, 'lpse-kota-antah')).rejects.toMatchObject({
      code: 'unit_not_found',
    });
  });
});
