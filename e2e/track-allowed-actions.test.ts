/// <reference lib="dom" />
import { expect, it, beforeAll } from 'vitest';
import { type ApiSession } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { browserStory, PHONE } from './support/story.js';

type Created = { ticket: { code: string; trackingPin?: string } };

/**
 * Issue 18: `/lacak` shows exactly the forms the lifecycle allows the holder of the PIN
 * (`allowedActions`), never one the server would refuse.
 */
browserStory('the tracking page offers only what the lifecycle allows', { viewport: PHONE }, (story) => {
  let helpdesk: ApiSession;

  beforeAll(async () => {
    helpdesk = await story.api('helpdesk');
  });

  const openTracked = async (code: string, pin: string) => {
    const page = await story.anonymous();
    await page.goto(`${story.server.url}/lacak?kode=${code}`);
    await page.getByLabel('PIN').fill(pin);
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
    return page;
  };

  it('a phone ticket redirected to the portal shows no reply form, only how to continue', async () => {
    const adminPpe = await story.api('adminppe');
    await adminPpe.put('/api/me/availability', { availability: 'unreachable' });
    const created = await helpdesk.post<Created>('/api/tickets', {
      channel: 'phone',
      purpose: 'Menanyakan aktivasi akun penyedia',
      description: 'Penelepon belum menerima email aktivasi akun SPSE.',
      reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900' },
    });
    const code = created.ticket.code;
    const pin = created.ticket.trackingPin ?? '';
    await helpdesk.post(`/api/tickets/${code}/redirect-to-portal`, {});
    await adminPpe.put('/api/me/availability', { availability: 'available' });

    const page = await openTracked(code, pin);
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'Lanjutkan melalui LPSE Support' }).waitFor();
    expect(await main.getByRole('heading', { name: 'Tambahkan informasi' }).count()).toBe(0);
    expect(await main.getByRole('heading', { name: 'Jawab permintaan data tambahan' }).count()).toBe(0);
    expect(await main.getByRole('button', { name: 'Kirim', exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('a resolved complaint offers "solved" only after the Kepala LPSE has coordinated it', async () => {
    const created = await helpdesk.post<Created>('/api/tickets', {
      channel: 'phone',
      kind: 'complaint',
      purpose: 'Mengadukan layanan',
      description: 'Antrian di meja helpdesk terlalu lama pada hari Senin pagi.',
      reporter: { name: 'Ibu Marni', phone: '0812 3456 7890' },
    });
    const code = created.ticket.code;
    const pin = created.ticket.trackingPin ?? '';
    await helpdesk.post(`/api/tickets/${code}/resolution`, {
      answer: 'Kami menambah petugas pada hari Senin pagi.',
    });

    const page = await openTracked(code, pin);
    const main = page.locator('main');
    await main.getByRole('heading', { name: 'Apakah masalah Anda sudah selesai?' }).waitFor();
    await main.getByRole('button', { name: 'Belum selesai' }).waitFor();
    expect(await main.getByRole('button', { name: 'Ya, sudah selesai' }).count()).toBe(0);

    const kepala = await story.api('kepala');
    await kepala.post(`/api/tickets/${code}/coordination`, {
      note: 'Dibahas dengan koordinator helpdesk; jadwal petugas Senin ditambah.',
    });
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await main.getByRole('button', { name: 'Ya, sudah selesai' }).click();
    await main.locator('.badge', { hasText: 'Ditutup' }).waitFor();
    expect(await main.getByRole('button', { name: 'Ya, sudah selesai' }).count()).toBe(0);
    await page.close();
  }, 60_000);
});
