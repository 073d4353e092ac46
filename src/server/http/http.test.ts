import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { LIMITS } from './rate-limits.js';

describe('HTTP behaviour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an unknown API route with 404 problem JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 404,
      code: 'route_not_found',
      detail: 'Alamat GET /api/nothing-here tidak ada.',
    });
  });

  it('answers malformed JSON with 400, never 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('malformed_json');
  });

  it('answers a body of the wrong type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('unsupported_media_type');
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.c', password: 'x', isAdmin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      code: 'unrecognized_keys',
      message: 'Kolom tidak dikenal: isAdmin.',
    });
  });

  it('sends security headers and a request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('reports readiness with the database it reached', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.json()).toEqual({ status: 'ready', database: 'sqlite' });
  });

  it('publishes the OpenAPI description', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/units/{unitCode}/standard',
        '/api/auth/register',
        '/api/auth/login',
        '/api/me',
        '/api/admin/users',
      ]),
    );
  });

  it('rate-limits a public endpoint per address, with Retry-After', async () => {
    let last = await t.app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.9.9.9' });
    for (let i = 1; i <= LIMITS.publicPerMinute; i++)
      last = await t.app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.9.9.9' });
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('rate_limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    const other = await t.app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.9.9.10' });
    expect(other.statusCode).toBe(200);
  });
});

describe.each(TEST_DIALECTS)('rate limits on %s', (dialect) => {
  it('count per address, and instances sharing one PostgreSQL count together', async () => {
    const first = await startTestApp(dialect);
    const second = await startTestApp(dialect, { database: first.database });
    const shared = dialect === 'postgres';
    let last = 0;
    for (let i = 0; i <= LIMITS.publicPerMinute; i++) {
      const app = shared && i % 2 === 1 ? second.app : first.app;
      last = (await app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.7.7.7' })).statusCode;
    }
    const elsewhere = (
      await first.app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.7.7.8' })
    ).statusCode;
    await second.close();
    await first.close();
    expect(last).toBe(429);
    expect(elsewhere).toBe(200);
  });
});

describe('rate limits turned off for a benchmark run', () => {
  it('lets every request through', async () => {
    const t = await startTestApp('sqlite', { config: { rateLimits: false } });
    let last = 0;
    for (let i = 0; i <= LIMITS.publicPerMinute; i++)
      last = (await t.app.inject({ method: 'GET', url: '/api/units', remoteAddress: '10.8.8.8' })).statusCode;
    await t.close();
    expect(last).toBe(200);
  });
});
