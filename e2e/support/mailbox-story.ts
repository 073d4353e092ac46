import { afterAll, beforeAll } from 'vitest';
import { startDovecot, type Dovecot } from '../../src/test-support/dovecot.js';
import { launchBrowser, type Browser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export type MailboxStory = { readonly imap: Dovecot; readonly server: RunningServer; readonly browser: Browser };

/**
 * For a story about mail coming in: a real IMAP server (Dovecot), the application with
 * Payakumbuh's mailbox password variable (`MAILBOX_PYK_IMAP`) set to its password, and a
 * phone-sized browser. Started before the story's tests (call it inside `describe`) and
 * stopped after them; read the parts inside the tests.
 */
export function mailboxStory(): MailboxStory {
  let imap: Dovecot | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    imap = await startDovecot();
    server = await startServer({ MAILBOX_PYK_IMAP: imap.password });
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await imap?.stop();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`mailboxStory: the ${name} is not started yet (read it inside a test)`);
    return part;
  };
  return {
    get imap() {
      return started(imap, 'IMAP server');
    },
    get server() {
      return started(server, 'application');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
