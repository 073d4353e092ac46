import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import {
  actingParty,
  transition,
  type Action,
  type TransitionInput,
} from '../../../domain/tickets/lifecycle.js';
import type { EventType } from '../../../domain/tickets/events.js';
import type { MessagePurpose } from '../../../domain/tickets/messages.js';
import { isAwaitingConfirmation, isClosed, isReopening } from '../../../domain/tickets/statuses.js';
import type { TicketState } from '../../../domain/tickets/ticket-state.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import { notifyTicketEvent } from '../mail/ticket-notifications.js';
import { clockEventsOf, slaWithColumns } from '../sla/ticket-sla.js';
import { loadTicketFor, stateOf, type TicketAccess } from './ticket-access.js';
import {
  findTicketByCode,
  insertEvent,
  insertMessage,
  recordCountChange,
  updateTicketAtVersion,
  type NewEvent,
  type TicketRow,
} from './tickets.repository.js';

export type ChangeRequest = Readonly<{
  code: string;
  actor: Actor | null;
  action: Action;
  /** The ticket version the change was based on; a stale one answers 409. */
  version?: number | undefined;
  pin?: string | undefined;
  claimToken?: string | undefined;
  /**
   * For trusted internal callers that have already established who acts: the scheduler
   * (`system`, auto-close) or the mail importer for a verified reply from the reporter's
   * address (`tracker`). No visibility check is made for them.
   */
  trustedParty?: 'system' | 'tracker';
  input?: TransitionInput | ((db: Db, access: TicketAccess) => Promise<TransitionInput>);
  eventType: EventType;
  reason?: string | null;
  data?: Record<string, unknown>;
  message?: Readonly<{ visibility: 'public' | 'internal'; purpose: MessagePurpose; body: string }>;
  /** Columns the action sets beyond the lifecycle state. */
  patch?: (row: TicketRow, next: TicketState, nowIso: string) => Partial<TicketRow>;
  /** Further rows written in the same transaction (attachments). */
  alsoWrite?: (trx: Db, row: TicketRow, messageId: string | null, nowIso: string) => Promise<void>;
  /**
   * What the change is, when it depends on who the ticket says the actor is (a message is the
   * reporter's answer or a staff reply): decided on the ticket as loaded in the transaction,
   * so it is read once.
   */
  choose?: (
    access: TicketAccess,
  ) => Partial<Pick<ChangeRequest, 'action' | 'eventType' | 'data' | 'message'>>;
}>;

/**
 * One change to one ticket, in one transaction: load → authorise → lifecycle rule → SLA →
 * write the row (with its SLA columns) at its version → message → append the event. Every
 * ticket action goes through here.
 */
export async function changeTicket(ctx: AppContext, asked: ChangeRequest): Promise<TicketAccess> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const access = asked.trustedParty
      ? await loadTrusted(trx, asked.code, asked.trustedParty)
      : await loadTicketFor(ctx, trx, asked.code, asked.actor, {
          pin: asked.pin,
          claimToken: asked.claimToken,
        });
    const req: ChangeRequest = asked.choose ? { ...asked, ...asked.choose(access) } : asked;
    const { row, state, parties } = access;
    if (req.version !== undefined && req.version !== row.version)
      throw new DomainError('version_conflict', { current: row.version, sent: req.version });
    const input = typeof req.input === 'function' ? await req.input(trx, access) : (req.input ?? {});
    const next = transition(req.action, state, parties, input);
    const party = actingParty(req.action, state, parties);
    const isStaffReply = req.message?.visibility === 'public' && party !== 'reporter' && party !== 'tracker';
    const patch: Partial<TicketRow> = {
      tier: next.tier,
      status: next.status,
      channel: next.channel,
      awaiting_claim: next.awaitingClaim ? 1 : 0,
      reached_tier: next.reachedTier,
      resolved_tier: next.resolvedTier,
      updated_at: nowIso,
      ...(isStaffReply && row.first_response_at === null ? { first_response_at: nowIso } : {}),
      ...(isAwaitingConfirmation(next.status) && !isAwaitingConfirmation(state.status)
        ? { resolved_at: nowIso }
        : {}),
      ...(isReopening(state.status, next.status) ? { resolved_at: null } : {}),
      ...(isClosed(next.status) ? { closed_at: nowIso } : {}),
      ...(req.patch?.(row, next, nowIso) ?? {}),
    };
    const event: NewEvent = {
      ticket_id: row.id,
      unit_code: row.unit_code,
      version: row.version + 1,
      at: nowIso,
      actor_id: req.actor?.userId ?? null,
      actor_party: party,
      type: req.eventType,
      reason: req.reason ?? null,
      data_json: JSON.stringify({ status: next.status, tier: next.tier, ...(req.data ?? {}) }),
    };
    // The SLA after the change, from the history with this event at its end: its columns go
    // in with the change's own update.
    const { sla, columns } = await slaWithColumns(
      trx,
      { ...row, ...patch },
      [...(await clockEventsOf(trx, row.id)), event],
      now,
    );
    Object.assign(patch, columns);
    if (!(await updateTicketAtVersion(trx, row, patch))) {
      throw new DomainError('version_conflict', { current: row.version + 1, sent: row.version });
    }
    let messageId: string | null = null;
    if (req.message) {
      messageId = (
        await insertMessage(
          trx,
          {
            ticket_id: row.id,
            author_id: req.actor?.userId ?? null,
            author_party: party,
            author_name: null,
            visibility: req.message.visibility,
            purpose: req.message.purpose,
            body: req.message.body,
            created_at: nowIso,
          },
          now.getTime(),
        )
      ).id;
    }
    await req.alsoWrite?.(trx, row, messageId, nowIso);
    await insertEvent(trx, event, now.getTime());
    const updated = { ...row, ...patch, version: row.version + 1 };
    await notifyTicketEvent(
      trx,
      updated,
      {
        type: req.eventType,
        version: updated.version,
        actorId: req.actor?.userId ?? null,
        message: req.message,
      },
      now,
      ctx.config,
    );
    await recordCountChange(trx, row, updated);
    return { ...access, row: updated, state: stateOf(updated), sla };
  });
}

async function loadTrusted(db: Db, code: string, party: 'system' | 'tracker'): Promise<TicketAccess> {
  const row = await findTicketByCode(db, code);
  if (!row) throw new DomainError('ticket_not_found', { code });
  return { row, state: stateOf(row), parties: [party], actor: null };
}
