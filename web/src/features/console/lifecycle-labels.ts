import type { ParseKeys } from 'i18next';
import type { EventType } from '@domain/tickets/events';
import type { MessagePurpose } from '@domain/tickets/messages';
import type { NotificationType } from '@domain/tickets/notifications';

/** What each history entry says happened; a new event type fails to compile until it has a label. */
export const eventKeys = {
  created: 'console.history.event.created',
  escalated: 'console.history.event.escalated',
  returned: 'console.history.event.returned',
  replied: 'console.history.event.replied',
  noted: 'console.history.event.noted',
  info_requested: 'console.history.event.info_requested',
  reporter_answered: 'console.history.event.reporter_answered',
  resolved: 'console.history.event.resolved',
  confirmed: 'console.history.event.confirmed',
  reopened: 'console.history.event.reopened',
  closed_by_staff: 'console.history.event.closed_by_staff',
  auto_closed: 'console.history.event.auto_closed',
  coordinated: 'console.history.event.coordinated',
  redirected_to_portal: 'console.history.event.redirected_to_portal',
  claimed: 'console.history.event.claimed',
  lkpp_reference_recorded: 'console.history.event.lkpp_reference_recorded',
  assigned: 'console.history.event.assigned',
  difficulty_set: 'console.history.event.difficulty_set',
  extension_requested: 'console.history.event.extension_requested',
  extension_approved: 'console.history.event.extension_approved',
  extension_refused: 'console.history.event.extension_refused',
  attachment_added: 'console.history.event.attachment_added',
  mail_received: 'console.history.event.mail_received',
} as const satisfies Record<EventType, ParseKeys>;

/** The title of each notification; a new notification type fails to compile until it has one. */
export const notificationKeys = {
  ticket_new: 'console.notifications.type.ticket_new',
  complaint_awaiting_kepala: 'console.notifications.type.complaint_awaiting_kepala',
  ticket_escalated: 'console.notifications.type.ticket_escalated',
  ticket_returned: 'console.notifications.type.ticket_returned',
  ticket_reporter_answered: 'console.notifications.type.ticket_reporter_answered',
  ticket_claimed: 'console.notifications.type.ticket_claimed',
  ticket_reopened: 'console.notifications.type.ticket_reopened',
  ticket_mail_received: 'console.notifications.type.ticket_mail_received',
  extension_requested: 'console.notifications.type.extension_requested',
  sla_at_risk: 'console.notifications.type.sla_at_risk',
  sla_breached: 'console.notifications.type.sla_breached',
  reporter_replied: 'console.notifications.type.reporter_replied',
  reporter_info_requested: 'console.notifications.type.reporter_info_requested',
  reporter_resolved: 'console.notifications.type.reporter_resolved',
  survey_invited: 'console.notifications.type.survey_invited',
  mail_failed: 'console.notifications.type.mail_failed',
  mail_held: 'console.notifications.type.mail_held',
} as const satisfies Record<NotificationType, ParseKeys>;

/** What each message of the conversation is; a new purpose fails to compile until it has a label. */
export const purposeKeys = {
  reply: 'console.conversation.purpose.reply',
  note: 'console.conversation.purpose.note',
  info_request: 'console.conversation.purpose.info_request',
  reporter_answer: 'console.conversation.purpose.reporter_answer',
  resolution: 'console.conversation.purpose.resolution',
  handback: 'console.conversation.purpose.handback',
  coordination: 'console.conversation.purpose.coordination',
  confirmation: 'console.conversation.purpose.confirmation',
  not_solved: 'console.conversation.purpose.not_solved',
} as const satisfies Record<MessagePurpose, ParseKeys>;
