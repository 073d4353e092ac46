/// <reference lib="dom" />
import path from 'node:path';
import { expect, it, beforeAll } from 'vitest';
import { TINY_PNG, type ApiSession } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { browserStory, PHONE } from './support/story.js';

type Created = { ticket: { code: string; trackingPin?: string } };

browserStory('a walk-in visitor follows their ticket by code and PIN', { viewport: PHONE }, (story) => {
  let helpdesk: ApiSession;
  let code = '';
  let pin = '';

  beforeAll(async () => {
    // At the counter: the helpdesk logs the visitor (procedure 1c.2) and asks for one more detail.
    helpdesk = await story.api('helpdesk');
    const created = await helpdesk.post<Created>('/api/tickets', {
      channel: 'walk_in',
      reporter: { name: 'Siti Rahma', address: 'Jl. Sudirman No. 5, Payakumbuh', phone: '0812 1111 2222' },
      subject: 'Cara mendaftar sebagai penyedia',
      description: 'Pengunjung menanyakan cara mendaftar akun penyedia di SPSE.',
    });
    code = created.ticket.code;
    pin = created.ticket.trackingPin ?? '';
    await helpdesk.post(`/api/tickets/${code}/info-requests`, {
      question: 'Mohon sebutkan nama perusahaan dan NPWP Anda.',
    });
  });

  it('refuses a wrong PIN with the API message, then shows status, position, due time and replies', async () => {
    expect(pin).toMatch(/^\d+$/);
    const page = await story.anonymous();
    const main = page.locator('main');
    const track = async () => {
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
    };

    await page.goto(`${story.server.url}/lacak?kode=${code}`);
    await page.getByRole('heading', { name: 'Lacak tiket', level: 1 }).waitFor();
    expect(await page.getByLabel('Kode tiket').inputValue()).toBe(code);
    await page.getByLabel('PIN').fill('00000000');
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await page.getByRole('alert').getByText(`Tiket ${code} tidak ditemukan.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'track-wrong-pin-phone.png'), fullPage: true });

    await page.getByLabel('PIN').fill(pin);
    await track();
    const found = await main.innerText();
    expect(found).toContain('Menunggu tanggapan pelapor');
    expect(found).toContain('Tiket Anda sedang berada di Helpdesk LPSE.');
    expect(found).toContain('Target selesai');
    expect(found).toContain('Dihentikan sementara');
    expect(found).toContain('Mohon sebutkan nama perusahaan dan NPWP Anda.');
    expect(page.url()).not.toContain(pin);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'track-request-phone.png'), fullPage: true });

    // The visitor answers the request for more data and adds a picture, without an account.
    await page.getByLabel('Jawaban Anda').fill('CV Sinar Abadi, NPWP 02.345.678.9-012.000.');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await main.getByText('Sedang ditangani').first().waitFor();
    expect(await main.innerText()).toContain('CV Sinar Abadi');
    await page
      .getByLabel('Lampiran (tidak wajib)')
      .setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.getByRole('button', { name: 'Unggah berkas' }).click();
    await main.getByText('Terunggah: 1. Ditolak: 0.').waitFor();

    // The helpdesk escalates; the visitor sees the new position.
    await helpdesk.post(`/api/tickets/${code}/escalations`, {
      to: 'admin_ppe',
      reason: 'Perlu pengecekan data penyedia di SPSE.',
    });
    await track();
    await main.getByText('Tiket Anda sedang berada di Admin PPE.').waitFor();

    // The Admin PPE answers; the visitor confirms it is solved and is offered the survey.
    const adminPpe = await story.api('adminppe');
    await adminPpe.post(`/api/tickets/${code}/resolution`, {
      answer: 'Silakan mendaftar di SPSE lalu bawa dokumen asli untuk verifikasi.',
    });
    await track();
    await main.getByText('Selesai (menunggu konfirmasi)').first().waitFor();
    await main.getByText('Silakan mendaftar di SPSE').waitFor();
    await page.getByRole('button', { name: 'Ya, sudah selesai' }).click();
    await main.locator('.badge', { hasText: 'Ditutup' }).waitFor();
    expect(await main.getByRole('link', { name: 'Beri penilaian layanan' }).getAttribute('href')).toBe(
      `/survei/${code}?pin=${pin}`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'track-closed-phone.png'), fullPage: true });

    // The same page at the helpdesk counter's desktop width.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'track-closed-desktop.png'), fullPage: true });

    await page.getByRole('button', { name: /^EN/ }).click();
    await main.getByText('Your ticket was last handled by the Admin PPE.').waitFor();
    await page.close();
  }, 90_000);
});
