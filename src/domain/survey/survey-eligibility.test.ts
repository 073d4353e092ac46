import { describe, expect, it } from 'vitest';
import { STATUSES } from '../tickets/vocabulary.js';
import { surveyRefusal } from './survey-eligibility.js';

describe('who may answer a ticket survey, and when', () => {
  it.each(STATUSES)('the reporter, on a %s ticket', (status) => {
    const open = status === 'resolved' || status === 'closed';
    expect(surveyRefusal(status, ['reporter'])).toBe(open ? null : 'survey_not_open');
    expect(surveyRefusal(status, ['tracker'])).toBe(open ? null : 'survey_not_open');
  });

  it('never the staff who handled it', () => {
    for (const party of ['helpdesk', 'admin_ppe', 'lkpp', 'kepala', 'admin', 'system'] as const) {
      expect(surveyRefusal('resolved', [party])).toBe('forbidden');
    }
  });
});
