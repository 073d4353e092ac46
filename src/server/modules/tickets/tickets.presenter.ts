import { isComplaint } from '../../../domain/tickets/kinds.js';
import type { z } from 'zod';
import type { Actor } from '../../../domain/accounts/roles.js';
import { partiesOf } from '../../../domain/tickets/parties.js';
import { isNationalTier } from '../../../domain/tiers/tiers.js';
import { allowedActions, movesOf, type TransitionInput } from '../../../domain/tickets/lifecycle.js';
import type { SlaView } from '../sla/ticket-sla.js';
import type { ListRow } from './list-tickets.repository.js';
import { seesFullContact, seesIdentity, stateOf, type TicketAccess } from './ticket-access.js';
import type { EventRow, MessageRow, TicketRow } from './tickets.repository.js';
import type { EventView, MessageView, TicketListItem, TicketView } from './tickets.schemas.js';

export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 6
    ? '******'
    : `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}

export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

function reporterOf(access: TicketAccess): TicketView['reporter'] {
  const r = access.row;
  const hasAccount = r.reporter_user_id !== null;
  if (!seesIdentity(access))
    return {
      name: null,
      address: null,
      phone: null,
      email: null,
      organization: null,
      hasAccount,
      masked: true,
    };
  if (seesFullContact(access)) {
    return {
      name: r.reporter_name,
      address: r.reporter_address,
      phone: r.reporter_phone,
      email: r.reporter_email,
      organization: r.reporter_organization,
      hasAccount,
      masked: false,
    };
  }
  return {
    name: r.reporter_name,
    address: r.reporter_address ? '***' : null,
    phone: maskPhone(r.reporter_phone),
    email: maskEmail(r.reporter_email),
    organization: r.reporter_organization,
    hasAccount,
    masked: true,
  };
}

export function presentTicket(
  access: TicketAccess,
  names: ReadonlyMap<string, string>,
  sla: SlaView,
  input: TransitionInput = {},
): TicketView {
  const r: TicketRow = access.row;
  const actions = allowedActions(access.state, access.parties, input);
  return {
    code: r.code,
    unitCode: r.unit_code,
    kind: access.state.kind,
    type: r.type as TicketView['type'],
    channel: access.state.channel,
    originChannel: r.origin_channel as TicketView['originChannel'],
    tier: access.state.tier,
    status: access.state.status,
    categoryCode: r.category_code,
    subject: r.subject,
    description: r.description,
    application: r.application,
    errorCode: r.error_code,
    tenderCode: r.tender_code,
    purpose: r.purpose,
    earlierTicketCode: r.earlier_ticket_code,
    boxOpenedOn: r.box_opened_on,
    reporter: reporterOf(access),
    confidential: access.state.confidential,
    anonymous: access.state.anonymous,
    assignee: r.assignee_id ? { id: r.assignee_id, name: names.get(r.assignee_id) ?? '' } : null,
    lkppMode: access.state.lkppMode,
    lkppReference: r.lkpp_reference,
    difficulty: r.difficulty,
    coordination: isComplaint(access.state.kind)
      ? { kepalaInformedAt: r.kepala_informed_at, notedAt: r.coordination_noted_at }
      : null,
    awaitingClaim: access.state.awaitingClaim,
    isUnopened: r.first_opened_at === null,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    allowedActions: actions,
    ...movesOf(access.state, actions),
    atNationalDesk: isNationalTier(access.state.tier),
    sla,
    extensionPendingMinutes: r.extension_pending_minutes,
  };
}

/** A ticket as a row of a list shows it (`TicketListItem`). */
export function presentListItem(
  r: ListRow,
  actor: Actor,
  names: ReadonlyMap<string, string>,
  sla: SlaView,
): TicketListItem {
  const state = stateOf(r);
  const hidden = !seesIdentity({ parties: partiesOf(actor, state), row: r, actor });
  return {
    code: r.code,
    unitCode: r.unit_code,
    kind: state.kind,
    type: r.type as TicketView['type'],
    channel: state.channel,
    tier: state.tier,
    status: state.status,
    categoryCode: r.category_code,
    subject: r.subject,
    reporter: {
      name: hidden ? null : r.reporter_name,
      organization: hidden ? null : r.reporter_organization,
      hasAccount: r.reporter_user_id !== null,
      hidden,
    },
    confidential: state.confidential,
    anonymous: state.anonymous,
    assignee: r.assignee_id ? { id: r.assignee_id, name: names.get(r.assignee_id) ?? '' } : null,
    lkppMode: state.lkppMode,
    difficulty: r.difficulty,
    coordination: isComplaint(state.kind)
      ? { kepalaInformedAt: r.kepala_informed_at, notedAt: r.coordination_noted_at }
      : null,
    awaitingClaim: state.awaitingClaim,
    isUnopened: r.first_opened_at === null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    sla,
    extensionPendingMinutes: r.extension_pending_minutes,
  };
}

export function presentMessage(
  m: MessageRow,
  names: ReadonlyMap<string, string>,
  hideAuthor: boolean,
): z.infer<typeof MessageView> {
  const staffAuthor = m.author_party !== 'reporter' && m.author_party !== 'tracker';
  return {
    id: m.id,
    authorName:
      hideAuthor && !staffAuthor
        ? null
        : (m.author_name ?? (m.author_id ? (names.get(m.author_id) ?? null) : null)),
    authorParty: m.author_party,
    visibility: m.visibility === 'internal' ? 'internal' : 'public',
    purpose: m.purpose,
    body: m.body,
    createdAt: m.created_at,
  };
}

/** One history entry; the reporter's account is not named where their identity is hidden. */
export function presentEvent(
  e: EventRow,
  names: ReadonlyMap<string, string>,
  hideReporter: boolean,
): z.infer<typeof EventView> {
  const data = JSON.parse(e.data_json) as Record<string, unknown>;
  const hideActor = hideReporter && (e.actor_party === 'reporter' || e.actor_party === 'tracker');
  return {
    version: e.version,
    at: e.at,
    actor: e.actor_id && !hideActor ? { id: e.actor_id, name: names.get(e.actor_id) ?? '' } : null,
    party: e.actor_party,
    type: e.type,
    reason: e.reason,
    data,
  };
}
