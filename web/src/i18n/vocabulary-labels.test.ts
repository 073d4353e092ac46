import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@domain/tickets/events';
import { NOTIFICATION_TYPES } from '@domain/tickets/notifications';
import { STATUSES } from '@domain/tickets/vocabulary';
import { MESSAGE_PURPOSES } from '@domain/tickets/messages';
import { eventKeys, notificationKeys, purposeKeys } from '../features/console/lifecycle-labels';
import en from './en.json';
import id from './id.json';
import { statusKeys } from './status-labels';

const catalogues = { id, en } as const;

/** The text at a dotted key, or undefined. */
function textAt(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      catalogue,
    );
}

/** What is wrong with the label of a code in both languages; empty when it reads as words. */
function labelProblems(code: string, key: string): string[] {
  return Object.entries(catalogues).flatMap(([language, catalogue]) => {
    const text = textAt(catalogue, key);
    if (typeof text !== 'string' || text.trim() === '') return [`${language}: no label for ${code} (${key})`];
    // A one-word code may be its own English label, capitalised ("New"); as the code it is raw,
    // and a snake_case code inside a label is always raw.
    const showsCode = text.trim() === code || (code.includes('_') && text.includes(code));
    if (showsCode) return [`${language}: the label of ${code} shows the raw code: "${text}"`];
    return [];
  });
}

describe('every word of the lifecycle has a human label in Indonesian and English', () => {
  it.each(EVENT_TYPES)('history event %s', (type) => {
    expect(labelProblems(type, eventKeys[type])).toEqual([]);
  });

  it.each(NOTIFICATION_TYPES)('notification %s', (type) => {
    expect(labelProblems(type, notificationKeys[type])).toEqual([]);
  });

  it.each(MESSAGE_PURPOSES)('message purpose %s', (purpose) => {
    expect(labelProblems(purpose, purposeKeys[purpose])).toEqual([]);
  });

  it.each(STATUSES)('status %s', (status) => {
    expect(labelProblems(status, statusKeys[status])).toEqual([]);
  });

  it('says what is wrong with a missing label or one that is the code itself', () => {
    expect(labelProblems('mail_failed', 'console.notifications.type.nothing_here')).toEqual([
      'id: no label for mail_failed (console.notifications.type.nothing_here)',
      'en: no label for mail_failed (console.notifications.type.nothing_here)',
    ]);
    expect(labelProblems('Baru', 'status.new')).toEqual(['id: the label of Baru shows the raw code: "Baru"']);
  });

  it('never shows a code for a type newer than this build', () => {
    for (const key of ['console.history.event.other', 'console.notifications.type.other'] as const) {
      for (const catalogue of Object.values(catalogues))
        expect(textAt(catalogue, key)).not.toContain('{{type}}');
    }
  });
});
