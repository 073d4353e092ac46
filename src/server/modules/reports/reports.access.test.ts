import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { as, json, problem, signInCast, type Caller, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { ReportSummaryResponse, TrendResponse } from './reports.schemas.js';

const UNIT = 'lpse-kota-payakumbuh';
const SECOND = 'lpse-kabupaten-lima-puluh-kota';
type SummaryBody = z.infer<typeof ReportSummaryResponse>;
type TrendBody = z.infer<typeof TrendResponse>;
const URLS = [
  `/api/units/${UNIT}/reports/summary?from=2026-03-01&to=2026-03-31`,
  `/api/units/${UNIT}/reports/trend?month=2026-03`,
  `/api/units/${UNIT}/reports/monthly?month=2026-03&format=csv`,
  `/api/units/${UNIT}/skm?from=2026-03-01&to=2026-03-31`,
  `/api/units/${UNIT}/skm/report?from=2026-03-01&to=2026-03-31&format=xlsx`,
];

describe.each(TEST_DIALECTS)('who reads the reports, on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  let otherKepala: Caller;
  let deploymentAdmin: Caller;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
    // A second LPSE with its own Kepala, and an administrator of the deployment only.
    const file = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../../../config/units/lpse-kota-payakumbuh.json'),
        'utf8',
      ),
    );
    expect(
      (
        await c.admin.put(`/api/units/${SECOND}`, {
          ...file,
          code: SECOND,
          name: 'LPSE Kabupaten Lima Puluh Kota',
          ticketPrefix: 'LPK',
        })
      ).statusCode,
    ).toBe(200);
    const people = [
      { email: 'kepala.lpk@demo.test', roles: [{ unitCode: SECOND, role: 'kepala' }] },
      { email: 'pusat@demo.test', roles: [{ unitCode: 'lkpp-ri', role: 'admin' }] },
    ];
    for (const p of people) {
      const res = await c.admin.post('/api/admin/users', {
        name: 'Nama Pegawai',
        email: p.email,
        password: DEMO_PASSWORD,
        roles: p.roles,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    otherKepala = as(t, await t.login('kepala.lpk@demo.test'));
    deploymentAdmin = as(t, await t.login('pusat@demo.test'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('the Kepala LPSE, the unit administrator and the deployment administrator may', async () => {
    for (const [who, caller] of [
      ['kepala', c.kepala],
      ['admin', c.admin],
      ['deployment admin', deploymentAdmin],
    ] as const) {
      for (const url of URLS) expect((await caller.get(url)).statusCode, `${who} ${url}`).toBe(200);
    }
  });

  it('makes report files a few at a time: requested together, every one arrives whole', async () => {
    const files = [
      URLS[2]!,
      URLS[4]!,
      `/api/units/${UNIT}/reports/monthly?month=2026-03&format=xlsx`,
      `/api/units/${UNIT}/reports/monthly?month=2026-03&format=pdf`,
    ];
    const answers = await Promise.all([...files, ...files].map((url) => c.kepala.get(url)));
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.length).toBeGreaterThan(100);
    }
    // And the slots are all free again afterwards.
    expect((await c.kepala.get(URLS[2]!)).statusCode).toBe(200);
  });

  it("helpdesk, Admin PPE, LKPP-RI, vendors and another unit's Kepala may not; nobody signed out either", async () => {
    for (const [who, caller] of [
      ['helpdesk', c.helpdesk],
      ['adminppe', c.adminppe],
      ['lkpp', c.lkpp],
      ['penyedia', c.penyedia],
      ['other kepala', otherKepala],
    ] as const) {
      for (const url of URLS) {
        const res = await caller.get(url);
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(problem(res).code).toBe('forbidden');
      }
    }
    for (const url of URLS) expect((await c.anonymous.get(url)).statusCode, url).toBe(401);
    // Their own unit is theirs.
    expect(
      (await otherKepala.get(`/api/units/${SECOND}/reports/summary?from=2026-03-01&to=2026-03-31`))
        .statusCode,
    ).toBe(200);
  });

  it('names the bad parameter', async () => {
    const cases: Array<[string, string, string]> = [
      [`/api/units/${UNIT}/reports/summary?from=2026-02-30&to=2026-03-31`, 'from', 'invalid_date'],
      [`/api/units/${UNIT}/reports/summary?from=2026-03-31&to=2026-03-01`, 'to', 'before_from'],
      [`/api/units/${UNIT}/reports/summary?from=2025-01-01&to=2026-03-31`, 'to', 'period_too_long'],
      [`/api/units/${UNIT}/reports/summary?from=1%2F3%2F2026&to=2026-03-31`, 'from', 'invalid_format'],
      [`/api/units/${UNIT}/reports/summary?to=2026-03-31`, 'from', 'required'],
      [`/api/units/${UNIT}/reports/trend?month=2026-13`, 'month', 'invalid_month'],
      [`/api/units/${UNIT}/reports/monthly?month=2026-13&format=pdf`, 'month', 'invalid_month'],
      [`/api/units/${UNIT}/reports/monthly?month=2026-03&format=docx`, 'format', 'invalid_value'],
      [`/api/units/${UNIT}/reports/monthly?format=pdf`, 'month', 'required'],
      [`/api/units/${UNIT}/skm/report?from=2026-03-01&to=2026-03-31&format=csv`, 'format', 'invalid_value'],
    ];
    for (const [url, field, code] of cases) {
      const res = await c.kepala.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(problem(res).errors, url).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(
      problem(await c.kepala.get('/api/units/lpse-antah/reports/summary?from=2026-03-01&to=2026-03-31')).code,
    ).toBe('unit_not_found');
  });

  it("answers an empty period with zeroes and no index, and the trend defaults to the unit's current month", async () => {
    const s = await c.kepala
      .get(`/api/units/${UNIT}/reports/summary?from=2026-03-01&to=2026-03-31`)
      .then(json<SummaryBody>);
    expect(s.received).toMatchObject({ total: 0, byCategory: [] });
    expect(s.firstResponse).toEqual({ count: 0, medianHours: null, p90Hours: null });
    expect(s.completion.withinTarget.all).toEqual({ completed: 0, withinTarget: 0, sharePercent: null });
    expect(s.skm).toMatchObject({ respondents: 0, ikm: null, grade: null });
    // The test clock starts on 2 March 2026, 09:00 WIB.
    expect(
      (await c.kepala.get(`/api/units/${UNIT}/reports/trend`).then(json<TrendBody>)).months.at(-1)?.month,
    ).toBe('2026-03');
  });
});
