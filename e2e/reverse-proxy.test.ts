/// <reference lib="dom" />
import { request } from 'node:https';
import { expect, it } from 'vitest';
import type { RunningProxy } from './support/nginx.js';
import { E2E_PASSWORD } from './support/server.js';
import { browserStory } from './support/story.js';

const HOST_NAME = 'helpdesk.lpse-payakumbuh.test';

/** One HTTPS request through the proxy, sent from a chosen loopback address. */
function throughProxy(
  proxy: RunningProxy,
  options: { method: string; path: string; from: string; body?: object },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const body = options.body ? JSON.stringify(options.body) : undefined;
    const req = request(
      {
        host: '127.0.0.1',
        port: proxy.port,
        servername: HOST_NAME,
        ca: proxy.certificate,
        localAddress: options.from,
        method: options.method,
        path: options.path,
        headers: {
          host: `${HOST_NAME}:${proxy.port}`,
          // What a client may claim about itself; the proxy replaces it with what it saw.
          'x-forwarded-for': '203.0.113.9',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

browserStory(
  'behind nginx with TLS, as most units run it (deploy/nginx-tanggap.conf)',
  { bypassCSP: false, nginx: { hostName: HOST_NAME } },
  (story) => {
    it('serves the app over https with HSTS and a secure __Host- session cookie', async () => {
      const page = await story.anonymous();
      const publicUrl = story.publicUrl;
      const home = await page.goto(publicUrl);
      expect(home?.headers()['strict-transport-security']).toContain('max-age=');
      expect(home?.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
      await page.getByRole('heading', { name: 'Jam layanan' }).waitFor();

      await page.goto(`${publicUrl}/masuk?next=${encodeURIComponent('/tiket/baru')}`);
      await page.getByLabel('Email').fill('penyedia@demo.test');
      await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(/\/tiket\/baru/);
      const cookies = await page.context().cookies(publicUrl);
      expect(cookies.map((c) => c.name)).toContain('__Host-tanggap_session');
      const session = cookies.find((c) => c.name === '__Host-tanggap_session');
      expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Strict' });

      // A state-changing request through the proxy passes the same-origin check.
      await page.getByLabel('Judul').fill('Lewat proxy: dokumen kualifikasi tidak tersimpan');
      await page.getByLabel('Permasalahan').check();
      await page.getByLabel('Kategori').selectOption('tender-nontender');
      await page.getByLabel('Aplikasi').selectOption('SPSE');
      await page.getByLabel('Uraian').fill('Dokumen kualifikasi hilang setiap kali disimpan ulang.');
      await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
      await page.waitForURL(/\/tiket\/PYK-/);
      await page.getByRole('heading', { name: /dokumen kualifikasi tidak tersimpan/ }).waitFor();
      await page.close();
    }, 90_000);

    it('counts the rate limits per client address that the proxy forwarded', async () => {
      const login = (from: string, i: number) =>
        throughProxy(story.proxy, {
          method: 'POST',
          path: '/api/auth/login',
          from,
          body: { email: `tidak-ada-${i}@contoh.test`, password: 'salah-sekali-123' },
        });
      let last = await login('127.0.0.21', 0);
      for (let i = 1; last.status !== 429 && i <= 200; i++) last = await login('127.0.0.21', i);
      expect(last.status).toBe(429);
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
      // Another client behind the same proxy is not held back by the first one's limit.
      expect((await login('127.0.0.22', 0)).status).toBe(401);
    }, 90_000);
  },
);
