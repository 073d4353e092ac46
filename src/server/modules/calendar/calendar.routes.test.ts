import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_WEEK_HOURS } from '../../../domain/calendar/index.js';
import { appWithCast, as, json, problem, type Caller } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import type {
  CalendarResponse,
  DueResponse,
  HolidayListResponse,
  HolidaySchema,
  PrefillResponse,
} from './calendar.schemas.js';
import { PREFILL_SOURCE } from './holiday-prefill.js';

const UNIT = 'lpse-kota-payakumbuh';
type CalendarBody = z.infer<typeof CalendarResponse>;
type DueBody = z.infer<typeof DueResponse>;
/** PUT and confirmation of one holiday. */
type HolidayBody = { holiday: z.infer<typeof HolidaySchema> };
type HolidayListBody = z.infer<typeof HolidayListResponse>;
type PrefillBody = z.infer<typeof PrefillResponse>;

/** Example Ramadan hours (Perpres 21/2023: 32.5 hours a week, start 08:00). */
const RAMADAN_DAY = { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '12:30' }] };
const RAMADAN = {
  1: RAMADAN_DAY,
  2: RAMADAN_DAY,
  3: RAMADAN_DAY,
  4: RAMADAN_DAY,
  5: { open: '08:00', close: '15:30', breaks: [{ start: '11:30', end: '12:30' }] },
  6: null,
  7: null,
};

