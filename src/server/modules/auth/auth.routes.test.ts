import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_POLICY } from '../../../domain/accounts/login-throttle.js';
import { as, json, problem } from '../../../test-support/api.js';
import type { MeBody, UserBody } from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { cookieFrom, startTestApp, type TestApp } from '../../../test-support/test-app.js';

const vendor = {
  name: 'PT Sinar Payakumbuh',
  email: 'Pengadaan@SinarPyk.co.id',
  password: 'rahasia-sekali-123',
  phone: '0752 92317',
  userType: 'penyedia',
  organization: 'PT Sinar Payakumbuh',
};

describe.each(TEST_DIALECTS)('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['helpdesk@demo.test', [{ unitCode: 'lpse-kota-payakumbuh', role: 'helpdesk' }]],
    ['adminppe@demo.test', [{ unitCode: 'lpse-kota-payakumbuh', role: 'admin_ppe' }]],
    ['kepala@demo.test', [{ unitCode: 'lpse-kota-payakumbuh', role: 'kepala' }]],
    [
      'admin@demo.test',
      [
        { unitCode: 'lkpp-ri', role: 'admin' },
        { unitCode: 'lpse-kota-payakumbuh', role: 'admin' },
      ],
    ],
    ['lkpp@demo.test', [{ unitCode: 'lkpp-ri', role: 'lkpp' }]],
    ['penyedia@demo.test', []],
  ])('demo account %s signs in and /api/me shows its roles', async (email, roles) => {
    const cookie = await t.login(email);
    const me = await as(t, cookie).get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(json<MeBody>(me).user.email).toBe(email);
    expect(json<MeBody>(me).user.roles).toEqual(roles);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await as(t, null).post('/api/auth/login', {
      email: 'kepala@demo.test',
      password: 'demo-password-123',
    });
    const cookie = res.cookies.find((c) => c.name === 'tanggap_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('registers a service user, who can then sign in', async () => {
    const res = await as(t, null).post('/api/auth/register', vendor);
    expect(res.statusCode, res.body).toBe(201);
    expect(json<UserBody>(res).user).toMatchObject({
      email: 'pengadaan@sinarpyk.co.id',
      userType: 'penyedia',
      roles: [],
    });
    expect(json<UserBody>(res).user).not.toHaveProperty('passwordHash');
    const cookie = await t.login('pengadaan@sinarpyk.co.id', vendor.password);
    const me = await as(t, cookie).get('/api/me');
    expect(json<MeBody>(me).user.organization).toBe('PT Sinar Payakumbuh');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await as(t, null).post('/api/auth/register', {
      ...vendor,
      email: 'PENGADAAN@sinarpyk.co.id',
    });
    expect(res.statusCode).toBe(409);
    expect(problem(res)).toMatchObject({ code: 'email_taken', errors: [{ field: 'email' }] });
  });

  it.each([
    ['name', { name: undefined }, 'required'],
    ['email', { email: 'not-an-email' }, 'invalid_format'],
    ['password', { password: 'short' }, 'too_small'],
    ['phone', { phone: 'call me' }, 'invalid_format'],
    ['userType', { userType: 'vendor' }, 'invalid_value'],
    ['userType', { userType: undefined }, 'required'],
    ['organization', { organization: undefined }, 'required'],
  ])(
    'registration without a valid %s answers 400 naming it and creates nothing',
    async (field, change, code) => {
      const email = `new-${field}@example.id`;
      const payload = { ...vendor, email, ...change };
      const res = await as(t, null).post('/api/auth/register', payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(problem(res).code).toBe('validation_failed');
      expect(problem(res).errors).toContainEqual(expect.objectContaining({ field, code }));
      const count = await t.database.db
        .selectFrom('users')
        .select('id')
        .where('email', 'in', [email, 'not-an-email'])
        .execute();
      expect(count).toHaveLength(0);
    },
  );

  it('names every missing field at once, in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    const fields = problem(res).errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'email', 'password', 'phone', 'userType', 'organization']),
    );
    expect(problem(res).detail).toBe('The data sent is not valid.');
    expect(problem(res).errors?.[0]?.message).toBe('Required.');
  });

  it('answers a wrong password with 401 in Bahasa Indonesia', async () => {
    const res = await as(t, null).post('/api/auth/login', { email: 'helpdesk@demo.test', password: 'salah' });
    expect(res.statusCode).toBe(401);
    expect(problem(res)).toMatchObject({
      code: 'invalid_credentials',
      detail: 'Email atau kata sandi salah.',
    });
  });

  it('locks an account after repeated failures, even against the right password, then lets it in later', async () => {
    for (let i = 0; i < LOGIN_POLICY.lockAfter; i++) {
      const res = await as(t, null).post('/api/auth/login', {
        email: 'kepala@demo.test',
        password: `wrong-${i}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await as(t, null).post('/api/auth/login', {
      email: 'kepala@demo.test',
      password: 'demo-password-123',
    });
    expect(locked.statusCode).toBe(429);
    expect(problem(locked).code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account behind the same address is not affected.
    await t.login('helpdesk@demo.test');
    t.clock.advance(LOGIN_POLICY.lockMinutes * 60_000 + 1000);
    await t.login('kepala@demo.test');
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('admin@demo.test');
    const out = await as(t, cookie).post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const me = await as(t, cookie).get('/api/me');
    expect(me.statusCode).toBe(401);
    expect(problem(me).code).toBe('unauthenticated');
  });

  it('keeps sessions in the database, so they survive a restart', async () => {
    const cookie = await t.login('lkpp@demo.test');
    const second = await startTestApp(dialect, { database: t.database });
    const me = await as(second, cookie).get('/api/me');
    await second.close();
    expect(me.statusCode).toBe(200);
    expect(json<MeBody>(me).user.email).toBe('lkpp@demo.test');
  });

  it('refuses a tampered session cookie', async () => {
    const cookie = await t.login('helpdesk@demo.test');
    const tampered = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const me = await as(t, tampered).get('/api/me');
    expect(me.statusCode).toBe(401);
  });

  it('refuses a state-changing request with the session cookie from another site', async () => {
    const cookie = await t.login('adminppe@demo.test');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { availability: 'unreachable' },
    });
    expect(res.statusCode).toBe(403);
    expect(problem(res).code).toBe('cross_site_request');
    const same = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie, origin: 'http://localhost:3000' },
      payload: { availability: 'available' },
    });
    expect(same.statusCode).toBe(200);
  });

  it('changes a password, ending other sessions but not this one', async () => {
    await as(t, null).post('/api/auth/register', { ...vendor, email: 'ganti@vendor.id' });
    const other = await t.login('ganti@vendor.id', vendor.password);
    const mine = await t.login('ganti@vendor.id', vendor.password);
    const wrong = await as(t, mine).put('/api/me/password', {
      currentPassword: 'salah',
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(wrong.statusCode).toBe(401);
    expect(problem(wrong).errors?.[0]?.field).toBe('currentPassword');
    const short = await as(t, mine).put('/api/me/password', {
      currentPassword: vendor.password,
      newPassword: 'pendek',
    });
    expect(problem(short).errors?.[0]).toMatchObject({ field: 'newPassword', code: 'too_small' });
    const ok = await as(t, mine).put('/api/me/password', {
      currentPassword: vendor.password,
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(ok.statusCode).toBe(204);
    expect((await as(t, mine).get('/api/me')).statusCode).toBe(200);
    expect((await as(t, other).get('/api/me')).statusCode).toBe(401);
    await t.login('ganti@vendor.id', 'sandi-baru-yang-panjang');
  });

  it('expires a session after a working day without use', async () => {
    const cookie = await t.login('helpdesk@demo.test');
    t.clock.advance(13 * 60 * 60 * 1000);
    const me = await as(t, cookie).get('/api/me');
    expect(me.statusCode).toBe(401);
    expect(
      cookieFrom(
        await as(t, null).post('/api/auth/login', {
          email: 'helpdesk@demo.test',
          password: 'demo-password-123',
        }),
      ),
    ).toContain('tanggap_session=');
  });
});
