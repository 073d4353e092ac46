import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

export type Browser = { context: BrowserContext; close: () => Promise<void> };

/** A fresh headless Chromium profile, closed network-quiet as this machine needs. */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    /** Off to see the app's own Content-Security-Policy at work (axe cannot be injected then). */
    bypassCSP?: boolean;
    /** Chromium's `--host-resolver-rules`, e.g. a LAN host name mapped to 127.0.0.1. */
    hostResolverRules?: string;
    /** Accept a self-signed certificate (a test's own reverse proxy). */
    ignoreHTTPSErrors?: boolean;
  } = {},
): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tanggap-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'id-ID',
    // Lets axe-core be injected; the app's own CSP is checked by the route tests.
    bypassCSP: options.bypassCSP ?? true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
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
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');
