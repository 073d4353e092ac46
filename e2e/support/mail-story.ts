import { afterAll, beforeAll } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../src/test-support/smtp-sink.js';
import { launchBrowser, type Browser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export type MailStory = { readonly sink: SmtpSink; readonly server: RunningServer; readonly browser: Browser };

/**
 * For a story that reads the mail the server sends: an SMTP server that receives it, the
 * application sending to it, and a phone-sized browser. Started before the story's tests (call
 * it inside `describe`) and stopped after them; read the parts inside the tests.
 */
export function mailStory(): MailStory {
  let sink: SmtpSink | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startServer({ SMTP_URL: sink.url });
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`mailStory: the ${name} is not started yet (read it inside a test)`);
    return part;
  };
  return {
    get sink() {
      return started(sink, 'SMTP server');
    },
    get server() {
      return started(server, 'application');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
