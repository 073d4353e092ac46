import { DomainError, type ErrorCode } from '../errors.js';
import { holderOf, STAFF_PARTIES, type Party } from './parties.js';
import type { TicketState } from './ticket-state.js';
import { higherTier, tierAbove, tierBelow, TIER_DESKS, TIERS, type Tier } from '../tiers/tiers.js';
import type { Status } from './vocabulary.js';

/**
 * Why a rule's guard refuses an action. A plain value, not an error: `allowedActions` asks
 * every guard for every listed ticket, and only `transition` turns a refusal into a DomainError.
 */
type Refusal = Readonly<{ code: ErrorCode; params?: Readonly<Record<string, string | number>> }>;

function refuse(code: ErrorCode, params?: Readonly<Record<string, string | number>>): Refusal {
  return params ? { code, params } : { code };
}

/** Every change a ticket can undergo after it is created. */
export const ACTIONS = [
  'reply',
  'note',
  'escalate',
  'return',
  'redirect_to_portal',
  'claim',
  'request_info',
  'reporter_answer',
  'resolve',
  'confirm',
  'reject_resolution',
  'close',
  'auto_close',
  'coordinate',
  'record_lkpp_reference',
  'assign',
  'set_difficulty',
  'attach',
  'request_extension',
  'decide_extension',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Facts from outside the ticket that some rules need. */
export type TransitionInput = Readonly<{
  escalateTo?: Tier;
  /** Whether any Admin PPE of the unit is available now (telephone procedure 1b.5). */
  anyAdminPpeAvailable?: boolean;
}>;

type Rule = Readonly<{
  /** Statuses the action may start from. */
  from: readonly Status[];
  /** Parties who may take it, given the ticket. */
  by: (t: TicketState) => readonly Party[];
  /** Further conditions; returns an error to refuse. */
  guard?: (t: TicketState, input: TransitionInput) => Refusal | null;
  /** The state after the action. */
  next: (t: TicketState, input: TransitionInput) => Partial<TicketState>;
}>;

const OPEN: readonly Status[] = ['new', 'in_progress', 'waiting_reporter'];
const WORKING: readonly Status[] = ['new', 'in_progress'];
const ALL: readonly Status[] = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'];
const holder = (t: TicketState): readonly Party[] => [holderOf(t)];
const staff: readonly Party[] = STAFF_PARTIES;
const startWork = (t: TicketState): Partial<TicketState> =>
  t.status === 'new' ? { status: 'in_progress' } : {};

/**
 * The lifecycle, declared once: who may do what, from which status, to which state.
 * Procedure 1a–1c and 2 of the LPSE service standard; the feedback step and user-confirmed
 * closure of Kep. Kepala LKPP 26/2022; complaints coordinated with the Kepala LPSE.
 */
export const LIFECYCLE: Readonly<Record<Action, Rule>> = {
  reply: { from: OPEN, by: holder, guard: notAwaitingClaim, next: startWork },
  /** Staff notes; `system` files the mail the importer cannot post as the reporter's (unknown sender, closed step). */
  note: { from: ALL, by: () => [...staff, 'system'], next: () => ({}) },
  escalate: {
    from: WORKING,
    by: holder,
    guard: escalationGuard,
    next: (t, i) => ({
      tier: i.escalateTo ?? t.tier,
      status: 'in_progress',
      reachedTier: i.escalateTo ? higherTier(t.reachedTier, i.escalateTo) : t.reachedTier,
    }),
  },
  return: {
    from: WORKING,
    by: holder,
    guard: (t) => (tierBelow(t.tier) ? null : refuse('cannot_return_from_helpdesk')),
    next: (t) => ({ tier: tierBelow(t.tier) ?? t.tier, status: 'in_progress' }),
  },
  redirect_to_portal: {
    from: WORKING,
    by: () => ['helpdesk'],
    guard: (t, i) => {
      if (t.channel !== 'phone' || t.tier !== 'helpdesk') return refuse('redirect_only_phone_at_helpdesk');
      return i.anyAdminPpeAvailable ? refuse('admin_ppe_available') : null;
    },
    next: () => ({ status: 'waiting_reporter', awaitingClaim: true }),
  },
  claim: {
    from: ['waiting_reporter'],
    by: () => ['tracker'],
    guard: (t) => (t.awaitingClaim ? null : refuse('claim_not_open')),
    next: () => ({ status: 'in_progress', awaitingClaim: false, channel: 'portal' }),
  },
  request_info: { from: WORKING, by: holder, next: () => ({ status: 'waiting_reporter' }) },
  reporter_answer: {
    from: OPEN,
    by: (t) => ['reporter', 'tracker', holderOf(t)],
    guard: notAwaitingClaim,
    next: (t) => (t.status === 'waiting_reporter' ? { status: 'in_progress' } : {}),
  },
  resolve: {
    from: OPEN,
    by: holder,
    guard: notAwaitingClaim,
    next: (t) => ({ status: 'resolved', resolvedTier: t.tier }),
  },
  confirm: {
    from: ['resolved'],
    by: () => ['reporter', 'tracker'],
    guard: coordinationGuard,
    next: () => ({ status: 'closed' }),
  },
  reject_resolution: {
    from: ['resolved'],
    by: () => ['reporter', 'tracker'],
    next: (t) => ({ status: 'in_progress', tier: t.resolvedTier ?? t.tier }),
  },
  /**
   * Staff close a resolved ticket whose reporter cannot confirm online: an anonymous slip, or
   * a caller or visitor who confirmed by telephone or at the counter (a reason is recorded).
   */
  close: {
    from: ['resolved'],
    by: () => ['helpdesk', 'kepala'],
    guard: coordinationGuard,
    next: () => ({ status: 'closed' }),
  },
  auto_close: {
    from: ['resolved'],
    by: () => ['system'],
    guard: coordinationGuard,
    next: () => ({ status: 'closed' }),
  },
  coordinate: {
    from: ALL,
    by: () => ['kepala'],
    guard: (t) => (t.kind === 'complaint' ? null : refuse('not_a_complaint')),
    next: () => ({ hasCoordinationNote: true }),
  },
  record_lkpp_reference: {
    from: OPEN,
    by: () => ['admin_ppe'],
    guard: (t) =>
      t.lkppMode === 'external' && TIER_DESKS[t.tier].external === 'relayed'
        ? null
        : refuse('lkpp_reference_external_only'),
    next: () => ({}),
  },
  assign: { from: OPEN, by: (t) => [holderOf(t), 'admin'], next: () => ({}) },
  set_difficulty: { from: OPEN, by: (t) => [holderOf(t), 'helpdesk', 'admin'], next: () => ({}) },
  /** A target beyond the difficulty level's needs the Kepala LPSE's approval: asked by the holder… */
  request_extension: { from: OPEN, by: holder, next: () => ({}) },
  /** …and decided by the Kepala, recorded in the history either way. */
  decide_extension: { from: OPEN, by: () => ['kepala'], next: () => ({}) },
  /** Screenshots, letters, company profiles: from the reporter or any handling staff while open. */
  attach: {
    from: [...OPEN, 'resolved'],
    by: () => ['reporter', 'tracker', ...TIERS, 'kepala'],
    next: () => ({}),
  },
};

/**
 * Applies an action for parties to a ticket, or throws: `transition_not_allowed` when the
 * status forbids it, `forbidden` when none of the parties may take it, or the rule's own
 * error. Services call this and never compare statuses themselves.
 */
export function transition(
  action: Action,
  ticket: TicketState,
  parties: readonly Party[],
  input: TransitionInput = {},
): TicketState {
  const rule = LIFECYCLE[action];
  if (!rule.by(ticket).some((p) => parties.includes(p))) throw new DomainError('forbidden');
  if (!rule.from.includes(ticket.status))
    throw new DomainError('transition_not_allowed', { action, status: ticket.status });
  const refusal = rule.guard?.(ticket, input);
  if (refusal) throw new DomainError(refusal.code, refusal.params);
  return { ...ticket, ...rule.next(ticket, input) };
}

/** The party in whose name the action is taken (the first of the rule's parties the actor is). */
export function actingParty(action: Action, ticket: TicketState, parties: readonly Party[]): Party {
  const party = LIFECYCLE[action].by(ticket).find((p) => parties.includes(p));
  if (!party) throw new DomainError('forbidden');
  return party;
}

/** The actions these parties may take now: the web app shows only these. */
export function allowedActions(
  ticket: TicketState,
  parties: readonly Party[],
  input: TransitionInput = {},
): Action[] {
  return ACTIONS.filter((action) => {
    const rule = LIFECYCLE[action];
    if (!rule.from.includes(ticket.status) || !rule.by(ticket).some((p) => parties.includes(p))) return false;
    if (action === 'escalate') {
      const up = tierAbove(ticket.tier, ticket.lkppMode);
      return (
        up !== null &&
        escalationGuard(ticket, { ...input, escalateTo: up, anyAdminPpeAvailable: true }) === null
      );
    }
    return !rule.guard?.(ticket, input);
  });
}

/**
 * Where the allowed moves take the ticket: one tier up for `escalate`, one down for `return`
 * (null when the action is not among `actions`). The console offers exactly these.
 */
export function movesOf(
  ticket: Pick<TicketState, 'tier' | 'lkppMode'>,
  actions: readonly Action[],
): Readonly<{ escalateTo: Tier | null; returnTo: Tier | null }> {
  return {
    escalateTo: actions.includes('escalate') ? tierAbove(ticket.tier, ticket.lkppMode) : null,
    returnTo: actions.includes('return') ? tierBelow(ticket.tier) : null,
  };
}

function escalationGuard(t: TicketState, input: TransitionInput): Refusal | null {
  const to = input.escalateTo;
  const next = tierAbove(t.tier, t.lkppMode);
  if (!to || to !== next)
    return refuse('escalation_must_go_up_one_tier', { from: t.tier, to: to ?? '', next: next ?? '-' });
  if (t.awaitingClaim) return refuse('transition_not_allowed', { action: 'escalate', status: t.status });
  if (t.channel === 'phone' && to === 'admin_ppe' && input.anyAdminPpeAvailable === false)
    return refuse('admin_ppe_unreachable');
  return null;
}

function coordinationGuard(t: TicketState): Refusal | null {
  return t.kind === 'complaint' && !t.hasCoordinationNote ? refuse('coordination_required') : null;
}

function notAwaitingClaim(t: TicketState): Refusal | null {
  return t.awaitingClaim ? refuse('awaiting_claim') : null;
}
