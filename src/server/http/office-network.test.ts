import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

/**
 * An LPSE runs the server on its office network: colleagues reach it at its LAN name or
 * address over plain http, or through a reverse proxy with TLS. Both must work.
 */
describe('on an office network over plain http', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { config: { publicUrl: 'http://127.0.0.1:3000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('never tells the browser to upgrade to https, nor sends HSTS', async () => {
    for (const url of ['/', '/healthz', '/api/units']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { host: 'helpdesk.lpse.local:3000' } });
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it("accepts the page's own requests at whatever name the server was reached by", async () => {
    const cookie = await t.login('adminppe@demo.test');
    for (const host of ['helpdesk.lpse.local:3000', '192.168.10.5:3000', 'localhost:3000']) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/me/availability',
        headers: { cookie, host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
        payload: { availability: 'available' },
      });
      expect(res.statusCode, host).toBe(200);
    }
  });

  it('still refuses another site, even one on the same network', async () => {
    const cookie = await t.login('adminppe@demo.test');
    for (const origin of [
      'http://evil.example',
      'http://192.168.10.6:3000',
      'https://helpdesk.lpse.local:3000',
    ]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/me/availability',
        headers: { cookie, host: 'helpdesk.lpse.local:3000', origin },
        payload: { availability: 'unreachable' },
      });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('cross_site_request');
    }
  });
});

describe('behind a reverse proxy with TLS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', {
      config: { publicUrl: 'https://helpdesk.payakumbuhkota.go.id', trustProxy: '127.0.0.1' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('upgrades insecure requests and sends HSTS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });

  it('accepts the origin the proxy forwarded, and refuses another', async () => {
    const cookie = await t.login('adminppe@demo.test');
    const forwarded = { 'x-forwarded-host': 'lpse-helpdesk.internal', 'x-forwarded-proto': 'https' };
    const ours = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      remoteAddress: '127.0.0.1',
      headers: { cookie, ...forwarded, origin: 'https://lpse-helpdesk.internal' },
      payload: { availability: 'available' },
    });
    expect(ours.statusCode).toBe(200);
    const theirs = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      remoteAddress: '127.0.0.1',
      headers: { cookie, ...forwarded, origin: 'https://evil.example' },
      payload: { availability: 'available' },
    });
    expect(theirs.statusCode).toBe(403);
  });
});
