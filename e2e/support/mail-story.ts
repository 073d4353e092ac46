import { afterAll, beforeAll } from 'vitest';
import { startDovecot } from '../../src/test-support/dovecot.js';
import { startSmtpSink } from '../../src/test-support/smtp-sink.js';
import { launchBrowser, type Browser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** A mail server a story runs beside the application, and what the application is told of it. */
type MailServer<S> = {
  what: string;
  start: () => Promise<S>;
  env: (server: S) => Record<string, string>;
  stop: (server: S) => Promise<void>;
};

type Parts<K extends string, S> = Readonly<Record<K, S>> & {
  readonly server: RunningServer;
  readonly browser: Browser;
};

/**
 * A mail server, the application configured for it, and a phone-sized browser, started before
 * the story's tests (call it inside `describe`) and stopped after them. Read the parts inside
 * the tests: before they start, reading one says so.
 */
function storyWith<K extends string, S>(key: K, mail: MailServer<S>): Parts<K, S> {
  let service: S | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    service = await mail.start();
    server = await startServer(mail.env(service));
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (service !== undefined) await mail.stop(service);
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`the ${name} is not started yet (read it inside a test)`);
    return part;
  };
  const parts = {
    get server() {
      return started(server, 'application');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
  Object.defineProperty(parts, key, { enumerable: true, get: () => started(service, mail.what) });
  return parts as Parts<K, S>;
}

/** For a story that reads the mail the server sends: an SMTP server (`sink`) that receives it. */
export function mailStory() {
  return storyWith('sink', {
    what: 'SMTP server',
    start: startSmtpSink,
    env: (sink) => ({ SMTP_URL: sink.url }),
    stop: (sink) => sink.close(),
  });
}

/**
 * For a story about mail coming in: a real IMAP server (`imap`, Dovecot), with Payakumbuh's
 * mailbox password variable (`MAILBOX_PYK_IMAP`) set to its password.
 */
export function mailboxStory() {
  return storyWith('imap', {
    what: 'IMAP server',
    start: startDovecot,
    env: (imap) => ({ MAILBOX_PYK_IMAP: imap.password }),
    stop: (imap) => imap.stop(),
  });
}
