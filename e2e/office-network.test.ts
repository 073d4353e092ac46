/// <reference lib="dom" />
import { expect, it, beforeAll } from 'vitest';
import { E2E_PASSWORD } from './support/server.js';
import { browserStory } from './support/story.js';

/** The name colleagues type on the office network; the browser maps it to this machine. */
const LAN_HOST = 'helpdesk.lpse-payakumbuh.test';

browserStory(
  'an LPSE office network: a colleague opens the server at its LAN name over plain http',
  // The app's real Content-Security-Policy applies (no bypass), as in a colleague's browser.
  { bypassCSP: false, hostResolverRules: `MAP ${LAN_HOST} 127.0.0.1` },
  (story) => {
    let lanUrl: string;
    beforeAll(() => {
      // PUBLIC_URL stays the server's own address: the LAN name is not the one configured.
      lanUrl = story.server.url.replace('127.0.0.1', LAN_HOST);
    });

    it('shows the standard, signs in, creates a portal ticket and replies to it', async () => {
      const page = await story.anonymous();
      // What a blank page or a refused action would leave: a request the browser blocked (a
      // script sent to https, a policy violation), a same-origin refusal, a server error.
      // Queries cancelled by navigation abort, and that is not a failure.
      const refused: string[] = [];
      page.on('requestfailed', (request) => {
        if (request.failure()?.errorText !== 'net::ERR_ABORTED')
          refused.push(`${request.failure()?.errorText} ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() === 403 || response.status() >= 500)
          refused.push(`${response.status()} ${response.url()}`);
      });
      const main = page.locator('main');

      await page.goto(lanUrl);
      expect(new URL(page.url()).protocol).toBe('http:');
      await page.getByRole('heading', { name: 'Jam layanan' }).waitFor();
      expect(await main.innerText()).toContain('Tidak dipungut biaya');

      await page.goto(`${lanUrl}/masuk?next=${encodeURIComponent('/tiket/baru')}`);
      await page.getByLabel('Email').fill('penyedia@demo.test');
      await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(/\/tiket\/baru/);
      await page.getByRole('heading', { name: 'Ajukan pertanyaan' }).waitFor();

      await page.getByLabel('Judul').fill('Dari jaringan kantor: tidak bisa membuka paket');
      await page.getByLabel('Permasalahan').check();
      await page.getByLabel('Kategori').selectOption('tender-nontender');
      await page.getByLabel('Aplikasi').selectOption('SPSE');
      await page.getByLabel('Uraian').fill('Halaman paket tidak terbuka sejak pagi dari komputer kantor.');
      await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
      // Without files to send, the form goes straight on to the new ticket (its "sent" notice
      // may be gone before a slow test looks for it).
      await page.waitForURL(/\/tiket\/PYK-/);
      await page.getByRole('heading', { name: /tidak bisa membuka paket/ }).waitFor();
      await main
        .locator('textarea[name="body"]')
        .fill('Tambahan: peramban Chrome terbaru, sudah dicoba ulang.');
      await main.locator('form:has(textarea[name="body"]) button[type="submit"]').click();
      await main.getByText('Tanggapan Anda terkirim.').waitFor();
      await page.reload();
      await main.getByText('Tambahan: peramban Chrome terbaru').waitFor();

      expect(new URL(page.url()).host).toBe(new URL(lanUrl).host);
      expect(refused).toEqual([]);
      await page.close();
    }, 90_000);

    it('still refuses a state-changing request that another site sends with the cookie', async () => {
      const page = await story.anonymous();
      await page.goto(`${lanUrl}/masuk`);
      await page.getByLabel('Email').fill('adminppe@demo.test');
      await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL((url) => url.pathname !== '/masuk');
      const cookie = (await page.context().cookies(lanUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
      expect(cookie).not.toBe('');

      const fromElsewhere = await fetch(`${story.server.url}/api/me/availability`, {
        method: 'PUT',
        headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
        body: JSON.stringify({ availability: 'unreachable' }),
      });
      expect(fromElsewhere.status).toBe(403);
      expect(((await fromElsewhere.json()) as { code: string }).code).toBe('cross_site_request');
      await page.close();
    }, 60_000);
  },
);
