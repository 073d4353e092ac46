import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_POLICY } from '../../../domain/accounts/login-throttle.js';
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
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(email);
    expect(me.json().user.roles).toEqual(roles);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'kepala@demo.test', password: 'demo-password-123' },
    });
    const cookie = res.cookies.find((c) => c.name === 'tanggap_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('registers a service user, who can then sign in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: vendor });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user).toMatchObject({
      email: 'pengadaan@sinarpyk.co.id',
      userType: 'penyedia',
      roles: [],
    });
    expect(res.json().user).not.toHaveProperty('passwordHash');
    const cookie = await t.login('pengadaan@sinarpyk.co.id', vendor.password);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().user.organization).toBe('PT Sinar Payakumbuh');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { ...vendor, email: 'PENGADAAN@sinarpyk.co.id' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', errors: [{ field: 'email' }] });
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
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors).toContainEqual(expect.objectContaining({ field, code }));
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
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'email', 'password', 'phone', 'userType', 'organization']),
    );
    expect(res.json().detail).toBe('The data sent is not valid.');
    expect(res.json().errors[0].message).toBe('Required.');
  });

  it('answers a wrong password with 401 in Bahasa Indonesia', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'helpdesk@demo.test', password: 'salah' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', detail: 'Email atau kata sandi salah.' });
  });

  it('locks an account after repeated failures, even against the right password, then lets it in later', async () => {
    for (let i = 0; i < LOGIN_POLICY.lockAfter; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'kepala@demo.test', password: `wrong-${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'kepala@demo.test', password: 'demo-password-123' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account behind the same address is not affected.
    await t.login('helpdesk@demo.test');
    t.clock.advance(LOGIN_POLICY.lockMinutes * 60_000 + 1000);
    await t.login('kepala@demo.test');
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('admin@demo.test');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('unauthenticated');
  });

  it('keeps sessions in the database, so they survive a restart', async () => {
    const cookie = await t.login('lkpp@demo.test');
    const second = await startTestApp(dialect, { database: t.database });
    const me = await second.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    await second.close();
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('lkpp@demo.test');
  });

  it('refuses a tampered session cookie', async () => {
    const cookie = await t.login('helpdesk@demo.test');
    const tampered = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: tampered } });
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
    expect(res.json().code).toBe('cross_site_request');
    const same = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie, origin: 'http://localhost:3000' },
      payload: { availability: 'available' },
    });
    expect(same.statusCode).toBe(200);
  });

  it('changes a password, ending other sessions but not this one', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { ...vendor, email: 'ganti@vendor.id' },
    });
    const other = await t.login('ganti@vendor.id', vendor.password);
    const mine = await t.login('ganti@vendor.id', vendor.password);
    const wrong = await t.app.inject({
      method: 'PUT',
      url: '/api/me/password',
      headers: { cookie: mine },
      payload: { currentPassword: 'salah', newPassword: 'sandi-baru-yang-panjang' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const short = await t.app.inject({
      method: 'PUT',
      url: '/api/me/password',
      headers: { cookie: mine },
      payload: { currentPassword: vendor.password, newPassword: 'pendek' },
    });
    expect(short.json().errors[0]).toMatchObject({ field: 'newPassword', code: 'too_small' });
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/me/password',
      headers: { cookie: mine },
      payload: { currentPassword: vendor.password, newPassword: 'sandi-baru-yang-panjang' },
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: mine } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other } })).statusCode,
    ).toBe(401);
    await t.login('ganti@vendor.id', 'sandi-baru-yang-panjang');
  });

  it('expires a session after a working day without use', async () => {
    const cookie = await t.login('helpdesk@demo.test');
    t.clock.advance(13 * 60 * 60 * 1000);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(
      cookieFrom(
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'helpdesk@demo.test', password: 'demo-password-123' },
        }),
      ),
    ).toContain('tanggap_session=');
  });
});
