import { canAdministerUnit } from '../accounts/capabilities.js';
import { hasRole, type Actor } from '../accounts/roles.js';
import { deskOf, hasReached, NATIONAL_TIERS, TIERS, tiersFrom, type Tier } from '../tiers/tiers.js';
import type { TicketState } from './ticket-state.js';

/**
 * What an actor is to one ticket. A person may be several at once (a helpdesk officer who is
 * also Admin PPE); each tier's desk is a party (tiers.ts); `tracker` is whoever holds the
 * ticket's code and PIN; `system` is the scheduler (auto-close).
 */
export const PARTIES = ['reporter', 'tracker', ...TIERS, 'kepala', 'admin', 'system'] as const;
export type Party = (typeof PARTIES)[number];

/**
 * The parties an actor is to a ticket. National staff (Helpdesk Eproc LKPP, Helpdesk Teknis
 * LKPP) are parties only once it reached their tier, in hosted mode; they keep being parties
 * after it went further up or came back down.
 */
export function partiesOf(actor: Actor, ticket: TicketState): Party[] {
  const parties: Party[] = [];
  if (ticket.reporterUserId !== null && ticket.reporterUserId === actor.userId) parties.push('reporter');
  for (const tier of TIERS) {
    if (isNationalDesk(tier)) {
      if (
        ticket.lkppMode === 'hosted' &&
        hasReached(ticket.reachedTier, tier) &&
        isNationalStaff(actor, tier)
      )
        parties.push(tier);
    } else if (hasRole(actor, tier, ticket.unitCode)) parties.push(tier);
  }
  if (hasRole(actor, 'kepala', ticket.unitCode)) parties.push('kepala');
  if (canAdministerUnit(actor, ticket.unitCode)) parties.push('admin');
  return parties;
}

function isNationalDesk(tier: Tier): boolean {
  return (NATIONAL_TIERS as readonly Tier[]).includes(tier);
}

function isNationalStaff(actor: Actor, tier: Tier): boolean {
  return actor.roles.some((g) => g.role === tier && g.unitKind === 'national');
}

/**
 * The tiers whose tickets national staff may list: a ticket is theirs once its highest tier
 * reached is one of these (hosted mode). Empty for everyone else.
 */
export function reachedTiersSeenBy(actor: Actor): readonly Tier[] {
  const lowest = NATIONAL_TIERS.find((tier) => isNationalStaff(actor, tier));
  return lowest ? tiersFrom(lowest) : [];
}

/** Staff parties: everyone who handles tickets rather than reports them. */
export const STAFF_PARTIES: readonly Party[] = [...TIERS, 'kepala', 'admin'];

export function isStaffParty(parties: readonly Party[]): boolean {
  return parties.some((p) => STAFF_PARTIES.includes(p));
}

/** Whether the party is a tier's desk (it holds tickets, as opposed to the Kepala or an administrator). */
export function isTierParty(party: Party): party is Tier {
  return (TIERS as readonly Party[]).includes(party);
}

/**
 * Who answers for the tier that holds the ticket. At Helpdesk Eproc LKPP in external mode the
 * unit's Admin PPE acts for it (records LKPP's reference and relays its answer).
 */
export function holderOf(ticket: Pick<TicketState, 'tier' | 'lkppMode'>): Party {
  return deskOf(ticket.tier, ticket.lkppMode).role;
}
