import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { saveMailbox } from './mailbox.repository.js';
import { MailboxSettingsSchema } from '../units/mailbox-settings.schema.js';
import { describeMailSetup } from './mail-setup.js';
import { sendOutbox } from '../mail/send-outbox.js';

describe.each(TEST_DIALECTS)('mail without an SMTP server on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps mail in the outbox, and says so at start, with each mailbox and whether its password is set', async () => {
    const c = await signInCast(t);
    await c.penyedia.post('/api/tickets', {
      unitCode: 'lpse-kota-payakumbuh',
      channel: 'portal',
      subject: 'Akun terkunci setelah salah sandi',
      description: 'Akun saya terkunci setelah tiga kali salah memasukkan kata sandi.',
    });
    expect(await sendOutbox(t.ctx)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const rows = await t.database.db
      .selectFrom('mail_outbox')
      .select(['kind', 'status', 'attempts'])
      .orderBy('kind')
      .execute();
    expect(rows).toEqual([
      { kind: 'reporter_acknowledgement', status: 'pending', attempts: 0 },
      { kind: 'staff_ticket_new', status: 'pending', attempts: 0 },
    ]);

    await saveMailbox(
      t.database.db,
      'lpse-kota-payakumbuh',
      MailboxSettingsSchema.parse({
        host: 'imap.gmail.com',
        user: 'helpdesk.lpse.pyk@gmail.com',
        passwordEnv: 'MAILBOX_PYK_PASSWORD',
      }),
      'file',
      null,
      t.clock.now(),
    );
    const lines = (await describeMailSetup(t.ctx)).map((l) => l.msg);
    expect(lines).toEqual([
      'Mail: SMTP_URL is not set, so mail is not sent: it waits in the outbox (2 waiting) until SMTP_URL is set and Tanggap restarts',
      'Mailbox of lpse-kota-payakumbuh: helpdesk.lpse.pyk@gmail.com at imap.gmail.com:993 folder INBOX, not read: MAILBOX_PYK_PASSWORD is not set',
    ]);
  });
});
