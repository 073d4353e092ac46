import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import type { Tier } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import type { Difficulty } from '../../../domain/sla/index.js';
import { unitSlaPolicy } from '../sla/ticket-sla.js';
import { inviteToSurvey } from './survey-invitation.js';
import { anyAdminPpeAvailable, findUserById, rolesOf } from '../accounts/users.repository.js';
import { findTicketByCode } from './tickets.repository.js';
import { changeTicket } from './change-ticket.js';
import { newClaimToken, secretDigest } from './ticket-secrets.js';
import type { TicketAccess } from './ticket-access.js';

type Common = Readonly<{ code: string; actor: Actor | null; version?: number | undefined }>;

// The ticket's actions ask it; views import it from here.
export { anyAdminPpeAvailable };

/**
 * A message on the ticket: a staff member's public reply or internal note, the reporter's own
 * message (portal, or by code and PIN), or the reporter's answer logged by staff.
 */
export async function addMessage(
  ctx: AppContext,
  req: Common & { body: string; internal: boolean; fromReporter: boolean; pin?: string | undefined },
): Promise<TicketAccess> {
  if (req.internal) {
    return changeTicket(ctx, {
      ...req,
      action: 'note',
      eventType: 'noted',
      message: { visibility: 'internal', purpose: 'note', body: req.body },
    });
  }
  return changeTicket(ctx, {
    ...req,
    action: 'reply',
    eventType: 'replied',
    message: { visibility: 'public', purpose: 'reply', body: req.body },
    // The reporter's own message (portal, or by code and PIN), or their answer logged by staff.
    choose: ({ parties }) => {
      const byReporter =
        parties.includes('reporter') || (parties.includes('tracker') && !req.actor) || req.fromReporter;
      if (!byReporter) return {};
      const loggedBy = req.fromReporter && !parties.includes('reporter');
      return {
        action: 'reporter_answer',
        eventType: 'reporter_answered',
        data: loggedBy ? { loggedByStaff: true } : {},
        message: { visibility: 'public', purpose: 'reporter_answer', body: req.body },
      };
    },
  });
}

/**
 * One desk up the tier chain (src/domain/tiers/tiers.ts), with a reason: helpdesk → Admin PPE
 * (procedure 1a.4, 1b.4, 1c.4, 2) → Helpdesk Eproc LKPP → Helpdesk Teknis LKPP (Kep. Kepala LKPP 26/2022).
 */
export async function escalate(
  ctx: AppContext,
  req: Common & { to: Tier; reason: string },
): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'escalate',
    input: async (db, access) => ({
      escalateTo: req.to,
      anyAdminPpeAvailable: await anyAdminPpeAvailable(db, access.row.unit_code),
    }),
    eventType: 'escalated',
    reason: req.reason,
    data: { to: req.to },
    patch: () => ({ assignee_id: null }),
  });
}

/** A desk above the helpdesk hands the ticket back one desk down with its answer, for that desk to relay. */
export async function handBack(ctx: AppContext, req: Common & { answer: string }): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'return',
    eventType: 'returned',
    message: { visibility: 'internal', purpose: 'handback', body: req.answer },
    patch: () => ({ assignee_id: null }),
  });
}

/**
 * Telephone procedure 1b.5: no Admin PPE can be reached, so the caller is asked to submit
 * through LPSE Support. The link carries the ticket; whoever opens it signed in takes it over.
 */
export async function redirectToPortal(
  ctx: AppContext,
  req: Common,
): Promise<{ access: TicketAccess; claimUrl: string }> {
  const token = newClaimToken();
  const access = await changeTicket(ctx, {
    ...req,
    action: 'redirect_to_portal',
    input: async (db, a) => ({ anyAdminPpeAvailable: await anyAdminPpeAvailable(db, a.row.unit_code) }),
    eventType: 'redirected_to_portal',
    reason: 'Admin PPE tidak dapat dihubungi',
    patch: (row) => ({ claim_token_hash: secretDigest(ctx.config.sessionSecret, 'claim', row.code, token) }),
  });
  return {
    access,
    claimUrl: `${ctx.config.publicUrl}/klaim/${encodeURIComponent(access.row.code)}?token=${token}`,
  };
}

/** The redirected caller, signed in, takes the ticket over; it continues on the portal channel. */
export async function claim(ctx: AppContext, req: Common & { token: string }): Promise<TicketAccess> {
  if (!req.actor) throw new DomainError('unauthenticated');
  const user = await findUserById(ctx.db, req.actor.userId);
  if (!user) throw new DomainError('unauthenticated');
  if ((await rolesOf(ctx.db, user.id)).length > 0) throw new DomainError('forbidden');
  try {
    return await changeTicket(ctx, {
      ...req,
      claimToken: req.token,
      action: 'claim',
      eventType: 'claimed',
      data: { channel: 'portal' },
      patch: (row) => ({
        reporter_user_id: user.id,
        reporter_email: row.reporter_email ?? user.email,
        claim_token_hash: null,
      }),
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'ticket_not_found')
      throw new DomainError('claim_token_invalid');
    throw error;
  }
}

/** Any tier may ask the reporter for more data; the clock pauses until they answer. */
export async function requestInfo(
  ctx: AppContext,
  req: Common & { question: string },
): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'request_info',
    eventType: 'info_requested',
    message: { visibility: 'public', purpose: 'info_request', body: req.question },
  });
}

