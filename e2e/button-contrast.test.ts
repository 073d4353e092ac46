/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserStory } from './support/story.js';

type Rgb = [number, number, number];

function parseRgb(css: string): Rgb {
  const [r = 0, g = 0, b = 0] = (/rgba?\(([^)]+)\)/.exec(css)?.[1] ?? '')
    .split(',')
    .map((n) => Number(n.trim()));
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every visible button-styled control of the page, hovered and then focused by keyboard. */
async function buttonContrasts(page: Page): Promise<Array<{ label: string; state: string; ratio: number }>> {
  const buttons = page.locator('.button--primary:visible, .button--secondary:visible');
  const found: Array<{ label: string; state: string; ratio: number }> = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const label = (await button.innerText()).trim();
    const colours = () =>
      button.evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.color, background: style.backgroundColor };
      });
    await button.hover();
    const hovered = await colours();
    found.push({
      label,
      state: 'hover',
      ratio: contrast(parseRgb(hovered.color), parseRgb(hovered.background)),
    });
    await page.mouse.move(0, 0);
    await button.focus();
    const focused = await colours();
    found.push({
      label,
      state: 'focus',
      ratio: contrast(parseRgb(focused.color), parseRgb(focused.background)),
    });
  }
  return found;
}

browserStory(
  'buttons keep a readable label under the mouse and the keyboard',
  { viewport: { width: 1280, height: 900 } },
  (story) => {
    it('on the public pages and the new-ticket form, every primary and secondary button has contrast ≥ 4.5:1', async () => {
      const page = await story.anonymous();
      const checked: string[] = [];
      for (const path of ['/', '/lacak', '/masuk']) {
        await page.goto(`${story.server.url}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.locator('main .button').first().waitFor();
        for (const { label, state, ratio } of await buttonContrasts(page)) {
          checked.push(`${path} ${label}`);
          expect(ratio, `${path} "${label}" on ${state}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(checked).toContain('/ Ajukan pertanyaan');
      await page.close();

      const vendor = await story.as('penyedia', '/tiket/baru');
      await vendor.getByRole('heading', { name: 'Ajukan pertanyaan' }).waitFor();
      const onForm = await buttonContrasts(vendor);
      expect(onForm.map((c) => c.label)).toContain('Kirim pertanyaan');
      for (const { label, state, ratio } of onForm)
        expect(ratio, `"${label}" on ${state}`).toBeGreaterThanOrEqual(4.5);
      await vendor.close();
    }, 90_000);
  },
);
