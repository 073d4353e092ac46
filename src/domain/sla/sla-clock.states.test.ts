import { describe, expect, it } from 'vitest';
import { calendar, entry, local, sla, wib } from '../../test-support/sla-kit.js';
import { computeSla, type SlaInput } from './sla-clock.js';
import { DEFAULT_SLA_POLICY } from './targets.js';

describe('computeSla: states', () => {
  const created = entry('2026-03-09T07:30', 'new');

  it.each([
    ['on_track one second before 75 %', '2026-03-09T14:07:29', 'on_track'],
    ['at_risk at exactly 75 % (337.5 of 450)', '2026-03-09T14:07:30', 'at_risk'],
    ['at_risk, not breached, at exactly 100 %', '2026-03-09T16:00', 'at_risk'],
    ['still exactly 100 % overnight', '2026-03-10T07:00', 'at_risk'],
    ['breached once used exceeds the target', '2026-03-10T07:31', 'breached'],
  ] as const)('%s', (_label, now, state) => {
    expect(sla([created], now).state).toBe(state);
  });

  it('reaching the target at closing is due then, and breached from then on', () => {
    const atDue = sla([created], '2026-03-09T16:00');
    expect(atDue).toMatchObject({ usedMinutes: 450, breachedAt: null });
    expect(local(atDue.dueAt)).toBe('2026-03-09T16:00:00+07:00');
    const late = sla([created], '2026-03-10T09:00');
    expect(late).toMatchObject({ state: 'breached', usedMinutes: 540 });
    expect(local(late.breachedAt)).toBe('2026-03-09T16:00:00+07:00');
    expect(late.dueAt).toBe(late.breachedAt);
  });

  it('a ticket resolved late stays breached', () => {
    const timeline = [created, entry('2026-03-10T10:00', 'resolved')];
    const result = sla(timeline, '2026-03-11T10:00');
    expect(result).toMatchObject({ state: 'breached', clock: 'stopped', usedMinutes: 600 });
    expect(local(result.breachedAt)).toBe('2026-03-09T16:00:00+07:00');
  });

  it('a paused ticket past its target is breached, not paused', () => {
    const timeline = [created, entry('2026-03-10T08:00', 'waiting_reporter')];
    expect(sla(timeline, '2026-03-10T15:00')).toMatchObject({
      state: 'breached',
      clock: 'paused',
      usedMinutes: 480,
    });
  });

  it('a ticket resolved within the target is met', () => {
    const timeline = [created, entry('2026-03-09T10:00', 'resolved')];
    expect(sla(timeline, '2026-03-30T10:00')).toMatchObject({
      state: 'met',
      usedMinutes: 150,
      breachedAt: null,
    });
  });

  it('ignores the history after now', () => {
    const timeline = [created, entry('2026-03-09T10:00', 'resolved')];
    expect(sla(timeline, '2026-03-09T09:00')).toMatchObject({
      state: 'on_track',
      clock: 'running',
      usedMinutes: 90,
    });
  });
});

describe('computeSla: first response (120 working minutes)', () => {
  const created = [entry('2026-03-09T08:00', 'new')];
  it.each([
    ['met one minute early', '2026-03-09T09:59', '2026-03-09T11:00', 'met'],
    ['met exactly at the due', '2026-03-09T10:00', '2026-03-09T11:00', 'met'],
    ['breached one minute late', '2026-03-09T10:01', '2026-03-09T11:00', 'breached'],
    ['pending before 75 %', null, '2026-03-09T09:29', 'pending'],
    ['at_risk at 75 %', null, '2026-03-09T09:30', 'at_risk'],
    ['breached with no reply after the due', null, '2026-03-09T10:30', 'breached'],
    ['a reply after now is not known yet', '2026-03-09T09:50', '2026-03-09T09:00', 'pending'],
  ] as const)('%s', (_label, repliedAt, now, state) => {
    const firstResponseAt = repliedAt === null ? null : wib(repliedAt);
    const result = sla(created, now, { firstResponseAt });
    expect(local(result.firstResponseDueAt)).toBe('2026-03-09T10:00:00+07:00');
    expect(result.firstResponse.state).toBe(state);
    expect(result.firstResponse.at).toBe(
      firstResponseAt !== null && firstResponseAt <= wib(now) ? firstResponseAt : null,
    );
  });

  it('is due Monday 08:00 for a ticket created Friday 13 March 15:00', () => {
    expect(local(sla([entry('2026-03-13T15:00', 'new')], '2026-03-13T15:00').firstResponseDueAt)).toBe(
      '2026-03-16T08:00:00+07:00',
    );
  });
});

describe('computeSla: rounding and invalid input', () => {
  it('rounds minutes to one decimal and keeps the tiers adding up', () => {
    const start = wib('2026-03-09T08:00');
    const timeline = [
      { at: start, status: 'new', tier: 'helpdesk' },
      { at: start + 20_000, status: 'in_progress', tier: 'admin_ppe' },
      { at: start + 40_000, status: 'in_progress', tier: 'lkpp' },
    ] as const;
    const result = computeSla({ ...baseInput(), createdAt: start, timeline, now: start + 60_000 });
    expect(result.usedMinutes).toBe(1);
    expect(result.minutesByTier).toEqual({ helpdesk: 0.4, admin_ppe: 0.3, lkpp: 0.3, lkpp_teknis: 0 });
  });

  it.each([
    ['an empty timeline', { timeline: [] }],
    ['a timeline not starting at creation', { createdAt: wib('2026-03-09T07:00') }],
    ['now before creation', { now: wib('2026-03-08T08:00') }],
    ['a negative extension', { extensionMinutes: -1 }],
    ['a reply before creation', { firstResponseAt: wib('2026-03-09T07:00') }],
    [
      'entries out of order',
      { timeline: [entry('2026-03-09T08:00', 'new'), entry('2026-03-09T07:59', 'resolved')] },
    ],
  ] as const)('throws a RangeError for %s', (_label, override) => {
    expect(() => computeSla({ ...baseInput(), ...override })).toThrow(RangeError);
  });
});

function baseInput(): SlaInput {
  const created = entry('2026-03-09T08:00', 'new');
  return {
    calendar,
    policy: DEFAULT_SLA_POLICY,
    createdAt: created.at,
    timeline: [created],
    difficulty: 'ringan',
    extensionMinutes: 0,
    firstResponseAt: null,
    now: wib('2026-03-09T09:00'),
  };
}
