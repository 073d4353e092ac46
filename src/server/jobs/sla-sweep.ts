import type { AppContext } from '../context/app-context.js';
import { queueStaffMails } from '../modules/mail/staff-mails.js';
import {
  insertNotifications,
  type NewNotification,
} from '../modules/notifications/notifications.repository.js';
import { kepalaOf, tierStaff } from '../modules/mail/ticket-notifications.js';
import { markSlaNotified, ticketsToWarn } from '../modules/sla/sla.repository.js';
import { refreshSlaColumns, slaOfTickets } from '../modules/sla/ticket-sla.js';
import type { Tier } from '../../domain/tickets/vocabulary.js';

const BATCH = 500;

/**
 * Finds running tickets that have turned at risk (75 % of the target used) or breached, and
 * notifies the assignee (or the tier's staff) and, on breach, the Kepala LPSE, in the app and
 * by mail for those who keep that mail switched on — once per
 * ticket per state, even across restarts and several instances (the notification's key is
 * unique and `sla_notified` remembers the worst state told).
 */
export async function sweepSla(ctx: AppContext): Promise<{ notified: number }> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const candidates = await ticketsToWarn(ctx.db, nowIso, BATCH);
  const slas = await slaOfTickets(ctx.db, candidates, now);
  let notified = 0;
  for (const row of candidates) {
    const sla = slas.get(row.id);
    if (!sla || (sla.state !== 'at_risk' && sla.state !== 'breached')) {
      await refreshSlaColumns(ctx.db, row, now);
      continue;
    }
    const state = sla.state;
    const holders = row.assignee_id ? [row.assignee_id] : await tierStaff(ctx.db, row, row.tier as Tier);
    const users =
      state === 'breached' ? [...new Set([...holders, ...(await kepalaOf(ctx.db, row.unit_code))])] : holders;
    const items: NewNotification[] = users.map((userId) => ({
      userId,
      ticketId: row.id,
      type: `sla_${state}`,
      dedupeKey: `sla_${state}:${row.id}`,
      data: {
        code: row.code,
        subject: row.subject,
        dueAt: sla.dueAt,
        usedMinutes: sla.usedMinutes,
        targetMinutes: sla.targetMinutes,
      },
    }));
    await ctx.db.transaction().execute(async (trx) => {
      await insertNotifications(trx, items, now);
      await queueStaffMails(trx, ctx.config, row, `sla_${state}`, users, 'once', now, { sla });
      await markSlaNotified(trx, row.id, state);
    });
    notified += items.length;
  }
  return { notified };
}
