import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION, signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { SURVEY_RATE_LIMIT } from './surveys.routes.js';

const UNIT = 'lpse-kota-payakumbuh';
const ALL_FOURS = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };

describe.each(TEST_DIALECTS)('answering the satisfaction survey on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set(new Date('2026-06-01T08:00:00+07:00'));
    c = await signInCast(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the questionnaire is public, with the regulation wording and U4 "Gratis" scoring 4', async () => {
    const res = await c.anonymous.get('/api/surveys/questionnaire');
    expect(res.statusCode).toBe(200);
    const { elements, profile } = res.json();
    expect(elements.map((e: { code: string }) => e.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(elements[3].options.at(-1)).toEqual({ score: 4, label: { id: 'Gratis', en: 'Free of charge' } });
    expect(profile.sex.map((o: { value: string }) => o.value)).toEqual(['laki-laki', 'perempuan']);
  });

  it('a portal reporter is invited when the ticket is resolved, answers once, and staff never learn who answered', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const early = await c.penyedia.post('/api/surveys', { ticketCode: ticket.code, answers: ALL_FOURS });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('survey_not_open');
    expect((await c.penyedia.get(`/api/surveys/tickets/${ticket.code}`)).json()).toEqual({
      ticketCode: ticket.code,
      unitCode: UNIT,
      state: 'not_resolved',
    });

    await c.helpdesk.post(`/api/tickets/${ticket.code}/resolution`, {
      answer: 'Silakan unggah ulang dengan Apendo terbaru.',
    });
    const notes = (await c.penyedia.get('/api/notifications')).json().notifications;
    expect(notes).toContainEqual(
      expect.objectContaining({
        type: 'survey_invited',
        ticketCode: ticket.code,
        data: expect.objectContaining({ surveyPath: `/survei/${ticket.code}` }),
      }),
    );
    expect((await c.penyedia.get(`/api/surveys/tickets/${ticket.code}`)).json().state).toBe('open');

    // Staff who may see the ticket may not answer for the reporter.
    const byStaff = await c.helpdesk.post('/api/surveys', { ticketCode: ticket.code, answers: ALL_FOURS });
    expect(byStaff.statusCode).toBe(403);
    // Someone else gets what an unknown ticket gets.
    expect(
      (await c.anonymous.post('/api/surveys', { ticketCode: ticket.code, answers: ALL_FOURS })).statusCode,
    ).toBe(404);

    const answered = await c.penyedia.post('/api/surveys', {
      ticketCode: ticket.code,
      answers: { ...ALL_FOURS, u8: null, u3: 3 },
      respondent: {
        age: 34,
        sex: 'perempuan',
        education: 'd4-s1',
        occupation: 'wirausaha',
        procurementRole: 'penyedia',
      },
      comment: 'Pelayanan cepat dan ramah.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toEqual({ received: true, unitCode: UNIT, ticketCode: ticket.code });
    const twice = await c.penyedia.post('/api/surveys', { ticketCode: ticket.code, answers: ALL_FOURS });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('survey_already_answered');
    expect((await c.penyedia.get(`/api/surveys/tickets/${ticket.code}`)).json().state).toBe('answered');

    // Stored without the respondent: no user, only the band of the age.
    const rows = await t.database.db.selectFrom('survey_responses').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unit_code: UNIT,
      source: 'ticket',
      u3: 3,
      u8: null,
      age_band: '31-40',
      sex: 'perempuan',
    });
    expect(JSON.stringify(rows[0])).not.toContain((await c.penyedia.get('/api/me')).json().user.id);
    // No staff view of the ticket mentions the survey or its answers.
    for (const who of ['helpdesk', 'kepala', 'admin'] as const) {
      const detail = (await c[who].get(`/api/tickets/${ticket.code}`)).body;
      expect(detail).not.toContain('Pelayanan cepat dan ramah');
      expect(detail).not.toMatch(/survey/i);
    }
  });

  it('a visitor without an account answers with the code and PIN; the tracking page carries the survey link', async () => {
    const logged = await c.helpdesk.post('/api/tickets', {
      channel: 'walk_in',
      description: 'Menanyakan cara mengubah alamat email akun penyedia.',
      reporter: { name: 'Ibu Ratna', phone: '0752 93456', address: 'Jl. Sudirman No. 5' },
    });
    const { code, trackingPin } = logged.json().ticket;
    expect((await c.anonymous.get(`/api/track/${code}?pin=${trackingPin}`)).json().survey).toBeNull();
    await c.helpdesk.post(`/api/tickets/${code}/resolution`, { answer: 'Ajukan Verifikasi Perubahan Data.' });
    const tracked = (await c.anonymous.get(`/api/track/${code}?pin=${trackingPin}`)).json();
    expect(tracked.survey).toEqual({ url: `http://localhost:3000/survei/${code}`, answered: false });

    const wrongPin = await c.anonymous.post('/api/surveys', {
      ticketCode: code,
      pin: '00000000',
      answers: ALL_FOURS,
    });
    expect(wrongPin.statusCode).toBe(404);
    const ok = await c.anonymous.post('/api/surveys', {
      ticketCode: code,
      pin: trackingPin,
      answers: { u4: 4 },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await c.anonymous.get(`/api/track/${code}?pin=${trackingPin}`)).json().survey.answered).toBe(
      true,
    );
  });

  it('names the failing field', async () => {
    const cases: Array<[object, string, string]> = [
      [{ unitCode: UNIT, answers: { ...ALL_FOURS, u3: 5 } }, 'answers.u3', 'too_big'],
      [{ unitCode: UNIT, answers: { u10: 4 } }, 'answers', 'unrecognized_keys'],
      [{ unitCode: UNIT, answers: {} }, 'answers', 'required'],
      [{ unitCode: UNIT }, 'answers', 'required'],
      [{ answers: ALL_FOURS }, 'ticketCode', 'required'],
      [{ unitCode: UNIT, ticketCode: 'PYK-2026-000001', answers: ALL_FOURS }, 'unitCode', 'not_allowed'],
      [{ unitCode: UNIT, pin: '12345678', answers: ALL_FOURS }, 'pin', 'not_allowed'],
      [{ unitCode: UNIT, answers: ALL_FOURS, respondent: { sex: 'l' } }, 'respondent.sex', 'invalid_value'],
      [
        { unitCode: UNIT, answers: ALL_FOURS, respondent: { age: 25, ageBand: '41-50' } },
        'respondent.ageBand',
        'disagrees_with_age',
      ],
    ];
    for (const [body, field, code] of cases) {
      const res = await c.anonymous.post('/api/surveys', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toContainEqual(
        expect.objectContaining({ field, code }),
      );
    }
    expect(
      (await c.anonymous.post('/api/surveys', { unitCode: 'lpse-antah', answers: ALL_FOURS })).json().code,
    ).toBe('unit_not_found');
  });
});

describe('the general survey is rate limited', () => {
  it(`refuses more than ${String(SURVEY_RATE_LIMIT.max)} responses an hour from one address`, async () => {
    const t = await startTestApp('sqlite');
    try {
      const post = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/surveys',
          payload: { unitCode: UNIT, answers: { u1: 3 } },
        });
      for (let i = 0; i < Number(SURVEY_RATE_LIMIT.max); i += 1) expect((await post()).statusCode).toBe(201);
      const refused = await post();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('rate_limited');
    } finally {
      await t.close();
    }
  });
});
