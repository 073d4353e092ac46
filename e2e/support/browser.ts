import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Browser tests need Debian's chromium. Without it they are skipped with a message, except in
 * CI (CI=true), where its absence fails the run.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
  console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);
  return false;
}

export type Viewport = { width: number; height: number };

export type ContextOptions = {
  viewport?: Viewport;
  locale?: string;
  /** Off to see the app's own Content-Security-Policy at work (axe cannot be injected then). */
  bypassCSP?: boolean;
  /** Accept a self-signed certificate (a test's own reverse proxy). */
  ignoreHTTPSErrors?: boolean;
};

/** One headless Chromium; each person of a story gets a context of their own (own cookies). */
export type Browser = {
  newContext: (overrides?: Pick<ContextOptions, 'viewport'>) => Promise<BrowserContext>;
  close: () => Promise<void>;
};

/** A headless Chromium, started network-quiet as this machine needs. */
export async function launchBrowser(
  options: ContextOptions & {
    /** Chromium's `--host-resolver-rules`, e.g. a LAN host name mapped to 127.0.0.1. */
    hostResolverRules?: string;
  } = {},
): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(options.hostResolverRules ? [`--host-resolver-rules=${options.hostResolverRules}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    newContext: (overrides = {}) =>
      browser.newContext({
        viewport: overrides.viewport ?? options.viewport ?? { width: 1280, height: 800 },
        locale: options.locale ?? 'id-ID',
        // Lets axe-core be injected; the app's own CSP is checked by the route tests.
        bypassCSP: options.bypassCSP ?? true,
        ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
      }),
    close: () => browser.close(),
  };
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
