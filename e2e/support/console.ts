/// <reference lib="dom" />
import path from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './axe.js';
import { SCREENSHOTS } from './browser.js';
import { E2E_PASSWORD } from './server.js';

/**
 * Signs a demo account in through the sign-in page, in a fresh page with no earlier session
 * (each person of a story works at their own desk), and waits until `next` is shown.
 */
export async function signIn(
  context: BrowserContext,
  baseUrl: string,
  email: string,
  next = '/konsol',
): Promise<Page> {
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/masuk?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next);
  return page;
}

/** Opens one of the ticket page's folded actions by its title. */
export async function openAction(page: Page, title: string | RegExp): Promise<void> {
  await page.locator('summary', { hasText: title }).click();
}

/** The history titles of the ticket shown, oldest first. */
export async function historyTitles(page: Page): Promise<string[]> {
  const newestFirst = await page.locator('.history__what').allInnerTexts();
  return newestFirst.reverse();
}

/** axe-core finds nothing serious or critical; then the page is saved under e2e/screenshots. */
export async function checkAndSave(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The API's view of a ticket, read with the session of the page (for checks, not for acting). */
export async function ticketJson(
  page: Page,
  code: string,
): Promise<{
  ticket: { status: string; tier: string; channel: string };
  history: { type: string; reason: string | null }[];
}> {
  return page.evaluate(async (c) => (await fetch(`/api/tickets/${c}`)).json(), code);
}
