import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_QUESTION } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { TINY_PNG } from '../../../test-support/multipart.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const BOUNDARY = '----tanggapRusak';
const part = (filename: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`;

/** Bodies a broken client or a fuzzer sends as multipart/form-data. */
const MALFORMED: [string, string, string | Buffer][] = [
  ['without a boundary', 'multipart/form-data', Buffer.concat([Buffer.from(part('a.png')), TINY_PNG])],
  [
    'cut off inside a file',
    `multipart/form-data; boundary=${BOUNDARY}`,
    Buffer.concat([Buffer.from(part('a.png')), TINY_PNG.subarray(0, 30)]),
  ],
  [
    'cut off inside the part headers',
    `multipart/form-data; boundary=${BOUNDARY}`,
    `--${BOUNDARY}\r\nContent-Disposition: form-da`,
  ],
  ['with a boundary that never comes', `multipart/form-data; boundary=${BOUNDARY}`, 'nothing like a part'],
  ['with an empty boundary', 'multipart/form-data; boundary=', `--\r\n\r\n--\r\n`],
  [
    'with a boundary over 70 characters',
    `multipart/form-data; boundary=${'x'.repeat(300)}`,
    `--${'x'.repeat(300)}\r\n`,
  ],
];

describe.each(TEST_DIALECTS)('a malformed upload on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let code: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    cookie = await t.login('penyedia@demo.test');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { cookie },
      payload: PORTAL_QUESTION,
    });
    code = created.json().ticket.code;
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(MALFORMED)('%s answers 400 naming the body, never 500', async (_, contentType, payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${code}/attachments`,
      headers: { cookie, 'content-type': contentType },
      payload,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body', code: 'malformed_multipart' }],
    });
    expect(res.json().errors[0].message).toBe(
      'Isi unggahan rusak atau terpotong (multipart/form-data tidak lengkap).',
    );
    const detail = await t.app.inject({ method: 'GET', url: `/api/tickets/${code}`, headers: { cookie } });
    expect(detail.json().attachments).toEqual([]);
  });

  it('an empty body is an upload without files', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${code}/attachments`,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: '',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'files', code: 'required' })]);
  });

  it('is still refused to someone who may not attach, before the body is read', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tickets/${code}/attachments`,
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(404);
  });
});
