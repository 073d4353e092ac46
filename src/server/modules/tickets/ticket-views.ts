import { dependsOnAdminPpeAvailability } from '../../../domain/tickets/channels.js';
import { isComplaint } from '../../../domain/tickets/kinds.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import type { AppContext } from '../../context/app-context.js';
import { presentAttachment } from './attachments.presenter.js';
import { attachmentsOf } from '../attachments/attachments.repository.js';
import { anyAdminPpeAvailable } from './ticket-actions.js';
import { isTierParty } from '../../../domain/tickets/parties.js';
import { loadTicketFor, seesIdentity, type TicketAccess } from './ticket-access.js';
import { presentEvent, presentMessage, presentTicket } from './tickets.presenter.js';
import { eventsOf, markSeen, messagesOf, userNames, type EventRow } from './tickets.repository.js';
import { unitWorkCalendar } from '../calendar/calendar.service.js';
import { slaOfTicket, unitSlaPolicy } from '../sla/ticket-sla.js';

/** The ticket as the actor may see it, after any change. */
export async function ticketView(ctx: AppContext, access: TicketAccess, loadedEvents?: readonly EventRow[]) {
  const names = await userNames(ctx.db, [access.row.assignee_id]);
  const available = dependsOnAdminPpeAvailability(access.state)
    ? await anyAdminPpeAvailable(ctx.db, access.row.unit_code)
    : true;
  const sla =
    access.sla ??
    slaOfTicket(
      access.row,
      loadedEvents ?? (await eventsOf(ctx.db, access.row.id)),
      await unitWorkCalendar(ctx.db, access.row.unit_code),
      await unitSlaPolicy(ctx.db, access.row.unit_code),
      ctx.clock.now(),
    );
  return presentTicket(access, names, sla, { anyAdminPpeAvailable: available });
}

/**
 * Ticket, conversation and history. The first time the tier holding it opens it is recorded
 * (unopened tickets stand out in the queue), and so is the Kepala LPSE first reading a complaint.
 */
export async function ticketDetail(ctx: AppContext, code: string, actor: Actor | null, pin?: string) {
  const access = await loadTicketFor(ctx, ctx.db, code, actor, { pin });
  const nowIso = ctx.clock.now().toISOString();
  const seen: { first_opened_at?: string; kepala_informed_at?: string } = {};
  const isStaff = access.parties.some(isTierParty);
  if (isStaff && access.row.first_opened_at === null) seen.first_opened_at = nowIso;
  if (
    access.parties.includes('kepala') &&
    isComplaint(access.state.kind) &&
    access.row.kepala_informed_at === null
  )
    seen.kepala_informed_at = nowIso;
  if (Object.keys(seen).length > 0) await markSeen(ctx.db, access.row.id, seen);
  const current = { ...access, row: { ...access.row, ...seen } };
  const staffView = current.parties.some((p) => p !== 'reporter' && p !== 'tracker');
  const [messages, events, attachments] = await Promise.all([
    messagesOf(ctx.db, current.row.id, staffView),
    eventsOf(ctx.db, current.row.id),
    attachmentsOf(ctx.db, current.row.id, staffView),
  ]);
  const names = await userNames(ctx.db, [
    ...messages.map((m) => m.author_id),
    ...events.map((e) => e.actor_id),
  ]);
  const hideReporter = !seesIdentity(current);
  return {
    ticket: await ticketView(ctx, current, events),
    messages: messages.map((m) => presentMessage(m, names, hideReporter)),
    attachments: attachments.map(presentAttachment),
    history: events.map((e) => presentEvent(e, names, hideReporter)),
  };
}
