import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../../domain/tickets/vocabulary.js';
import { STATUS_LABELS } from './labels.js';

const webIndonesian = JSON.parse(
  readFileSync(new URL('../../../../../web/src/i18n/id.json', import.meta.url), 'utf8'),
) as { status: Record<string, string> };

describe('export labels', () => {
  it.each(STATUSES)('say the status %s in the word the web app says', (status) => {
    expect(STATUS_LABELS[status]).toBe(webIndonesian.status[status]);
  });
});
