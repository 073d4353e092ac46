import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'tanggap-config-'));

describe('mail configuration', () => {
  it('keeps mail in the outbox without SMTP_URL, from an address of PUBLIC_URL', () => {
    const dir = tmp();
    const config = loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://helpdesk.payakumbuhkota.go.id' }, dir);
    expect(config.smtpUrl).toBeNull();
    expect(config.mailFrom).toEqual({ name: 'Tanggap', address: 'tanggap@helpdesk.payakumbuhkota.go.id' });
    expect(config.mailboxSecrets).toEqual({});
  });

  it('reads SMTP_URL, MAIL_FROM with a display name, and every MAILBOX_ password variable', () => {
    const dir = tmp();
    const config = loadConfig(
      {
        DATA_DIR: dir,
        SMTP_URL: 'smtps://helpdesk.lpse.pyk%40gmail.com:abcd%20efgh@smtp.gmail.com:465',
        MAIL_FROM: '"LPSE Kota Payakumbuh" <Helpdesk.LPSE.Pyk@gmail.com>',
        MAILBOX_PYK_PASSWORD: 'abcd efgh ijkl mnop',
        MAILBOX_EMPTY: '',
        SESSION_SECRET_OTHER: 'not a mailbox',
      },
      dir,
    );
    expect(config.smtpUrl).toBe('smtps://helpdesk.lpse.pyk%40gmail.com:abcd%20efgh@smtp.gmail.com:465');
    expect(config.mailFrom).toEqual({ name: 'LPSE Kota Payakumbuh', address: 'helpdesk.lpse.pyk@gmail.com' });
    expect(config.mailboxSecrets).toEqual({ MAILBOX_PYK_PASSWORD: 'abcd efgh ijkl mnop' });
    expect(Object.isFrozen(config.mailboxSecrets)).toBe(true);
  });

  it.each([
    ['SMTP_URL', { SMTP_URL: 'https://user:rahasia-sekali@smtp.example' }],
    ['SMTP_URL', { SMTP_URL: 'smtp.gmail.com:465' }],
    ['MAIL_FROM', { MAIL_FROM: 'LPSE Kota Payakumbuh' }],
    ['MAIL_FROM', { MAIL_FROM: 'Helpdesk <bukan alamat>' }],
  ])('stops on a bad %s with one line naming it, never echoing a password', (name, env) => {
    const dir = tmp();
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dir, ...env }, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^Invalid ${name}:`));
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).not.toContain('rahasia-sekali');
  });
});
