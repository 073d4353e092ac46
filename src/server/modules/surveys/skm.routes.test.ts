import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const UNIT = 'lpse-kota-payakumbuh';
type Scores = Record<`u${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, number[]>;

/**
 * Turns per-element score lists into responses: respondent i answers element e with
 * scores[e][i] when the list is that long, and skips it otherwise.
 */
function responses(scores: Scores): Array<Record<string, number>> {
  const n = Math.max(...Object.values(scores).map((list) => list.length));
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      Object.entries(scores)
        .filter(([, list]) => i < list.length)
        .map(([id, list]) => [id, list[i]!]),
    ),
  );
}

/*
 * Hand-worked examples, each on its own day. NRR(e) = sum / answers; ΣNRR; IKM = ΣNRR/9;
 * konversi = ΣNRR × 25/9, rounded half up to 2 decimals; grade by the 2017 table.
 */
const CASES: Array<{
  day: string;
  scores: Scores;
  nrr: number[];
  ikm: number;
  converted: number;
  grade: string;
  label: string;
}> = [
  {
    // u1 16/5 = 3.2, u2 26/7 = 3.714…, u3 31/8 = 3.875, u4–u9 3,4,3,4,3,4 (21).
    // ΣNRR = 3.2 + 3.7142857 + 3.875 + 21 = 31.7892857; × 25/9 = 88.30357 → 88.30 → B.
    day: '2026-05-04',
    scores: {
      u1: [4, 3, 3, 3, 3],
      u2: [4, 4, 4, 4, 4, 3, 3],
      u3: [4, 4, 4, 4, 4, 4, 4, 3],
      u4: [3],
      u5: [4],
      u6: [3],
      u7: [4],
      u8: [3],
      u9: [4],
    },
    nrr: [3.2, 3.71, 3.88, 3, 4, 3, 4, 3, 4],
    ikm: 3.53,
    converted: 88.3,
    grade: 'B',
    label: 'Baik',
  },
  {
    // u1 25/8 = 3.125, u2 11/3 = 3.666…, u3–u9 4,4,4,4,3,3,3 (25).
    // ΣNRR = 31.7916667; × 25/9 = 88.31019 → 88.31 → A.
    day: '2026-05-05',
    scores: {
      u1: [4, 3, 3, 3, 3, 3, 3, 3],
      u2: [4, 4, 3],
      u3: [4],
      u4: [4],
      u5: [4],
      u6: [4],
      u7: [3],
      u8: [3],
      u9: [3],
    },
    nrr: [3.13, 3.67, 4, 4, 4, 4, 3, 3, 3],
    ikm: 3.53,
    converted: 88.31,
    grade: 'A',
    label: 'Sangat Baik',
  },
  {
    // u1 16/5 = 3.2, u2 27/8 = 3.375, u3–u9 all 3 (21). ΣNRR = 27.575; × 25/9 = 76.59722 → 76.60 → C.
    day: '2026-05-06',
    scores: {
      u1: [4, 3, 3, 3, 3],
      u2: [4, 4, 4, 3, 3, 3, 3, 3],
      u3: [3],
      u4: [3],
      u5: [3],
      u6: [3],
      u7: [3],
      u8: [3],
      u9: [3],
    },
    nrr: [3.2, 3.38, 3, 3, 3, 3, 3, 3, 3],
    ikm: 3.06,
    converted: 76.6,
    grade: 'C',
    label: 'Kurang Baik',
  },
  {
    // u1 16/5 = 3.2, u2 11/3 = 3.666…, u3 19/7 = 2.714…, u4–u9 all 3 (18).
    // ΣNRR = 27.5809524; × 25/9 = 76.61376 → 76.61 → B.
    day: '2026-05-07',
    scores: {
      u1: [4, 3, 3, 3, 3],
      u2: [4, 4, 3],
      u3: [3, 3, 3, 3, 3, 2, 2],
      u4: [3],
      u5: [3],
      u6: [3],
      u7: [3],
      u8: [3],
      u9: [3],
    },
    nrr: [3.2, 3.67, 2.71, 3, 3, 3, 3, 3, 3],
    ikm: 3.06,
    converted: 76.61,
    grade: 'B',
    label: 'Baik',
  },
  {
    // u1 13/6 = 2.1666…, u2 17/7 = 2.428…, u3 14/5 = 2.8, u4–u9 3,3,3,3,2,2 (16).
    // ΣNRR = 23.3952381; × 25/9 = 64.98677 → 64.99 → D.
    day: '2026-05-08',
    scores: {
      u1: [3, 2, 2, 2, 2, 2],
      u2: [3, 3, 3, 2, 2, 2, 2],
      u3: [3, 3, 3, 3, 2],
      u4: [3],
      u5: [3],
      u6: [3],
      u7: [3],
      u8: [2],
      u9: [2],
    },
    nrr: [2.17, 2.43, 2.8, 3, 3, 3, 3, 2, 2],
    ikm: 2.6,
    converted: 64.99,
    grade: 'D',
    label: 'Tidak Baik',
  },
  {
    // u1 12/5 = 2.4, u2–u9 3,3,3,3,3,2,2,2 (21). ΣNRR = 23.4; × 25/9 = 65.00 exactly → C.
    day: '2026-05-11',
    scores: { u1: [3, 3, 2, 2, 2], u2: [3], u3: [3], u4: [3], u5: [3], u6: [3], u7: [2], u8: [2], u9: [2] },
    nrr: [2.4, 3, 3, 3, 3, 3, 2, 2, 2],
    ikm: 2.6,
    converted: 65,
    grade: 'C',
    label: 'Kurang Baik',
  },
];

describe.each(TEST_DIALECTS)('the SKM index through the API on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(CASES)(
    '$day: converted $converted → $grade ($label)',
    async ({ day, scores, nrr, ikm, converted, grade, label }) => {
      t.clock.set(new Date(`${day}T09:00:00+07:00`));
      c = await signInCast(t);
      for (const answers of responses(scores)) {
        const res = await c.anonymous.post('/api/surveys', { unitCode: UNIT, answers });
        expect(res.statusCode, res.body).toBe(201);
      }
      const res = await c.kepala.get(`/api/units/${UNIT}/skm?from=${day}&to=${day}`);
      expect(res.statusCode, res.body).toBe(200);
      const respondents = Math.max(...Object.values(scores).map((list) => list.length));
      expect(res.json()).toEqual({
        respondents,
        nrr: Object.fromEntries(nrr.map((v, i) => [`u${i + 1}`, v])),
        ikm,
        ikmConverted: converted,
        grade,
        label,
      });
    },
  );

  it('counts responses by local days of the unit: 23:30 WIB on 11 May is not 12 May', async () => {
    t.clock.set(new Date('2026-05-11T23:30:00+07:00'));
    expect(
      (
        await c.anonymous.post('/api/surveys', {
          unitCode: UNIT,
          answers: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 },
        })
      ).statusCode,
    ).toBe(201);
    t.clock.set(new Date('2026-05-12T08:00:00+07:00'));
    c = await signInCast(t);
    expect((await c.kepala.get(`/api/units/${UNIT}/skm?from=2026-05-12&to=2026-05-12`)).json()).toMatchObject(
      { respondents: 0, ikm: null, grade: null, label: null },
    );
    expect(
      (await c.kepala.get(`/api/units/${UNIT}/skm?from=2026-05-11&to=2026-05-11`)).json().respondents,
    ).toBe(6);
    // The whole week: every case's responses together, one index over all of them.
    const week = (await c.admin.get(`/api/units/${UNIT}/skm?from=2026-05-04&to=2026-05-11`)).json();
    expect(week.respondents).toBe(
      CASES.reduce((n, k) => n + Math.max(...Object.values(k.scores).map((l) => l.length)), 0) + 1,
    );
  });

  it('is for the Kepala LPSE and administrators only, and names a bad parameter', async () => {
    for (const who of ['helpdesk', 'adminppe', 'lkpp', 'penyedia'] as const) {
      expect((await c[who].get(`/api/units/${UNIT}/skm?from=2026-05-01&to=2026-05-31`)).statusCode, who).toBe(
        403,
      );
    }
    expect((await c.anonymous.get(`/api/units/${UNIT}/skm?from=2026-05-01&to=2026-05-31`)).statusCode).toBe(
      401,
    );
    const bad = await c.kepala.get(`/api/units/${UNIT}/skm?from=2026-05-32&to=2026-05-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'from', code: 'invalid_date' })]);
    const reversed = await c.kepala.get(`/api/units/${UNIT}/skm?from=2026-05-31&to=2026-05-01`);
    expect(reversed.json().errors).toEqual([expect.objectContaining({ field: 'to', code: 'before_from' })]);
    const missing = await c.kepala.get(`/api/units/${UNIT}/skm?from=2026-05-01`);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'to', code: 'required' })]);
    expect((await c.kepala.get('/api/units/lpse-antah/skm?from=2026-05-01&to=2026-05-02')).statusCode).toBe(
      404,
    );
  });
});
