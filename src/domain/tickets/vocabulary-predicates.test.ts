import { describe, expect, it } from 'vitest';
import { clockPhase } from '../sla/clock-intervals.js';
import { CHANNELS, STATUSES } from './vocabulary.js';
import {
  asStatus,
  isAwaitingConfirmation,
  isClockRunning,
  isClosed,
  isCompleted,
  isOpen,
  isReopening,
  isWaitingForReporter,
} from './statuses.js';
import {
  asChannel,
  defaultKindFor,
  dependsOnAdminPpeAvailability,
  isMailChannel,
  isPortalChannel,
  isStaffLoggedChannel,
} from './channels.js';
import { asEventType, EVENT_TYPES } from './events.js';
import { NOTIFICATION_TYPES } from './notifications.js';

describe('status predicates', () => {
  it.each(STATUSES)('%s is open or completed, never both', (status) => {
    expect(isOpen(status)).toBe(!isCompleted(status));
  });

  it.each(STATUSES)('%s runs the clock exactly when its clock phase is running', (status) => {
    expect(isClockRunning(status)).toBe(clockPhase(status) === 'running');
  });

  it('names the single statuses', () => {
    expect(STATUSES.filter(isAwaitingConfirmation)).toEqual(['resolved']);
    expect(STATUSES.filter(isWaitingForReporter)).toEqual(['waiting_reporter']);
    expect(STATUSES.filter(isClosed)).toEqual(['closed']);
    expect(isReopening('resolved', 'in_progress')).toBe(true);
    expect(isReopening('in_progress', 'resolved')).toBe(false);
  });

  it('reads a stored status word, or null', () => {
    expect(asStatus('waiting_reporter')).toBe('waiting_reporter');
    expect(asStatus('diproses')).toBeNull();
    expect(asStatus(undefined)).toBeNull();
  });
});

describe('channel predicates', () => {
  it.each(CHANNELS)(
    '%s is logged by staff exactly when the reporter does not submit it themselves',
    (channel) => {
      expect(isStaffLoggedChannel(channel)).toBe(!isPortalChannel(channel) && !isMailChannel(channel));
    },
  );

  it('defaults slips and mail to complaints, the rest to questions', () => {
    expect(CHANNELS.filter((c) => defaultKindFor(c) === 'complaint')).toEqual(['email', 'suggestion_box']);
  });

  it('asks for Admin PPE availability only for a call the helpdesk holds', () => {
    expect(dependsOnAdminPpeAvailability({ channel: 'phone', tier: 'helpdesk' })).toBe(true);
    expect(dependsOnAdminPpeAvailability({ channel: 'phone', tier: 'admin_ppe' })).toBe(false);
    expect(dependsOnAdminPpeAvailability({ channel: 'walk_in', tier: 'helpdesk' })).toBe(false);
  });
});

describe('event and notification types', () => {
  it('lists each type once', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect(new Set(NOTIFICATION_TYPES).size).toBe(NOTIFICATION_TYPES.length);
  });

  it('reads a stored event type, or null', () => {
    expect(asEventType('mail_received')).toBe('mail_received');
    expect(asEventType('mail_recieved')).toBeNull();
  });
});

describe('channel words from storage', () => {
  it('reads a known channel, or null', () => {
    expect(asChannel('email')).toBe('email');
    expect(asChannel('fax')).toBeNull();
    expect(asChannel(undefined)).toBeNull();
  });
});
