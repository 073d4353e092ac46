import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import id from '../../web/src/i18n/id.json' with { type: 'json' };
import { TIERS } from '../domain/tiers/tiers.js';
import { tierName } from './mail/mail-words.js';
import { TIER_LABELS } from './modules/reports/exports/labels.js';

type Dictionary = { readonly [key: string]: string | Dictionary };

/** Where the web names a tier (or the role and party of its desk): `<block>.<tier>`. */
const WEB_BLOCKS = [
  'console.tier',
  'portal.ticket.tier',
  'roles',
  'console.history.party',
  'reports.labels.tier',
];

function lookUp(dictionary: Dictionary, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Dictionary)[key] : undefined),
      dictionary,
    );
}

describe('every tier of the chain has its words', () => {
  it.each(TIERS)('%s: in the exports, the mail, and the web in Bahasa Indonesia and English', (tier) => {
    expect(TIER_LABELS[tier]).toMatch(/\S/);
    expect(tierName(tier)).toMatch(/\S/);
    for (const [language, dictionary] of [
      ['id', id],
      ['en', en],
    ] as const) {
      for (const block of WEB_BLOCKS) {
        const label = lookUp(dictionary, `${block}.${tier}`);
        expect(typeof label === 'string' && label.trim() !== '', `${language}: ${block}.${tier}`).toBe(true);
        expect(label, `${language}: ${block}.${tier} is the raw code`).not.toBe(tier);
      }
    }
  });

  it('names the two national desks apart', () => {
    expect(new Set(TIERS.map((tier) => TIER_LABELS[tier])).size).toBe(TIERS.length);
    for (const dictionary of [id, en])
      expect(new Set(TIERS.map((tier) => lookUp(dictionary, `console.tier.${tier}`))).size).toBe(
        TIERS.length,
      );
  });
});
