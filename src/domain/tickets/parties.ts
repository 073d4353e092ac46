import { canAdministerUnit } from '../accounts/capabilities.js';
import { hasRole, type Actor } from '../accounts/roles.js';
import type { Tier } from './vocabulary.js';
import type { TicketState } from './ticket-state.js';

/**
 * What an actor is to one ticket. A person may be several at once (a helpdesk officer who is
 * also Admin PPE); `tracker` is whoever holds the ticket's code and PIN; `system` is the
 * scheduler (auto-close).
 */
export const PARTIES = [
  'reporter',
  'tracker',
  'helpdesk',
  'admin_ppe',
  'lkpp',
  'kepala',
  'admin',
  'system',
] as const;
export type Party = (typeof PARTIES)[number];

/** The parties an actor is to a ticket. LKPP staff are parties only once it reached them, in hosted mode. */
export function partiesOf(actor: Actor, ticket: TicketState): Party[] {
  const parties: Party[] = [];
  if (ticket.reporterUserId !== null && ticket.reporterUserId === actor.userId) parties.push('reporter');
  if (hasRole(actor, 'helpdesk', ticket.unitCode)) parties.push('helpdesk');
  if (hasRole(actor, 'admin_ppe', ticket.unitCode)) parties.push('admin_ppe');
  if (hasRole(actor, 'kepala', ticket.unitCode)) parties.push('kepala');
  if (canAdministerUnit(actor, ticket.unitCode)) parties.push('admin');
  const isLkppStaff = actor.roles.some((g) => g.role === 'lkpp' && g.unitKind === 'national');
  if (isLkppStaff && ticket.lkppMode === 'hosted' && ticket.reachedLkpp) parties.push('lkpp');
  return parties;
}

/** Staff parties: everyone who handles tickets rather than reports them. */
export const STAFF_PARTIES: readonly Party[] = ['helpdesk', 'admin_ppe', 'lkpp', 'kepala', 'admin'];

export function isStaffParty(parties: readonly Party[]): boolean {
  return parties.some((p) => STAFF_PARTIES.includes(p));
}

/**
 * Who answers for the tier that holds the ticket. At LKPP-RI in external mode the unit's
 * Admin PPE acts for it (records LKPP's reference and relays its answer).
 */
export function holderOf(ticket: Pick<TicketState, 'tier' | 'lkppMode'>): Party {
  const byTier: Record<Tier, Party> = {
    helpdesk: 'helpdesk',
    admin_ppe: 'admin_ppe',
    lkpp: ticket.lkppMode === 'hosted' ? 'lkpp' : 'admin_ppe',
  };
  return byTier[ticket.tier];
}
