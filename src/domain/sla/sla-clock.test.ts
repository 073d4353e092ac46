import { describe, expect, it } from 'vitest';
import { calendar, entry, local, sla } from '../../test-support/sla-kit.js';

describe('computeSla: targets and due instants (Payakumbuh, WIB, 2026 holidays)', () => {
  it('ringan, created Friday 13 March 15:00: due Monday 16 March 14:30', () => {
    const result = sla([entry('2026-03-13T15:00', 'new')], '2026-03-13T15:00');
    expect(result).toMatchObject({ targetMinutes: 450, usedMinutes: 0, state: 'on_track', clock: 'running' });
    expect(local(result.dueAt)).toBe('2026-03-16T14:30:00+07:00');
    expect(result.breachedAt).toBeNull();
  });

  it('450 minutes from Tuesday 17 March 10:00 skips Nyepi and Idulfitri: due Wednesday 25 March 10:00', () => {
    const result = sla([entry('2026-03-17T10:00', 'new')], '2026-03-19T09:00');
    expect(result.usedMinutes).toBe(300);
    expect(local(result.dueAt)).toBe('2026-03-25T10:00:00+07:00');
  });

  it.each([
    ['sedang: three working days', 'sedang', 0, 1350, '2026-03-04T16:00:00+07:00'],
    ['berat: five working days, Friday closes at 16:30', 'berat', 0, 2250, '2026-03-06T16:30:00+07:00'],
    ['ringan with a 90-minute extension', 'ringan', 90, 540, '2026-03-03T09:00:00+07:00'],
    ['sedang with a 30-minute extension', 'sedang', 30, 1380, '2026-03-05T08:00:00+07:00'],
  ] as const)('%s', (_label, difficulty, extensionMinutes, target, due) => {
    const result = sla([entry('2026-03-02T07:30', 'new')], '2026-03-02T07:30', {
      difficulty,
      extensionMinutes,
    });
    expect(result.targetMinutes).toBe(target);
    expect(local(result.dueAt)).toBe(due);
  });

  it('an extension that runs out at closing is due at that closing', () => {
    const result = sla([entry('2026-03-13T15:00', 'new')], '2026-03-13T15:00', { extensionMinutes: 90 });
    expect(local(result.dueAt)).toBe('2026-03-16T16:00:00+07:00');
  });

  it('keeps dueAt still while the clock runs', () => {
    const timeline = [entry('2026-03-13T15:00', 'new'), entry('2026-03-13T15:20', 'in_progress')];
    for (const now of ['2026-03-13T15:00', '2026-03-13T16:10', '2026-03-14T10:00', '2026-03-16T11:00']) {
      expect(local(sla(timeline, now).dueAt)).toBe('2026-03-16T14:30:00+07:00');
    }
  });
});

describe('computeSla: pauses, stops and reopening', () => {
  const created = entry('2026-03-09T08:00', 'new');
  const working = entry('2026-03-09T08:30', 'in_progress');
  const paused = entry('2026-03-09T11:00', 'waiting_reporter');
  const resumed = entry('2026-03-09T14:00', 'in_progress'); // 11–12 and 13–14: two working hours

  it('without a pause, created Monday 9 March 08:00 is due Tuesday 08:00', () => {
    expect(local(sla([created, working], '2026-03-09T15:00').dueAt)).toBe('2026-03-10T08:00:00+07:00');
  });

  it('a pause of two working hours moves dueAt by exactly two working hours', () => {
    const plain = sla([created, working], '2026-03-09T15:00');
    const withPause = sla([created, working, paused, resumed], '2026-03-09T15:00');
    expect(withPause.usedMinutes).toBe(240);
    expect(local(withPause.dueAt)).toBe('2026-03-10T10:00:00+07:00');
    expect(calendar.workingMinutesBetween(plain.dueAt, withPause.dueAt)).toBe(120);
  });

  it('while paused: state paused, dueAt as if resumed at the next opening after now', () => {
    const during = sla([created, working, paused], '2026-03-09T13:30');
    expect(during).toMatchObject({ state: 'paused', clock: 'paused', usedMinutes: 180 });
    expect(local(during.dueAt)).toBe('2026-03-10T09:30:00+07:00');
    const overnight = sla([created, working, paused], '2026-03-09T20:00');
    expect(local(overnight.dueAt)).toBe('2026-03-10T12:00:00+07:00');
  });

  it('splits the counted time by tier across escalations and ignores the pause', () => {
    const timeline = [
      entry('2026-03-09T08:00', 'new', 'helpdesk'),
      entry('2026-03-09T09:00', 'in_progress', 'admin_ppe'),
      entry('2026-03-09T11:00', 'waiting_reporter', 'admin_ppe'),
      entry('2026-03-09T13:30', 'in_progress', 'admin_ppe'),
      entry('2026-03-09T13:30', 'in_progress', 'lkpp'),
      entry('2026-03-09T14:00', 'resolved', 'lkpp'),
    ];
    const result = sla(timeline, '2026-03-10T09:00');
    expect(result.minutesByTier).toEqual({ helpdesk: 60, admin_ppe: 120, lkpp: 30, lkpp_teknis: 0 });
    expect(result).toMatchObject({ usedMinutes: 210, state: 'met', clock: 'stopped', breachedAt: null });
    expect(local(result.dueAt)).toBe('2026-03-10T09:30:00+07:00'); // Tuesday 08:00 + the 90-minute pause
  });

  it('counts both running stretches when the reporter says a resolution did not solve it', () => {
    const timeline = [
      entry('2026-03-09T08:00', 'in_progress'),
      entry('2026-03-09T10:00', 'resolved'),
      entry('2026-03-10T08:00', 'in_progress', 'admin_ppe'),
      entry('2026-03-10T09:00', 'resolved', 'admin_ppe'),
      entry('2026-03-12T09:00', 'closed', 'admin_ppe'),
    ];
    const between = sla(timeline, '2026-03-09T15:00');
    expect(between).toMatchObject({ state: 'met', usedMinutes: 120 });
    expect(local(between.dueAt)).toBe('2026-03-10T08:00:00+07:00');
    const reopened = sla(timeline, '2026-03-10T08:00');
    expect(reopened).toMatchObject({ state: 'on_track', clock: 'running' });
    expect(local(reopened.dueAt)).toBe('2026-03-10T14:30:00+07:00');
    const closed = sla(timeline, '2026-03-20T08:00');
    expect(closed).toMatchObject({
      state: 'met',
      usedMinutes: 180,
      minutesByTier: { helpdesk: 120, admin_ppe: 60, lkpp: 0, lkpp_teknis: 0 },
    });
    expect(local(closed.dueAt)).toBe('2026-03-10T14:30:00+07:00'); // frozen at the last resolution
  });
});
