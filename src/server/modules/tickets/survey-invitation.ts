import type { Db } from '../../db/connect.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import { hasSurveyForTicket, type TicketRow } from './tickets.repository.js';

/** Where a reporter answers the survey of a ticket (the web app's page; `?pin=` added for PIN holders). */
export function surveyPath(ticketCode: string): string {
  return `/survei/${encodeURIComponent(ticketCode)}`;
}

/**
 * Invites a portal reporter to the satisfaction survey when their ticket is resolved: one
 * in-app notification per ticket (a second resolution after "not solved" does not invite
 * again), none once the survey is answered. Reporters without an account find the link on
 * the public tracking page. Written in the transaction of the resolution.
 */
export async function inviteToSurvey(
  db: Db,
  ticket: Pick<TicketRow, 'id' | 'code' | 'subject' | 'reporter_user_id'>,
  now: Date,
): Promise<void> {
  if (!ticket.reporter_user_id) return;
  if (await hasSurveyForTicket(db, ticket.id)) return;
  await insertNotifications(
    db,
    [
      {
        userId: ticket.reporter_user_id,
        ticketId: ticket.id,
        type: 'survey_invited',
        dedupeKey: `survey_invited:${ticket.id}`,
        data: { code: ticket.code, subject: ticket.subject, surveyPath: surveyPath(ticket.code) },
      },
    ],
    now,
  );
}
