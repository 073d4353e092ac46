import { describe, expect, it } from 'vitest';
import { appWithCast, PORTAL_QUESTION } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';

/**
 * `GET /api/track/{code}?pin=` answers what the holder of the code and PIN may do, from the
 * lifecycle: the tracking page shows only those forms.
 */
describe.each(TEST_DIALECTS)(
  'allowed actions for the holder of the PIN and the reporter on %s',
  (dialect) => {
    const t = appWithCast(dialect);
    const track = async (code: string, pin: string) => {
      const tracked = await t.cast.anonymous.get(`/api/track/${code}?pin=${pin}`);
      expect(tracked.statusCode, tracked.body).toBe(200);
      return tracked.json() as { status: string; allowedActions: string[] };
    };

    it('a phone ticket redirected to the portal may be claimed, not answered', async () => {
      const c = t.cast;
      expect((await c.adminppe.put('/api/me/availability', { availability: 'unreachable' })).statusCode).toBe(
        200,
      );
      const logged = await c.helpdesk.post('/api/tickets', {
        channel: 'phone',
        purpose: 'Menanyakan aktivasi akun penyedia',
        description: 'Penelepon belum menerima email aktivasi akun SPSE.',
        reporter: { name: 'Bapak Yusuf', phone: '0812 7788 9900' },
      });
      expect(logged.statusCode, logged.body).toBe(201);
      const { code, trackingPin } = logged.json().ticket;
      expect((await track(code, trackingPin)).allowedActions).toEqual(['reporter_answer', 'attach']);

      const redirected = await c.helpdesk.post(`/api/tickets/${code}/redirect-to-portal`);
      expect(redirected.statusCode, redirected.body).toBe(200);
      const tracked = await track(code, trackingPin);
      expect(tracked.status).toBe('waiting_reporter');
      expect(tracked.allowedActions).toContain('claim');
      expect(tracked.allowedActions).not.toContain('reporter_answer');
      expect(tracked.allowedActions).not.toContain('reply');
      // The lifecycle refuses what the page no longer offers.
      const answer = await c.anonymous.post(`/api/tickets/${code}/replies`, {
        body: 'Saya ingin menambahkan informasi.',
        pin: trackingPin,
      });
      expect(answer.statusCode).toBe(409);
      expect((await c.adminppe.put('/api/me/availability', { availability: 'available' })).statusCode).toBe(
        200,
      );
    });

    it('a resolved complaint may be confirmed only once the Kepala LPSE has coordinated it', async () => {
      const c = t.cast;
      const logged = await c.helpdesk.post('/api/tickets', {
        channel: 'phone',
        kind: 'complaint',
        purpose: 'Mengadukan layanan',
        description: 'Antrian di meja helpdesk terlalu lama pada hari Senin pagi.',
        reporter: { name: 'Ibu Marni', phone: '0812 3456 7890' },
      });
      expect(logged.statusCode, logged.body).toBe(201);
      const { code, trackingPin } = logged.json().ticket;
      const resolved = await c.helpdesk.post(`/api/tickets/${code}/resolution`, {
        answer: 'Kami menambah petugas pada hari Senin pagi.',
      });
      expect(resolved.statusCode, resolved.body).toBe(200);

      const awaiting = await track(code, trackingPin);
      expect(awaiting.status).toBe('resolved');
      expect(awaiting.allowedActions).toEqual(['reject_resolution', 'attach']);
      const early = await c.anonymous.post(`/api/tickets/${code}/confirmation`, {
        solved: true,
        pin: trackingPin,
      });
      expect(early.json().code).toBe('coordination_required');

      const coordinated = await c.kepala.post(`/api/tickets/${code}/coordination`, {
        note: 'Dibahas dengan koordinator helpdesk; jadwal petugas Senin ditambah.',
      });
      expect(coordinated.statusCode, coordinated.body).toBe(200);
      expect((await track(code, trackingPin)).allowedActions).toEqual([
        'confirm',
        'reject_resolution',
        'attach',
      ]);
    });

    it("the reporter's own portal complaint waits for the Kepala LPSE before it may be confirmed", async () => {
      const c = t.cast;
      const created = await c.penyedia.post('/api/tickets', { ...PORTAL_QUESTION, kind: 'complaint' });
      expect(created.statusCode, created.body).toBe(201);
      const { code } = created.json().ticket;
      await c.helpdesk.post(`/api/tickets/${code}/resolution`, { answer: 'Sudah kami tindak lanjuti.' });
      const mine = async () => (await c.penyedia.get(`/api/tickets/${code}`)).json().ticket.allowedActions;
      expect(await mine()).toEqual(['reject_resolution', 'attach']);
      await c.kepala.post(`/api/tickets/${code}/coordination`, { note: 'Dibahas bersama helpdesk.' });
      expect(await mine()).toEqual(['confirm', 'reject_resolution', 'attach']);
    });
  },
);
