/// <reference lib="dom" />
import path from 'node:path';
import { expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { E2E_PASSWORD } from './support/server.js';
import { browserStory, PHONE } from './support/story.js';

browserStory('the public standard page and signing in, in a real browser', { viewport: PHONE }, (story) => {
  it('prints the demo accounts when it starts on a new database', () => {
    for (const email of [
      'helpdesk@demo.test',
      'adminppe@demo.test',
      'kepala@demo.test',
      'admin@demo.test',
      'lkpp@demo.test',
      'lkpp-teknis@demo.test',
      'penyedia@demo.test',
    ]) {
      expect(story.server.output()).toContain(email);
    }
    expect(story.server.output()).toContain(E2E_PASSWORD);
  });

  it('shows the published standard on a phone, in Bahasa Indonesia and in English', async () => {
    const page = await story.anonymous();
    await page.goto(story.server.url);
    await page.getByRole('heading', { name: 'Jangka Waktu Penyelesaian' }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('1 Hari');
    expect(body).toContain('Tidak dipungut biaya');
    expect(body).toContain('Helpdesk menanyakan identitas penelpon');
    expect(await page.locator('a[href^="tel:"]').first().getAttribute('href')).toBe('tel:+6275292317');
    expect(await page.locator('a[href^="mailto:"]').first().getAttribute('href')).toBe(
      'mailto:helpdesk.lpse.pyk@gmail.com',
    );
    expect(await seriousViolations(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standard-id-phone.png'), fullPage: false });

    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('heading', { name: /Completion time/i }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main').innerText()).toContain('Free of charge');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standard-en-phone.png'), fullPage: false });
    await page.close();
  });

  it('signs a demo account in and shows its roles; a wrong password is explained', async () => {
    const page = await story.anonymous();
    await page.goto(`${story.server.url}/masuk`);
    await page.getByRole('button', { name: /^ID/ }).click();
    await page.getByLabel('Email').fill('adminppe@demo.test');
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByText('Email atau kata sandi salah.').waitFor();
    await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // Staff land on their console; their account page shows the roles.
    await page.waitForURL(/\/konsol/);
    await page.goto(`${story.server.url}/akun`);
    await page.getByText('Admin PPE').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('adminppe@demo.test');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account-admin-ppe.png') });
    await page.close();
  });
});
