import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { castEmail, type CastMember } from '../../src/test-support/cast-accounts.js';
import { dovecotAvailable, startDovecot, type Dovecot } from '../../src/test-support/dovecot.js';
import { startSmtpSink, type SmtpSink } from '../../src/test-support/smtp-sink.js';
import { signInByApi, type ApiSession } from './api.js';
import { browserAvailable, launchBrowser, type Browser, type Viewport } from './browser.js';
import { signIn } from './console.js';
import { nginxAvailable, startNginx, type RunningProxy } from './nginx.js';
import { freePort, startServer, type RunningServer } from './server.js';

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

export type StoryOptions = {
  /** The browser window of everyone in the story: a desktop (1280×800) unless told. */
  viewport?: Viewport;
  /** More environment for the server. */
  env?: Readonly<Record<string, string>>;
  /** False to see the app's own Content-Security-Policy at work (axe cannot be injected then). */
  bypassCSP?: boolean;
  /** Chromium's `--host-resolver-rules`, e.g. a LAN host name mapped to 127.0.0.1. */
  hostResolverRules?: string;
  /**
   * A mail server beside the application: `smtp` receives what it sends (`story.sink`);
   * `imap` is a real Dovecot (`story.imap`) whose password is Payakumbuh's mailbox variable
   * `MAILBOX_PYK_IMAP`. Without Dovecot the story is skipped.
   */
  mail?: 'smtp' | 'imap';
  /**
   * Behind the site file operators install (deploy/nginx-tanggap.conf) with TLS, at this host
   * name (`story.proxy`, `story.publicUrl`): the server is told its public URL and to trust the
   * proxy, the browser resolves the name to loopback and accepts the self-signed certificate.
   * Without nginx the story is skipped.
   */
  nginx?: { hostName: string };
};

type Parts<O extends StoryOptions> = (O extends { mail: 'smtp' } ? { readonly sink: SmtpSink } : unknown) &
  (O extends { mail: 'imap' } ? { readonly imap: Dovecot } : unknown) &
  (O extends { nginx: object } ? { readonly proxy: RunningProxy; readonly publicUrl: string } : unknown);

/** What a story's tests read: the running parts, and the people of the cast. */
export type Story<O extends StoryOptions = StoryOptions> = Parts<O> & {
  readonly server: RunningServer;
  readonly browser: Browser;
  /**
   * A page of `member` (e.g. `helpdesk` is helpdesk@demo.test) showing `next`. Each member
   * works in a browser context of their own, signed in through the sign-in page the first time
   * and kept signed in for the rest of the story.
   */
  as: (member: CastMember, next?: string) => Promise<Page>;
  /** The API as `member`, signed in once (for what the story sets up, not what it shows). */
  api: (member: CastMember) => Promise<ApiSession>;
  /** A page in a fresh context, signed in as nobody: a visitor, or someone signing in by hand. */
  anonymous: () => Promise<Page>;
};

/**
 * A browser story: `describe(title)` around one server on a fresh database, one Chromium and the
 * demo cast, started before its tests and stopped after them. Skipped (with a message) when
 * Chromium, or the Dovecot or nginx the options ask for, is not installed.
 */
export function browserStory<const O extends StoryOptions>(
  title: string,
  options: O,
  body: (story: Story<O>) => void,
): void {
  const missing =
    !browserAvailable() ||
    (options.mail === 'imap' && !dovecotAvailable()) ||
    (options.nginx !== undefined && !nginxAvailable());
  describe.skipIf(missing)(title, () => body(useStory(options)));
}

/** The parts of a story, for a `describe` of its own (`browserStory` is the usual way in). */
export function useStory<const O extends StoryOptions>(options: O): Story<O> {
  let sink: SmtpSink | undefined;
  let imap: Dovecot | undefined;
  let server: RunningServer | undefined;
  let proxy: RunningProxy | undefined;
  let publicUrl: string | undefined;
  let browser: Browser | undefined;
  const pages = new Map<CastMember, Promise<Page>>();
  const sessions = new Map<CastMember, Promise<ApiSession>>();

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (options.mail === 'smtp') {
      sink = await startSmtpSink();
      env.SMTP_URL = sink.url;
    }
    if (options.mail === 'imap') {
      imap = await startDovecot();
      env.MAILBOX_PYK_IMAP = imap.password;
    }
    const proxyPort = options.nginx ? await freePort() : 0;
    if (options.nginx) {
      publicUrl = `https://${options.nginx.hostName}:${proxyPort}`;
      Object.assign(env, { PUBLIC_URL: publicUrl, TRUST_PROXY: '127.0.0.1' });
    }
    server = await startServer({ ...env, ...options.env });
    if (options.nginx) {
      proxy = await startNginx({
        hostName: options.nginx.hostName,
        port: proxyPort,
        upstreamPort: Number(new URL(server.url).port),
      });
    }
    const hostRules = [
      options.hostResolverRules,
      options.nginx && `MAP ${options.nginx.hostName} 127.0.0.1`,
    ].filter(Boolean);
    browser = await launchBrowser({
      viewport: options.viewport ?? DESKTOP,
      ...(options.bypassCSP === undefined ? {} : { bypassCSP: options.bypassCSP }),
      ...(hostRules.length > 0 ? { hostResolverRules: hostRules.join(', ') } : {}),
      ignoreHTTPSErrors: options.nginx !== undefined,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await server?.stop();
    await sink?.close();
    await imap?.stop();
  });

  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined)
      throw new Error(`the ${name} is not started (read it inside a test; is it in the story's options?)`);
    return part;
  };

  const as = async (member: CastMember, next = '/konsol'): Promise<Page> => {
    const url = started(server, 'application').url;
    const earlier = pages.get(member);
    if (earlier === undefined) {
      const first = (async () =>
        signIn(await started(browser, 'browser').newContext(), url, castEmail(member), next))();
      pages.set(member, first);
      return first;
    }
    const page = await (await earlier).context().newPage();
    await page.goto(`${url}${next}`);
    return page;
  };

  const story = {
    get server() {
      return started(server, 'application');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get sink() {
      return started(sink, 'SMTP server');
    },
    get imap() {
      return started(imap, 'IMAP server');
    },
    get proxy() {
      return started(proxy, 'nginx proxy');
    },
    get publicUrl() {
      return started(publicUrl, 'nginx proxy');
    },
    as,
    api: (member: CastMember) => {
      let session = sessions.get(member);
      if (session === undefined) {
        session = signInByApi(started(server, 'application').url, castEmail(member));
        sessions.set(member, session);
      }
      return session;
    },
    anonymous: async () => (await started(browser, 'browser').newContext()).newPage(),
  };
  return story as unknown as Story<O>;
}
