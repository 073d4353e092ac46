import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { allowedActions, transition, type Action, type TransitionInput } from './lifecycle.js';
import { PARTIES, type Party } from './parties.js';
import type { TicketState } from './ticket-state.js';
import { STATUSES, type Status } from './vocabulary.js';

const base: TicketState = {
  unitCode: 'lpse-kota-payakumbuh',
  kind: 'question',
  channel: 'portal',
  tier: 'helpdesk',
  status: 'in_progress',
  reporterUserId: 'u-reporter',
  lkppMode: 'hosted',
  reachedTier: 'helpdesk',
  resolvedTier: null,
  awaitingClaim: false,
  hasCoordinationNote: false,
  confidential: false,
  anonymous: false,
};

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

/**
 * For each action, on a ticket where its other conditions hold: the statuses it starts from
 * and the parties who may take it. Every other status × party pair must be refused.
 */
const MATRIX: ReadonlyArray<{
  action: Action;
  ticket: Partial<TicketState>;
  input?: TransitionInput;
  from: Status[];
  by: Party[];
}> = [
  { action: 'reply', ticket: {}, from: ['new', 'in_progress', 'waiting_reporter'], by: ['helpdesk'] },
  {
    action: 'reply',
    ticket: { tier: 'admin_ppe' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['admin_ppe'],
  },
  {
    action: 'reply',
    ticket: { tier: 'lkpp', reachedTier: 'lkpp' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['lkpp'],
  },
  {
    action: 'note',
    ticket: {},
    from: [...STATUSES],
    by: ['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis', 'kepala', 'admin', 'system'],
  },
  {
    action: 'escalate',
    ticket: {},
    input: { escalateTo: 'admin_ppe', anyAdminPpeAvailable: true },
    from: ['new', 'in_progress'],
    by: ['helpdesk'],
  },
  {
    action: 'escalate',
    ticket: { tier: 'admin_ppe' },
    input: { escalateTo: 'lkpp' },
    from: ['new', 'in_progress'],
    by: ['admin_ppe'],
  },
  { action: 'return', ticket: { tier: 'admin_ppe' }, from: ['new', 'in_progress'], by: ['admin_ppe'] },
  {
    action: 'return',
    ticket: { tier: 'lkpp', reachedTier: 'lkpp' },
    from: ['new', 'in_progress'],
    by: ['lkpp'],
  },
  {
    action: 'return',
    ticket: { tier: 'lkpp', reachedTier: 'lkpp', lkppMode: 'external' },
    from: ['new', 'in_progress'],
    by: ['admin_ppe'],
  },
  {
    action: 'redirect_to_portal',
    ticket: { channel: 'phone' },
    input: { anyAdminPpeAvailable: false },
    from: ['new', 'in_progress'],
    by: ['helpdesk'],
  },
  {
    action: 'claim',
    ticket: { channel: 'phone', awaitingClaim: true },
    from: ['waiting_reporter'],
    by: ['tracker'],
  },
  { action: 'request_info', ticket: {}, from: ['new', 'in_progress'], by: ['helpdesk'] },
  {
    action: 'reporter_answer',
    ticket: {},
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['reporter', 'tracker', 'helpdesk'],
  },
  { action: 'resolve', ticket: {}, from: ['new', 'in_progress', 'waiting_reporter'], by: ['helpdesk'] },
  {
    action: 'resolve',
    ticket: { tier: 'lkpp', reachedTier: 'lkpp' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['lkpp'],
  },
  { action: 'confirm', ticket: {}, from: ['resolved'], by: ['reporter', 'tracker'] },
  {
    action: 'reject_resolution',
    ticket: { resolvedTier: 'helpdesk' },
    from: ['resolved'],
    by: ['reporter', 'tracker'],
  },
  { action: 'auto_close', ticket: {}, from: ['resolved'], by: ['system'] },
  { action: 'close', ticket: {}, from: ['resolved'], by: ['helpdesk', 'kepala'] },
  { action: 'coordinate', ticket: { kind: 'complaint' }, from: [...STATUSES], by: ['kepala'] },
  {
    action: 'record_lkpp_reference',
    ticket: { tier: 'lkpp', lkppMode: 'external' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['admin_ppe'],
  },
  {
    action: 'assign',
    ticket: {},
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['helpdesk', 'admin'],
  },
  {
    action: 'attach',
    ticket: {},
    from: ['new', 'in_progress', 'waiting_reporter', 'resolved'],
    by: ['reporter', 'tracker', 'helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis', 'kepala'],
  },
  {
    action: 'request_extension',
    ticket: { tier: 'admin_ppe' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['admin_ppe'],
  },
  {
    action: 'decide_extension',
    ticket: {},
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['kepala'],
  },
  {
    action: 'set_difficulty',
    ticket: { tier: 'admin_ppe' },
    from: ['new', 'in_progress', 'waiting_reporter'],
    by: ['admin_ppe', 'helpdesk', 'admin'],
  },
];

describe('the lifecycle table', () => {
  for (const row of MATRIX) {
    const label = `${row.action} (${JSON.stringify(row.ticket)})`;
    it(`${label}: allowed exactly from ${row.from.join(', ')} by ${row.by.join(', ')}`, () => {
      for (const status of STATUSES) {
        for (const party of PARTIES) {
          const ticket = { ...base, ...row.ticket, status };
          const code = codeOf(() => transition(row.action, ticket, [party], row.input));
          const expected = !row.by.includes(party)
            ? 'forbidden'
            : !row.from.includes(status)
              ? 'transition_not_allowed'
              : null;
          expect(code, `${row.action} from ${status} by ${party}`).toBe(expected);
        }
      }
    });
  }
});

describe('rules of the service standard', () => {
  it('escalates one tier up and never skips or goes down', () => {
    expect(
      transition('escalate', base, ['helpdesk'], { escalateTo: 'admin_ppe', anyAdminPpeAvailable: true }),
    ).toMatchObject({ tier: 'admin_ppe', status: 'in_progress' });
    expect(codeOf(() => transition('escalate', base, ['helpdesk'], { escalateTo: 'lkpp' }))).toBe(
      'escalation_must_go_up_one_tier',
    );
    const atPpe = { ...base, tier: 'admin_ppe' as const };
    expect(codeOf(() => transition('escalate', atPpe, ['admin_ppe'], { escalateTo: 'helpdesk' }))).toBe(
      'escalation_must_go_up_one_tier',
    );
    expect(transition('escalate', atPpe, ['admin_ppe'], { escalateTo: 'lkpp' })).toMatchObject({
      tier: 'lkpp',
      reachedTier: 'lkpp',
    });
    expect(
      codeOf(() =>
        transition('escalate', { ...base, tier: 'lkpp', reachedTier: 'lkpp' }, ['lkpp'], {
          escalateTo: 'lkpp',
        }),
      ),
    ).toBe('escalation_must_go_up_one_tier');
  });

  it('refuses to escalate a phone call to an unreachable Admin PPE and offers the redirect instead (1b.5)', () => {
    const call = { ...base, channel: 'phone' as const, reporterUserId: null };
    expect(
      codeOf(() =>
        transition('escalate', call, ['helpdesk'], { escalateTo: 'admin_ppe', anyAdminPpeAvailable: false }),
      ),
    ).toBe('admin_ppe_unreachable');
    expect(allowedActions(call, ['helpdesk'], { anyAdminPpeAvailable: false })).toContain(
      'redirect_to_portal',
    );
    expect(allowedActions(call, ['helpdesk'], { anyAdminPpeAvailable: true })).not.toContain(
      'redirect_to_portal',
    );
    const redirected = transition('redirect_to_portal', call, ['helpdesk'], { anyAdminPpeAvailable: false });
    expect(redirected).toMatchObject({ status: 'waiting_reporter', awaitingClaim: true });
    expect(transition('claim', redirected, ['tracker'])).toMatchObject({
      status: 'in_progress',
      channel: 'portal',
      awaitingClaim: false,
    });
  });

  it('lets a walk-in question go to an unreachable Admin PPE: the rule is the telephone one', () => {
    const visit = { ...base, channel: 'walk_in' as const };
    expect(
      transition('escalate', visit, ['helpdesk'], { escalateTo: 'admin_ppe', anyAdminPpeAvailable: false })
        .tier,
    ).toBe('admin_ppe');
    expect(
      codeOf(() => transition('redirect_to_portal', visit, ['helpdesk'], { anyAdminPpeAvailable: false })),
    ).toBe('redirect_only_phone_at_helpdesk');
  });

  it('sends a resolution the reporter says did not solve back to the tier that resolved it', () => {
    const atLkpp = { ...base, tier: 'lkpp' as const, reachedTier: 'lkpp' as const };
    const resolved = transition('resolve', atLkpp, ['lkpp']);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedTier: 'lkpp' });
    expect(transition('reject_resolution', { ...resolved, tier: 'helpdesk' }, ['reporter'])).toMatchObject({
      status: 'in_progress',
      tier: 'lkpp',
    });
    expect(transition('confirm', resolved, ['reporter']).status).toBe('closed');
  });

  it('pauses for the reporter and resumes on their answer', () => {
    const waiting = transition('request_info', base, ['helpdesk']);
    expect(waiting.status).toBe('waiting_reporter');
    expect(transition('reporter_answer', waiting, ['reporter']).status).toBe('in_progress');
  });

  it('does not close a complaint before the Kepala LPSE records coordination', () => {
    const complaint = { ...base, kind: 'complaint' as const, status: 'resolved' as const };
    expect(codeOf(() => transition('confirm', complaint, ['reporter']))).toBe('coordination_required');
    expect(codeOf(() => transition('auto_close', complaint, ['system']))).toBe('coordination_required');
    const coordinated = transition('coordinate', complaint, ['kepala']);
    expect(transition('confirm', coordinated, ['reporter']).status).toBe('closed');
    expect(codeOf(() => transition('coordinate', base, ['kepala']))).toBe('not_a_complaint');
  });

  it('does not let a ticket awaiting its caller be answered or resolved before it is claimed', () => {
    const waiting = {
      ...base,
      channel: 'phone' as const,
      status: 'waiting_reporter' as const,
      awaitingClaim: true,
    };
    expect(codeOf(() => transition('resolve', waiting, ['helpdesk']))).toBe('awaiting_claim');
    expect(codeOf(() => transition('reporter_answer', waiting, ['tracker']))).toBe('awaiting_claim');
  });

  it('lists only the actions the parties may take now', () => {
    expect(allowedActions({ ...base, status: 'resolved' }, ['reporter'])).toEqual([
      'confirm',
      'reject_resolution',
      'attach',
    ]);
    expect(allowedActions({ ...base, status: 'resolved' }, ['helpdesk'])).toEqual([
      'note',
      'close',
      'attach',
    ]);
    expect(allowedActions(base, ['kepala'])).toEqual(['note', 'attach', 'decide_extension']);
    expect(allowedActions({ ...base, tier: 'admin_ppe' }, ['admin_ppe'])).toEqual(
      expect.arrayContaining(['reply', 'note', 'escalate', 'return', 'request_info', 'resolve']),
    );
  });
});
