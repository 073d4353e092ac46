/**
 * Every kind of in-app notification (notifications.type). A writer can only record one of
 * these, and the web has a label for each in both languages.
 */
export const NOTIFICATION_TYPES = [
  /** To the helpdesk: a ticket arrived. */
  'ticket_new',
  /** To the Kepala LPSE: a complaint to coordinate. */
  'complaint_awaiting_kepala',
  /** To the tier a ticket reached, up or down. */
  'ticket_escalated',
  'ticket_returned',
  /** To whoever holds the ticket: the reporter said or did something. */
  'ticket_reporter_answered',
  'ticket_claimed',
  'ticket_reopened',
  'ticket_mail_received',
  /** To the Kepala LPSE: a longer target to approve. */
  'extension_requested',
  /** To the holder (and the Kepala once breached): the resolution target nears or has passed. */
  'sla_at_risk',
  'sla_breached',
  /** To a reporter with an account: the unit answered, asked or resolved. */
  'reporter_replied',
  'reporter_info_requested',
  'reporter_resolved',
  /** To a reporter with an account: the satisfaction survey (SKM, PermenPANRB 14/2017) is open. */
  'survey_invited',
  /** To the holder: a mail to the reporter could not be delivered. */
  'mail_failed',
  /** To the helpdesk: mail to the unit's mailbox was held for a person to look at. */
  'mail_held',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A notification's type as read back from storage: a known type or null. */
export function asNotificationType(value: string): NotificationType | null {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value) ? (value as NotificationType) : null;
}
