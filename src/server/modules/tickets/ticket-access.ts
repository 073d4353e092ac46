import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { isStaffParty, partiesOf, type Party } from '../../../domain/tickets/parties.js';
import type { TicketState } from '../../../domain/tickets/ticket-state.js';
import type { Channel, Kind, LkppMode, Status, Tier } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import { secretMatches } from './ticket-secrets.js';
import { findTicketByCode, type TicketRow } from './tickets.repository.js';
import type { SlaView } from '../sla/ticket-sla.js';

/** `sla`: the ticket's SLA as a change just computed it, so showing the result need not compute it again. */
export type TicketAccess = Readonly<{
  row: TicketRow;
  state: TicketState;
  parties: Party[];
  actor: Actor | null;
  sla?: SlaView;
}>;

/** The columns a ticket's state is read from. */
export type StateColumns = Pick<
  TicketRow,
  | 'unit_code'
  | 'kind'
  | 'channel'
  | 'tier'
  | 'status'
  | 'reporter_user_id'
  | 'lkpp_mode'
  | 'reached_tier'
  | 'resolved_tier'
  | 'awaiting_claim'
  | 'coordination_noted_at'
  | 'confidential'
  | 'anonymous'
>;

export function stateOf(row: StateColumns): TicketState {
  return {
    unitCode: row.unit_code,
    kind: row.kind as Kind,
    channel: row.channel as Channel,
    tier: row.tier as Tier,
    status: row.status as Status,
    reporterUserId: row.reporter_user_id,
    lkppMode: row.lkpp_mode as LkppMode,
    reachedTier: row.reached_tier as Tier,
    resolvedTier: row.resolved_tier as Tier | null,
    awaitingClaim: row.awaiting_claim === 1,
    hasCoordinationNote: row.coordination_noted_at !== null,
    confidential: row.confidential === 1,
    anonymous: row.anonymous === 1,
  };
}

/**
 * Loads a ticket and works out what the actor (or the holder of its PIN) is to it. Anyone who
 * may not see it gets `ticket_not_found`, exactly as if it did not exist.
 */
export async function loadTicketFor(
  ctx: AppContext,
  db: Db,
  code: string,
  actor: Actor | null,
  secrets: { pin?: string | undefined; claimToken?: string | undefined } = {},
): Promise<TicketAccess> {
  const row = await findTicketByCode(db, code);
  if (!row) throw new DomainError('ticket_not_found', { code: code.toUpperCase() });
  return accessTo(ctx, row, actor, secrets);
}

/** What the actor (or the holder of a secret) is to a ticket already loaded; `loadTicketFor` without the read. */
export function accessTo(
  ctx: AppContext,
  row: TicketRow,
  actor: Actor | null,
  secrets: { pin?: string | undefined; claimToken?: string | undefined } = {},
): TicketAccess {
  const notFound = () => new DomainError('ticket_not_found', { code: row.code });
  const state = stateOf(row);
  const parties: Party[] = actor ? partiesOf(actor, state) : [];
  if (
    secrets.pin !== undefined &&
    secretMatches(ctx.config.sessionSecret, 'pin', row.code, secrets.pin, row.tracking_pin_hash)
  )
    parties.push('tracker');
  // A signed-in person holding the redirect link's token may take the ticket over.
  if (
    actor &&
    secrets.claimToken !== undefined &&
    secretMatches(ctx.config.sessionSecret, 'claim', row.code, secrets.claimToken, row.claim_token_hash)
  )
    parties.push('tracker');
  if (!canView(parties, state)) throw notFound();
  return { row, state, parties, actor };
}

/** Confidential tickets are for the reporter and the staff who handle them only. */
export function canView(parties: readonly Party[], state: TicketState): boolean {
  if (parties.includes('reporter') || parties.includes('tracker')) return true;
  if (state.confidential) return parties.some((p) => p === 'helpdesk' || p === 'admin_ppe' || p === 'kepala');
  return isStaffParty(parties);
}

/** Contact data is shown in full to those who contact the reporter; others see it masked. */
export function seesFullContact(access: Pick<TicketAccess, 'parties' | 'row' | 'actor'>): boolean {
  const { parties, row, actor } = access;
  if (parties.includes('reporter')) return true;
  if (actor && row.logged_by_id === actor.userId) return true;
  if (row.anonymous === 1) return false;
  return parties.includes('helpdesk') || parties.includes('admin_ppe');
}

/** Anonymous reports hide the reporter from every role but the one who logged it. */
export function seesIdentity(access: {
  parties: readonly Party[];
  row: Pick<TicketRow, 'anonymous' | 'logged_by_id'>;
  actor: Actor | null;
}): boolean {
  const { parties, row, actor } = access;
  if (row.anonymous !== 1 || parties.includes('reporter')) return true;
  return actor !== null && row.logged_by_id === actor.userId;
}
