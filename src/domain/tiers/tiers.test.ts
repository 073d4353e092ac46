import { describe, expect, it } from 'vitest';
import { rolesAllowedOn, STAFF_ROLES, type Actor } from '../accounts/roles.js';
import { sla, wib } from '../../test-support/sla-kit.js';
import type { SlaTimelineEntry } from '../sla/index.js';
import { DomainError } from '../errors.js';
import { allowedActions, movesOf, transition } from '../tickets/lifecycle.js';
import { holderOf, partiesOf, PARTIES, reachedTiersSeenBy } from '../tickets/parties.js';
import type { TicketState } from '../tickets/ticket-state.js';
import {
  ESCALATION_TIERS,
  NATIONAL_TIERS,
  TIER_DESKS,
  TIERS,
  tierAbove,
  tierBelow,
  tiersOf,
  type Tier,
} from './tiers.js';

const start: TicketState = {
  unitCode: 'lpse-kota-payakumbuh',
  kind: 'question',
  channel: 'portal',
  tier: 'helpdesk',
  status: 'new',
  reporterUserId: 'u-reporter',
  lkppMode: 'hosted',
  reachedTier: 'helpdesk',
  resolvedTier: null,
  awaitingClaim: false,
  hasCoordinationNote: false,
  confidential: false,
  anonymous: false,
};

/** Someone holding the tier's role where its desk sits. */
function staffOf(tier: Tier): Actor {
  const unitKind = TIER_DESKS[tier].unitKind;
  return {
    userId: `u-${tier}`,
    roles: [{ role: tier, unitKind, unitCode: unitKind === 'national' ? 'lkpp-ri' : start.unitCode }],
  };
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('the tier chain, walked tier by tier', () => {
  it('every tier is a staff role, granted on the kind of unit where its desk sits, and a party', () => {
    for (const tier of TIERS) {
      expect(STAFF_ROLES).toContain(tier);
      expect(rolesAllowedOn(TIER_DESKS[tier].unitKind)).toContain(tier);
      expect(PARTIES).toContain(tier);
    }
    expect(rolesAllowedOn('national')).toEqual(['lkpp', 'lkpp_teknis', 'admin']);
  });

  it('escalates up every step with the holder of each tier, and returns down every step', () => {
    let ticket = start;
    const visited: Tier[] = [ticket.tier];
    for (let up = tierAbove(ticket.tier); up !== null; up = tierAbove(ticket.tier)) {
      const parties = partiesOf(staffOf(ticket.tier), ticket);
      expect(parties).toContain(holderOf(ticket));
      expect(movesOf(ticket, allowedActions(ticket, parties)).escalateTo).toBe(up);
      // Skipping a desk is refused.
      const beyond = tierAbove(up);
      if (beyond)
        expect(codeOf(() => transition('escalate', ticket, parties, { escalateTo: beyond }))).toBe(
          'escalation_must_go_up_one_tier',
        );
      ticket = transition('escalate', ticket, parties, { escalateTo: up, anyAdminPpeAvailable: true });
      expect(ticket).toMatchObject({ tier: up, reachedTier: up, status: 'in_progress' });
      visited.push(up);
    }
    expect(visited).toEqual([...TIERS]);
    const top = ticket.tier;
    expect(movesOf(ticket, allowedActions(ticket, partiesOf(staffOf(top), ticket))).escalateTo).toBeNull();

    for (let down = tierBelow(ticket.tier); down !== null; down = tierBelow(ticket.tier)) {
      const parties = partiesOf(staffOf(ticket.tier), ticket);
      expect(movesOf(ticket, allowedActions(ticket, parties)).returnTo).toBe(down);
      ticket = transition('return', ticket, parties);
      expect(ticket).toMatchObject({ tier: down, reachedTier: top });
      visited.pop();
    }
    expect(ticket.tier).toBe(TIERS[0]);
  });

  it('the holder of every tier answers and resolves there', () => {
    for (const tier of TIERS) {
      const ticket = { ...start, tier, reachedTier: tier, status: 'in_progress' as const };
      const parties = partiesOf(staffOf(tier), ticket);
      expect(allowedActions(ticket, parties)).toEqual(expect.arrayContaining(['reply', 'resolve']));
      expect(transition('resolve', ticket, parties)).toMatchObject({
        status: 'resolved',
        resolvedTier: tier,
      });
    }
  });

  it('national staff are parties once the ticket reached their tier, and stay so when it goes further', () => {
    for (const tier of NATIONAL_TIERS) {
      const staff = staffOf(tier);
      for (const reached of TIERS) {
        const ticket = { ...start, tier: reached, reachedTier: reached };
        const reachedIt = TIERS.indexOf(reached) >= TIERS.indexOf(tier);
        expect(partiesOf(staff, ticket).includes(tier), `${tier} staff, ticket reached ${reached}`).toBe(
          reachedIt,
        );
        expect(reachedTiersSeenBy(staff).includes(reached)).toBe(reachedIt);
        // Returned back down to the helpdesk after reaching it: still theirs to see.
        expect(partiesOf(staff, { ...ticket, tier: 'helpdesk' }).includes(tier)).toBe(reachedIt);
        // In external mode no national desk of this deployment takes part.
        expect(partiesOf(staff, { ...ticket, lkppMode: 'external' })).toEqual([]);
      }
    }
  });

  it('books SLA minutes to every tier the ticket was at', () => {
    // Monday 9 March 2026, 08:00 WIB: half an hour at each tier.
    const monday = wib('2026-03-09T08:00');
    const timeline: SlaTimelineEntry[] = TIERS.map((tier, i) => ({
      at: monday + i * 30 * 60_000,
      status: i === 0 ? 'new' : 'in_progress',
      tier,
    }));
    const result = sla(timeline, '2026-03-09T08:00', { now: monday + TIERS.length * 30 * 60_000 });
    expect(Object.keys(result.minutesByTier).sort()).toEqual([...TIERS].sort());
    for (const tier of TIERS) expect(result.minutesByTier[tier], tier).toBe(30);
  });

  it('ends at the relayed desk in external mode, where the unit’s Admin PPE answers for it', () => {
    const chain = tiersOf('external');
    const last = chain[chain.length - 1] as Tier;
    expect(TIER_DESKS[last].external).toBe('relayed');
    expect(tierAbove(last, 'external')).toBeNull();
    expect(holderOf({ tier: last, lkppMode: 'external' })).toBe('admin_ppe');
    expect(ESCALATION_TIERS).toEqual(TIERS.slice(1));
  });
});
