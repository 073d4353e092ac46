import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startSmtpSink, type SmtpSink } from '../../../test-support/smtp-sink.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { sendOutbox } from '../mail/send-outbox.js';

describe.each(TEST_DIALECTS)('password reset by mail on %s', (dialect) => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(dialect, { config: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const ask = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  const confirm = (payload: object, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload,
      ...(cookie ? { headers: { cookie } } : {}),
    });
  const linkTo = async (email: string) => {
    await sendOutbox(t.ctx);
    const mail = sink.received.filter((m) => m.to.includes(email)).at(-1);
    const token = mail?.parsed.text?.match(/\/atur-sandi\?token=([\w-]+)/)?.[1];
    return { mail, token };
  };

  it('answers 202 whether or not the account exists, and mails a one-time link only to an account', async () => {
    const unknown = await ask('tidak-ada@contoh.example');
    const known = await ask('penyedia@demo.test');
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    const { mail, token } = await linkTo('penyedia@demo.test');
    expect(sink.received.some((m) => m.to.includes('tidak-ada@contoh.example'))).toBe(false);
    expect(mail?.parsed.subject).toBe('Atur ulang kata sandi Tanggap');
    expect(mail?.parsed.text).toContain(`http://localhost:3000/atur-sandi?token=${token}`);
    expect(mail?.parsed.html).toContain('Atur kata sandi baru');
    const stored = await t.database.db.selectFrom('password_resets').selectAll().execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    const outbox = await t.database.db
      .selectFrom('mail_outbox')
      .select(['text_body', 'html_body'])
      .where('kind', '=', 'account_password_reset')
      .execute();
    expect(outbox.every((r) => r.text_body === '' && r.html_body === '')).toBe(true);
  });

  it('sets the new password once, ends the other sessions, and names the field of every error', async () => {
    const elsewhere = await t.login('penyedia@demo.test');
    await ask('penyedia@demo.test');
    const { token } = await linkTo('penyedia@demo.test');
    const short = await confirm({ token, password: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toContainEqual(
      expect.objectContaining({ field: 'password', code: 'too_small' }),
    );
    const done = await confirm({ token, password: 'kata-sandi-baru-2026' });
    expect(done.statusCode, done.body).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: elsewhere } })).statusCode,
    ).toBe(401);
    await t.login('penyedia@demo.test', 'kata-sandi-baru-2026');
    const reused = await confirm({ token, password: 'kata-sandi-lain-2026' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({
      code: 'password_reset_invalid',
      errors: [{ field: 'token', code: 'invalid_or_expired' }],
    });
    const missing = await confirm({ password: 'kata-sandi-lain-2026' });
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ field: 'token' }));
    expect((await ask('bukan-surel')).json().errors[0].field).toBe('email');
  });

  it('lets a link expire after an hour, and sends an account at most three links an hour', async () => {
    await ask('kepala@demo.test');
    const { token } = await linkTo('kepala@demo.test');
    t.clock.advance(60 * 60_000 + 1);
    expect((await confirm({ token, password: 'kata-sandi-baru-2026' })).json().code).toBe(
      'password_reset_invalid',
    );
    for (let i = 0; i < 5; i++) expect((await ask('adminppe@demo.test')).statusCode).toBe(202);
    await sendOutbox(t.ctx);
    expect(sink.received.filter((m) => m.to.includes('adminppe@demo.test'))).toHaveLength(3);
  });
});