describe.each(TEST_DIALECTS)('the working calendar of a unit on %s', (dialect) => {
  const given = appWithCast(dialect);

  const due = (from: string, minutes: number | string, unit = UNIT) =>
    given.cast.anonymous.inject({
      method: 'GET',
      url: `/api/units/${unit}/calendar/due`,
      query: { from, minutes: String(minutes) },
    });
  const holidaysOf = async (year: number): Promise<HolidayListBody['holidays']> => {
    const res = await given.cast.anonymous.get(`/api/units/${UNIT}/holidays?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    return json<HolidayListBody>(res).holidays;
  };
  const putHoliday = (caller: Caller, date: string, payload: object, unit = UNIT) =>
    caller.put(`/api/units/${unit}/holidays/${date}`, payload);

  it('lists the 2026 holidays and cuti bersama of the SKB 3 Menteri for Payakumbuh, by date', async () => {
    const res = await given.cast.anonymous.get(`/api/units/${UNIT}/holidays?year=2026`);
    expect(res.statusCode).toBe(200);
    const { year, holidays } = json<HolidayListBody>(res);
    expect(year).toBe(2026);
    // 17 dates of national holidays (Idulfitri counts two: 21 and 22 March) and 8 of cuti bersama.
    expect(holidays).toHaveLength(25);
    expect(holidays.filter((h) => h.type === 'national_holiday')).toHaveLength(17);
    expect(holidays.filter((h) => h.type === 'cuti_bersama').map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    expect(holidays.every((h) => h.confirmed && h.source.startsWith('SKB 3 Menteri 2026'))).toBe(true);
    expect(holidays).toContainEqual(
      expect.objectContaining({
        date: '2026-03-21',
        type: 'national_holiday',
        name: 'Idulfitri 1447 Hijriah',
      }),
    );
    expect(await holidaysOf(2025)).toEqual([]);
  });

  it.each([
    ['', 'required'],
    ['1999', 'too_small'],
    ['2101', 'too_big'],
    ['20x6', 'invalid_format'],
  ])('refuses year=%j naming the field', async (year, code) => {
    const res = await given.cast.anonymous.get(`/api/units/${UNIT}/holidays${year ? `?year=${year}` : ''}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(problem(res)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'year', code }] });
  });

  it.each([
    ['Friday 15:00 + 450 → Monday 14:30', '2026-03-13T15:00:00+07:00', 450, '2026-03-16T14:30:00+07:00'],
    [
      'across cuti bersama, Nyepi and Idulfitri',
      '2026-03-17T10:00:00+07:00',
      450,
      '2026-03-25T10:00:00+07:00',
    ],
    ['the same instant written in UTC', '2026-03-13T08:00:00Z', 450, '2026-03-16T14:30:00+07:00'],
    ['from Saturday: Monday opening + 60', '2026-03-07T10:00:00+07:00', 60, '2026-03-09T08:30:00+07:00'],
    [
      'from Saturday with zero minutes: Monday opening',
      '2026-03-07T10:00:00+07:00',
      0,
      '2026-03-09T07:30:00+07:00',
    ],
    ['from before opening', '2026-03-09T06:00:00+07:00', 60, '2026-03-09T08:30:00+07:00'],
  ])('answers the due time: %s', async (_label, from, minutes, expected) => {
    const res = await due(from, minutes);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<DueBody>(res)).toEqual({ dueAt: expected });
  });

  it('accepts an offset whose plus sign was not encoded in the URL', async () => {
    const res = await given.cast.anonymous.get(
      `/api/units/${UNIT}/calendar/due?from=2026-03-13T15:00:00+07:00&minutes=450`,
    );
    expect(json<DueBody>(res)).toEqual({ dueAt: '2026-03-16T14:30:00+07:00' });
  });

  it.each([
    ['from', 'yesterday', 60],
    ['from', '2026-03-13T15:00:00', 60],
    ['from', '2026-02-30T10:00:00+07:00', 60],
    ['minutes', '2026-03-13T15:00:00+07:00', -1],
    ['minutes', '2026-03-13T15:00:00+07:00', 1.5],
    ['minutes', '2026-03-13T15:00:00+07:00', 1_000_001],
    ['minutes', '2026-03-13T15:00:00+07:00', 'lots'],
  ])('refuses a bad %s (%j, %j) naming the field', async (field, from, minutes) => {
    const res = await due(from, minutes);
    expect(res.statusCode).toBe(400);
    expect(problem(res)).toMatchObject({ code: 'validation_failed', errors: [{ field }] });
  });

  it('names the missing fields and the unknown unit', async () => {
    const missing = await given.cast.anonymous.inject({
      method: 'GET',
      url: `/api/units/${UNIT}/calendar/due`,
      headers: { 'accept-language': 'en' },
    });
    expect(missing.statusCode).toBe(400);
    const fields = (problem(missing).errors ?? []).map((e) => `${e.field}:${e.code}`);
    expect(fields.sort()).toEqual(['from:required', 'minutes:required']);
    const unknown = await due('2026-03-13T15:00:00+07:00', 60, 'lpse-kota-antah');
    expect(unknown.statusCode).toBe(404);
    expect(problem(unknown)).toMatchObject({
      code: 'unit_not_found',
      detail: 'Unit "lpse-kota-antah" tidak ditemukan.',
    });
  });

  it('moves the due time past a local holiday an administrator adds, and back when it is removed', async () => {
    expect((await due('2026-03-13T15:00:00+07:00', 450).then(json<DueBody>)).dueAt).toBe(
      '2026-03-16T14:30:00+07:00',
    );
    const added = await putHoliday(given.cast.admin, '2026-03-16', {
      type: 'local',
      name: 'Libur daerah (uji)',
      source: 'Surat Edaran Wali Kota (uji)',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(json<HolidayBody>(added).holiday).toEqual({
      date: '2026-03-16',
      type: 'local',
      name: 'Libur daerah (uji)',
      source: 'Surat Edaran Wali Kota (uji)',
      confirmed: true,
    });
    expect(await holidaysOf(2026)).toContainEqual(
      expect.objectContaining({ date: '2026-03-16', type: 'local' }),
    );
    expect((await due('2026-03-13T15:00:00+07:00', 450).then(json<DueBody>)).dueAt).toBe(
      '2026-03-17T14:30:00+07:00',
    );

    const removed = await given.cast.admin.delete(`/api/units/${UNIT}/holidays/2026-03-16`);
    expect(removed.statusCode).toBe(204);
    expect((await due('2026-03-13T15:00:00+07:00', 450).then(json<DueBody>)).dueAt).toBe(
      '2026-03-16T14:30:00+07:00',
    );
    const again = await given.cast.admin.delete(`/api/units/${UNIT}/holidays/2026-03-16`);
    expect(again.statusCode).toBe(404);
    expect(problem(again).code).toBe('holiday_not_found');
  });

  it("does not let a helpdesk user, an anonymous caller or another unit's administrator edit", async () => {
    const body = { type: 'local', name: 'Libur', source: 'Uji' };
    expect((await putHoliday(given.cast.helpdesk, '2026-03-16', body)).statusCode).toBe(403);
    const asHelpdesk = [
      { method: 'DELETE' as const, url: `/api/units/${UNIT}/holidays/2026-01-01` },
      { method: 'POST' as const, url: `/api/units/${UNIT}/holidays/2026-01-01/confirmation` },
      { method: 'POST' as const, url: `/api/units/${UNIT}/holidays/prefill?year=2027` },
      { method: 'PUT' as const, url: `/api/units/${UNIT}/calendar`, payload: { week: DEFAULT_WEEK_HOURS } },
    ];
    for (const request of asHelpdesk) {
      const res = await given.cast.helpdesk.inject(request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(problem(res).code).toBe('forbidden');
    }
    expect((await given.cast.anonymous.put(`/api/units/${UNIT}/holidays/2026-03-16`, body)).statusCode).toBe(
      401,
    );

    await given.cast.admin.post('/api/admin/users', {
      name: 'Admin Kalender',
      email: 'kalender@payakumbuhkota.go.id',
      password: 'kata-sandi-kalender',
      roles: [{ unitCode: UNIT, role: 'admin' }],
    });
    const unitAdmin = as(
      given.app,
      await given.app.login('kalender@payakumbuhkota.go.id', 'kata-sandi-kalender'),
    );
    expect((await putHoliday(unitAdmin, '2026-11-30', body, 'lkpp-ri')).statusCode).toBe(403);
    const own = await putHoliday(unitAdmin, '2026-11-30', body);
    expect(own.statusCode).toBe(200);
    expect((await unitAdmin.delete(`/api/units/${UNIT}/holidays/2026-11-30`)).statusCode).toBe(204);
    expect((await holidaysOf(2026)).map((h) => h.date)).not.toContain('2026-03-16');
  });

  it('pre-fills 2027 with unconfirmed national holidays, keeping a date already entered, and confirms one', async () => {
    await putHoliday(given.cast.admin, '2027-01-01', {
      type: 'national_holiday',
      name: 'Tahun Baru 2027 Masehi',
      source: 'SKB 3 Menteri 2027',
    });
    const res = await given.cast.admin.post(`/api/units/${UNIT}/holidays/prefill?year=2027`);
    expect(res.statusCode, res.body).toBe(200);
    const { year, added, kept } = json<PrefillBody>(res);
    expect(year).toBe(2027);
    expect(kept).toEqual(['2027-01-01']);
    expect(added.length).toBeGreaterThanOrEqual(12);
    expect(
      added.every((h) => h.type === 'national_holiday' && !h.confirmed && h.source === PREFILL_SOURCE),
    ).toBe(true);
    expect(added.map((h) => h.date)).toContain('2027-08-17');

    const listed = await holidaysOf(2027);
    expect(listed[0]).toEqual({
      date: '2027-01-01',
      type: 'national_holiday',
      name: 'Tahun Baru 2027 Masehi',
      source: 'SKB 3 Menteri 2027',
      confirmed: true,
    });
    expect(listed).toHaveLength(added.length + 1);
    const secondRun = await given.cast.admin.post(`/api/units/${UNIT}/holidays/prefill?year=2027`);
    expect(json<PrefillBody>(secondRun).added).toEqual([]);

    const confirmed = await given.cast.admin.post(`/api/units/${UNIT}/holidays/2027-08-17/confirmation`);
    expect(confirmed.statusCode).toBe(200);
    expect(json<HolidayBody>(confirmed).holiday).toMatchObject({ date: '2027-08-17', confirmed: true });
    expect((await holidaysOf(2027)).find((h) => h.date === '2027-08-17')?.confirmed).toBe(true);
    const none = await given.cast.admin.post(`/api/units/${UNIT}/holidays/2027-08-18/confirmation`);
    expect(none.statusCode).toBe(404);
    const badDate = await given.cast.admin.post(`/api/units/${UNIT}/holidays/2027-02-30/confirmation`);
    expect(problem(badDate)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'date' }] });
  });

  it("serves the Perpres 21/2023 week by default with the unit's time zone", async () => {
    const res = await given.cast.anonymous.get(`/api/units/${UNIT}/calendar`);
    expect(res.statusCode).toBe(200);
    expect(json<CalendarBody>(res)).toMatchObject({
      timeZone: 'Asia/Jakarta',
      week: JSON.parse(JSON.stringify(DEFAULT_WEEK_HOURS)),
      overrides: [],
    });
  });

  it('refuses a bad calendar naming each failing field, in the asked language', async () => {
    const week = { ...DEFAULT_WEEK_HOURS, 1: { open: '07:30', close: '07:00', breaks: [] } };
    const res = await given.cast.admin.inject({
      method: 'PUT',
      url: `/api/units/${UNIT}/calendar`,
      headers: { 'accept-language': 'en' },
      payload: { week },
    });
    expect(res.statusCode).toBe(400);
    expect(problem(res)).toMatchObject({
      code: 'validation_failed',
      errors: [
        {
          field: 'week.1.close',
          code: 'close_not_after_open',
          message: 'Closing time must be after opening time.',
        },
      ],
    });

    const overlapping = [
      { from: '2026-02-18', to: '2026-03-19', hours: RAMADAN, reason: 'Ramadan 1447 H' },
      { from: '2026-03-15', to: '2026-03-31', hours: 'closed', reason: 'Renovasi' },
    ];
    const clash = await given.cast.admin.put(`/api/units/${UNIT}/calendar`, {
      week: DEFAULT_WEEK_HOURS,
      overrides: overlapping,
    });
    expect(problem(clash).errors).toEqual([
      expect.objectContaining({ field: 'overrides.1', code: 'overrides_overlap' }),
    ]);

    const shape = await given.cast.admin.put(`/api/units/${UNIT}/calendar`, {
      week: { ...DEFAULT_WEEK_HOURS, 7: undefined },
    });
    expect(problem(shape).errors).toEqual([expect.objectContaining({ field: 'week.7', code: 'required' })]);
    const closedWeek = await given.cast.admin.put(`/api/units/${UNIT}/calendar`, {
      week: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null },
    });
    expect(problem(closedWeek).errors).toEqual([
      expect.objectContaining({ field: 'week', code: 'no_working_day' }),
    ]);
  });

  it('applies Ramadan hours set as an override, then the normal week again', async () => {
    const overrides = [{ from: '2026-02-18', to: '2026-03-19', hours: RAMADAN, reason: 'Ramadan 1447 H' }];
    const put = await given.cast.admin.put(`/api/units/${UNIT}/calendar`, {
      week: DEFAULT_WEEK_HOURS,
      overrides,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(json<CalendarBody>(put)).toMatchObject({ timeZone: 'Asia/Jakarta', overrides });
    expect(
      (await given.cast.anonymous.get(`/api/units/${UNIT}/calendar`).then(json<CalendarBody>)).overrides,
    ).toEqual(overrides);
    expect((await due('2026-03-02T07:30:00+07:00', 60).then(json<DueBody>)).dueAt).toBe(
      '2026-03-02T09:00:00+07:00',
    );
    expect((await due('2026-04-06T07:30:00+07:00', 60).then(json<DueBody>)).dueAt).toBe(
      '2026-04-06T08:30:00+07:00',
    );

    await given.cast.admin.put(`/api/units/${UNIT}/calendar`, { week: DEFAULT_WEEK_HOURS });
    expect((await due('2026-03-02T07:30:00+07:00', 60).then(json<DueBody>)).dueAt).toBe(
      '2026-03-02T08:30:00+07:00',
    );
  });

  it('documents every calendar route in the OpenAPI description', async () => {
    const res = await given.cast.anonymous.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<
      string,
      Record<string, { parameters?: { name: string; in: string }[] }>
    >;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/units/{unitCode}/holidays',
        '/api/units/{unitCode}/holidays/{date}',
        '/api/units/{unitCode}/holidays/{date}/confirmation',
        '/api/units/{unitCode}/holidays/prefill',
        '/api/units/{unitCode}/calendar',
        '/api/units/{unitCode}/calendar/due',
      ]),
    );
    const dueParameters = paths['/api/units/{unitCode}/calendar/due']?.get?.parameters ?? [];
    expect(
      dueParameters
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['from', 'minutes']);
  });

  it('seeds a new unit from the calendar of its unit file, with the national holidays', async () => {
    const saturday = { open: '08:00', close: '12:00', breaks: [] };
    const file = {
      code: 'lpse-kabupaten-uji',
      name: 'LPSE Kabupaten Uji',
      kind: 'lpse',
      parentCode: 'lkpp-ri',
      ticketPrefix: 'UJI',
      timezone: 'Asia/Makassar',
      organization: 'Pemerintah Kabupaten Uji',
      address: '',
      phone: '',
      email: '',
      website: '',
      calendar: { week: { ...DEFAULT_WEEK_HOURS, 6: saturday } },
    };
    const bad = await given.cast.admin.put(`/api/units/${file.code}`, {
      ...file,
      calendar: { week: { ...DEFAULT_WEEK_HOURS, 1: { open: '09:00', close: '08:00', breaks: [] } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).errors).toContainEqual(expect.objectContaining({ field: 'calendar.week.1.close' }));

    const created = await given.cast.admin.put(`/api/units/${file.code}`, file);
    expect(created.statusCode, created.body).toBe(200);
    const calendar = await given.cast.anonymous
      .get(`/api/units/${file.code}/calendar`)
      .then(json<CalendarBody>);
    expect(calendar).toMatchObject({
      timeZone: 'Asia/Makassar',
      week: { 6: saturday, 7: null },
      overrides: [],
    });
    const { holidays } = await given.cast.anonymous
      .get(`/api/units/${file.code}/holidays?year=2026`)
      .then(json<HolidayListBody>);
    expect(holidays).toHaveLength(25);
    // Saturday 7 March 2026, 09:00 WITA: open on Saturdays there.
    expect((await due('2026-03-07T09:00:00+08:00', 60, file.code).then(json<DueBody>)).dueAt).toBe(
      '2026-03-07T10:00:00+08:00',
    );
  });
});
