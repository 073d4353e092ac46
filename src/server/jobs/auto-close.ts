import { DomainError } from '../../domain/errors.js';
import type { AppContext } from '../context/app-context.js';
import { unitWorkCalendar } from '../modules/calendar/calendar.service.js';
import { unitAutoCloseWorkingDays, unitSlaPolicy } from '../modules/sla/ticket-sla.js';
import { changeTicket } from '../modules/tickets/change-ticket.js';
import { resolvedUpTo } from '../modules/tickets/tickets.repository.js';

const BATCH = 200;

/**
 * Closes resolved tickets the reporter neither confirmed nor reopened within the unit's
 * number of working days. A complaint still waiting for the Kepala LPSE's coordination note
 * stays open: the rule that it cannot close first holds here too.
 */
export async function autoCloseResolved(ctx: AppContext): Promise<{ closed: string[] }> {
  const now = ctx.clock.now();
  // A working day is at least a calendar day: nothing resolved within the last day qualifies.
  const earliest = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  const rows = await resolvedUpTo(ctx.db, earliest, BATCH);
  const closed: string[] = [];
  for (const row of rows) {
    if (!row.resolved_at) continue;
    const calendar = await unitWorkCalendar(ctx.db, row.unit_code);
    const days = await unitAutoCloseWorkingDays(ctx.db, row.unit_code);
    const { workingDayMinutes } = await unitSlaPolicy(ctx.db, row.unit_code);
    if (calendar.workingMinutesBetween(Date.parse(row.resolved_at), now.getTime()) < days * workingDayMinutes)
      continue;
    try {
      await changeTicket(ctx, {
        code: row.code,
        actor: null,
        trustedParty: 'system',
        action: 'auto_close',
        eventType: 'auto_closed',
        reason: `Tidak dikonfirmasi pelapor dalam ${days} hari kerja`,
        data: { workingDays: days },
      });
      closed.push(row.code);
    } catch (error) {
      const expected =
        error instanceof DomainError &&
        (error.code === 'coordination_required' ||
          error.code === 'version_conflict' ||
          error.code === 'transition_not_allowed');
      if (!expected) throw error;
    }
  }
  return { closed };
}
