import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../test-support/test-app.js';

const CASES = [
  {
    publicUrl: 'https://tanggap.lpse.example.go.id',
    name: '__Host-tanggap_session',
    other: 'tanggap_session',
  },
  { publicUrl: 'http://localhost:3000', name: 'tanggap_session', other: '__Host-tanggap_session' },
] as const;

const setCookieOf = (res: LightMyRequestResponse): string => {
  const header = res.headers['set-cookie'];
  return (Array.isArray(header) ? header : [header ?? '']).join('\n');
};

describe.each(TEST_DIALECTS.flatMap((dialect) => CASES.map((c) => ({ dialect, ...c }))))(
  'the session cookie on $dialect when PUBLIC_URL is $publicUrl',
  ({ dialect, publicUrl, name, other }) => {
    let t: TestApp;
    const secure = publicUrl.startsWith('https://');
    beforeAll(async () => {
      t = await startTestApp(dialect, { config: { publicUrl } });
    });
    afterAll(async () => {
      await t.close();
    });
    const signIn = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'helpdesk@demo.test', password: DEMO_PASSWORD },
      });
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

    it(`is named ${name}, host-only, path /, HttpOnly, SameSite=Strict${secure ? ', Secure' : ''}`, async () => {
      const res = await signIn();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.cookies.map((c) => c.name)).toEqual([name]);
      const [cookie] = res.cookies;
      expect(cookie).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Strict' });
      expect(cookie?.domain).toBeUndefined();
      expect(Boolean(cookie?.secure)).toBe(secure);
    });

    it('signs in, is recognised, and signs out', async () => {
      const value = (await signIn()).cookies[0]!.value;
      const cookie = `${name}=${value}`;
      expect((await me(cookie)).statusCode).toBe(200);
      expect((await me(`${other}=${value}`)).statusCode).toBe(401);
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, origin: publicUrl },
      });
      expect(out.statusCode, out.body).toBe(204);
      expect(setCookieOf(out)).toMatch(new RegExp(`^${name}=;.*Expires=Thu, 01 Jan 1970`, 'm'));
      if (secure) expect(setCookieOf(out)).toContain('Secure');
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('refuses a cross-site state change carrying it', async () => {
      const value = (await signIn()).cookies[0]!.value;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: `${name}=${value}`, origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('cross_site_request');
    });
  },
);