export async function resolve(ctx: AppContext, req: Common & { answer: string }): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'resolve',
    eventType: 'resolved',
    message: { visibility: 'public', purpose: 'resolution', body: req.answer },
    // The reporter is invited to the satisfaction survey (PermenPANRB 14/2017).
    alsoWrite: (trx, row, _messageId, nowIso) => inviteToSurvey(trx, row, new Date(nowIso)),
  });
}

/** The reporter confirms (closed) or says it is not solved (back to the tier that resolved it). */
export async function confirm(
  ctx: AppContext,
  req: Common & { solved: boolean; comment?: string | undefined; pin?: string | undefined },
): Promise<TicketAccess> {
  const message = req.comment
    ? {
        visibility: 'public' as const,
        purpose: req.solved ? ('confirmation' as const) : ('not_solved' as const),
        body: req.comment,
      }
    : undefined;
  return req.solved
    ? changeTicket(ctx, {
        ...req,
        action: 'confirm',
        eventType: 'confirmed',
        ...(message ? { message } : {}),
      })
    : changeTicket(ctx, {
        ...req,
        action: 'reject_resolution',
        eventType: 'reopened',
        reason: req.comment ?? null,
        ...(message ? { message } : {}),
      });
}

/** Staff close a resolved ticket the reporter cannot confirm online, saying why. */
export async function closeByStaff(ctx: AppContext, req: Common & { reason: string }): Promise<TicketAccess> {
  return changeTicket(ctx, { ...req, action: 'close', eventType: 'closed_by_staff', reason: req.reason });
}

/** The Kepala LPSE records coordination of a complaint about the service. */
export async function coordinate(ctx: AppContext, req: Common & { note: string }): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'coordinate',
    eventType: 'coordinated',
    message: { visibility: 'internal', purpose: 'coordination', body: req.note },
    patch: (row, _next, nowIso) => ({
      coordination_noted_at: nowIso,
      kepala_informed_at: row.kepala_informed_at ?? nowIso,
    }),
  });
}

/** External LKPP mode: the Admin PPE records the reference of LKPP's own ticket. */
export async function recordLkppReference(
  ctx: AppContext,
  req: Common & { reference: string },
): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'record_lkpp_reference',
    eventType: 'lkpp_reference_recorded',
    data: { reference: req.reference },
    patch: () => ({ lkpp_reference: req.reference }),
  });
}

export async function assign(
  ctx: AppContext,
  req: Common & { assigneeId: string | null },
): Promise<TicketAccess> {
  if (req.assigneeId) {
    const user = await findUserById(ctx.db, req.assigneeId);
    if (!user || user.is_active !== 1)
      throw new DomainError('validation_failed', {}, [{ field: 'assigneeId', code: 'unknown' }]);
  }
  return changeTicket(ctx, {
    ...req,
    action: 'assign',
    eventType: 'assigned',
    data: { assigneeId: req.assigneeId },
    patch: () => ({ assignee_id: req.assigneeId }),
  });
}

/** Difficulty set at triage or changed later, always with the reason (1 / 3 / 5 working days by default). */
export async function setDifficulty(
  ctx: AppContext,
  req: Common & { difficulty: Difficulty; reason: string },
): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'set_difficulty',
    eventType: 'difficulty_set',
    reason: req.reason,
    data: { difficulty: req.difficulty },
    patch: () => ({ difficulty: req.difficulty }),
  });
}

/** The holder asks the Kepala LPSE for more time than the difficulty level allows. */
export async function requestExtension(
  ctx: AppContext,
  req: Common & { workingDays: number; reason: string },
): Promise<TicketAccess> {
  const minutes =
    req.workingDays *
    (await unitSlaPolicy(ctx.db, (await findTicketByCodeOrThrow(ctx, req.code)).unit_code)).workingDayMinutes;
  return changeTicket(ctx, {
    ...req,
    action: 'request_extension',
    eventType: 'extension_requested',
    reason: req.reason,
    data: { minutes, workingDays: req.workingDays },
    patch: () => ({ extension_pending_minutes: minutes }),
  });
}

/** The Kepala LPSE approves or refuses the pending extension. */
export async function decideExtension(
  ctx: AppContext,
  req: Common & { approve: boolean; note: string },
): Promise<TicketAccess> {
  return changeTicket(ctx, {
    ...req,
    action: 'decide_extension',
    eventType: req.approve ? 'extension_approved' : 'extension_refused',
    reason: req.note,
    input: async (_db, access) => {
      if (access.row.extension_pending_minutes === null) throw new DomainError('no_extension_pending');
      return {};
    },
    data: { approved: req.approve },
    patch: (row) => ({
      extension_pending_minutes: null,
      extension_minutes: row.extension_minutes + (req.approve ? (row.extension_pending_minutes ?? 0) : 0),
    }),
  });
}

async function findTicketByCodeOrThrow(ctx: AppContext, code: string) {
  const row = await findTicketByCode(ctx.db, code);
  if (!row) throw new DomainError('ticket_not_found', { code: code.toUpperCase() });
  return row;
}
