import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { UnitFileSchema } from '../units/unit-file.schema.js';
import { loadMailboxes } from './mailbox-files.js';
import { findMailbox } from './mailbox.repository.js';

const FILE = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../../../config/units/lpse-kota-payakumbuh.json'),
    'utf8',
  ),
);
const GMAIL = {
  host: 'imap.gmail.com',
  user: 'helpdesk.lpse.pyk@gmail.com',
  passwordEnv: 'MAILBOX_PYK_PASSWORD',
};

describe('the mailbox in a unit file', () => {
  it('takes Gmail with defaults: port 993, TLS, INBOX, complaints', () => {
    const unit = UnitFileSchema.parse({ ...FILE, mailbox: GMAIL });
    expect(unit.mailbox).toEqual({
      ...GMAIL,
      port: 993,
      secure: true,
      folder: 'INBOX',
      defaultKind: 'complaint',
      senderLimitPerHour: 10,
      enabled: true,
    });
  });

  it.each([
    ['mailbox.passwordEnv', { ...GMAIL, passwordEnv: 'MAILBOX_LKPP_PASSWORD' }],
    ['mailbox.passwordEnv', { ...GMAIL, passwordEnv: 'DATABASE_URL' }],
    ['mailbox.host', { ...GMAIL, host: 'imap.gmail.com/../x' }],
    ['mailbox.password', { ...GMAIL, password: 'never in the file' }],
  ])('refuses a mailbox naming %s wrongly', (field, mailbox) => {
    const parsed = UnitFileSchema.safeParse({ ...FILE, mailbox });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(
      field === 'mailbox.password' ? 'mailbox' : field,
    );
  });
});

describe.each(TEST_DIALECTS)('loading mailboxes on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('follows the file until an administrator sets the mailbox through the API', async () => {
    const db = t.database.db;
    const withMailbox = UnitFileSchema.parse({ ...FILE, mailbox: GMAIL });
    await loadMailboxes(db, [withMailbox], t.clock.now());
    expect(await findMailbox(db, FILE.code)).toMatchObject({
      source: 'file',
      settings: { host: 'imap.gmail.com' },
    });
    await loadMailboxes(
      db,
      [UnitFileSchema.parse({ ...FILE, mailbox: { ...GMAIL, folder: 'Pengaduan' } })],
      t.clock.now(),
    );
    expect((await findMailbox(db, FILE.code))?.settings.folder).toBe('Pengaduan');
    await loadMailboxes(db, [UnitFileSchema.parse(FILE)], t.clock.now());
    expect(await findMailbox(db, FILE.code)).toBeNull();

    const admin = as(t, await t.login('admin@demo.test'));
    const set = await admin.put(`/api/units/${FILE.code}/mailbox`, {
      ...GMAIL,
      host: 'mail.payakumbuhkota.go.id',
    });
    expect(set.json()).toMatchObject({
      source: 'api',
      passwordSet: false,
      passwordEnvPrefix: 'MAILBOX_PYK_',
    });
    await loadMailboxes(db, [withMailbox], t.clock.now());
    expect((await findMailbox(db, FILE.code))?.settings.host).toBe('mail.payakumbuhkota.go.id');
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/units/${FILE.code}/mailbox`,
      headers: { cookie: await t.login('admin@demo.test') },
    });
    expect(removed.statusCode).toBe(204);
    expect((await admin.get(`/api/units/${FILE.code}/mailbox`)).json()).toMatchObject({
      mailbox: null,
      passwordEnvPrefix: 'MAILBOX_PYK_',
    });
  });
});
