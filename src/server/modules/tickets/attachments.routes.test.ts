import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION, signInCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { multipart, TINY_PDF, TINY_PNG } from '../../../test-support/multipart.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

describe.each(TEST_DIALECTS)('ticket attachments on %s', (dialect) => {
  let t: TestApp;
  let c: Cast;
  let vendorCookie: string;
  let helpdeskCookie: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    c = await signInCast(t);
    vendorCookie = await t.login('penyedia@demo.test');
    helpdeskCookie = await t.login('helpdesk@demo.test');
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (
    code: string,
    cookie: string | null,
    files: Parameters<typeof multipart>[0],
    query = '',
  ) => {
    const body = multipart(files);
    return t.app.inject({
      method: 'POST',
      url: `/api/tickets/${code}/attachments${query}`,
      headers: { ...body.headers, ...(cookie ? { cookie } : {}) },
      payload: body.payload,
    });
  };

  it('stores a screenshot and a letter, records them in the history, and serves them only as downloads', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const res = await upload(ticket.code, vendorCookie, [
      { filename: 'galat-unggah.png', contentType: 'image/png', data: TINY_PNG },
      { filename: '../../surat permohonan.pdf', contentType: 'application/pdf', data: TINY_PDF },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const [png, pdf] = res.json().attachments;
    expect(png).toMatchObject({
      filename: 'galat-unggah.png',
      mediaType: 'image/png',
      size: TINY_PNG.length,
    });
    expect(pdf.filename).toBe('surat permohonan.pdf');
    const detail = (await c.helpdesk.get(`/api/tickets/${ticket.code}`)).json();
    expect(detail.history.at(-1)).toMatchObject({ type: 'attachment_added', party: 'reporter' });
    expect(detail.attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'galat-unggah.png',
      'surat permohonan.pdf',
    ]);

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/tickets/${ticket.code}/attachments/${png.id}`,
      headers: { cookie: helpdeskCookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(TINY_PNG)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await c.lkpp.get(`/api/tickets/${ticket.code}/attachments/${png.id}`)).statusCode).toBe(404);
  });

  it('says plainly when a file is gone from storage, and keeps the ticket and its other files', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const res = await upload(ticket.code, vendorCookie, [
      { filename: 'hilang.png', contentType: 'image/png', data: TINY_PNG },
      { filename: 'ada.pdf', contentType: 'application/pdf', data: TINY_PDF },
    ]);
    const [gone, kept] = res.json().attachments;
    const sha256 = (
      await t.ctx.db
        .selectFrom('attachments')
        .select('sha256')
        .where('id', '=', gone.id)
        .executeTakeFirstOrThrow()
    ).sha256;
    // Lost as a deployment could lose it: the database's copy, or the file on disk.
    if (t.ctx.config.attachmentStorage === 'database') {
      await t.ctx.db.deleteFrom('attachment_chunks').where('sha256', '=', sha256).execute();
      await t.ctx.db.deleteFrom('attachment_blobs').where('sha256', '=', sha256).execute();
    } else {
      rmSync(path.join(t.ctx.config.dataDir, 'attachments', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/tickets/${ticket.code}/attachments/${gone.id}`,
      headers: { cookie: helpdeskCookie, 'accept-language': 'id' },
    });
    expect(missing.statusCode).toBe(503);
    expect(missing.headers['content-disposition']).toBeUndefined();
    expect(missing.json()).toMatchObject({
      code: 'attachment_unavailable',
      detail: expect.stringContaining('administrator unit'),
    });
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/tickets/${ticket.code}/attachments/${kept.id}`,
      headers: { cookie: helpdeskCookie },
    });
    expect(other.statusCode).toBe(200);
    expect(other.rawPayload.equals(TINY_PDF)).toBe(true);
  });

  it('refuses a page disguised as a PDF, and stores nothing', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const res = await upload(ticket.code, vendorCookie, [
      {
        filename: 'bukti.pdf',
        contentType: 'application/pdf',
        data: Buffer.from('<html><script>alert(1)</script></html>'),
      },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'attachment_type_refused', errors: [{ field: 'files' }] });
    expect(res.json().detail).toContain('bukti.pdf');
    const rows = await t.database.db
      .selectFrom('attachments')
      .selectAll()
      .innerJoin('tickets', 'tickets.id', 'attachments.ticket_id')
      .where('tickets.code', '=', ticket.code)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(ticket.code, vendorCookie, [
      { filename: 'besar.pdf', contentType: 'application/pdf', data: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'attachment_too_large',
      detail: 'Lampiran "besar.pdf" melebihi batas 1 MB.',
    });
  });

  it('refuses more files than allowed, and a request without files', async () => {
    const { ticket } = (await c.penyedia.post('/api/tickets', PORTAL_QUESTION)).json();
    const six = Array.from({ length: 6 }, (_, i) => ({
      filename: `g${i}.png`,
      contentType: 'image/png',
      data: TINY_PNG,
    }));
    const many = await upload(ticket.code, vendorCookie, six);
    expect(many.statusCode).toBe(400);
    expect(many.json().code).toBe('too_many_attachments');
    const none = await upload(ticket.code, vendorCookie, []);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ field: 'files', code: 'required' });
  });

  it('lets a walk-in visitor attach by code and PIN, and keeps internal files from the reporter', async () => {
    const { ticket } = (
      await c.helpdesk.post('/api/tickets', {
        channel: 'walk_in',
        description: 'Membawa surat permohonan perubahan data.',
        reporter: { name: 'Ibu Sari', address: 'Jl. Soekarno-Hatta', phone: '0812 1111 2222' },
      })
    ).json();
    const byPin = await upload(
      ticket.code,
      null,
      [{ filename: 'surat.pdf', contentType: 'application/pdf', data: TINY_PDF }],
      `?pin=${ticket.trackingPin}`,
    );
    expect(byPin.statusCode, byPin.body).toBe(201);
    const wrongPin = await upload(
      ticket.code,
      null,
      [{ filename: 'surat.pdf', contentType: 'application/pdf', data: TINY_PDF }],
      '?pin=12345678',
    );
    expect(wrongPin.statusCode).toBe(404);
    const internal = await upload(
      ticket.code,
      helpdeskCookie,
      [
        {
          filename: 'log-server.txt',
          contentType: 'text/plain',
          data: Buffer.from('ERROR upload timeout\n'),
        },
      ],
      '?internal=true',
    );
    expect(internal.json().attachments[0].visibility).toBe('internal');
    const id = internal.json().attachments[0].id;
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/tickets/${ticket.code}/attachments/${id}?pin=${ticket.trackingPin}`,
        })
      ).statusCode,
    ).toBe(404);
  });
});
