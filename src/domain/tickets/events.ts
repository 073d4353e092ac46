/**
 * Every kind of entry in a ticket's append-only history (ticket_events.type). A writer can
 * only append one of these, and the web has a label for each: a new type is declared here
 * first, then labelled in both languages.
 */
export const EVENT_TYPES = [
  'created',
  'replied',
  'noted',
  'reporter_answered',
  'escalated',
  'returned',
  'redirected_to_portal',
  'claimed',
  'info_requested',
  'resolved',
  'confirmed',
  'reopened',
  'closed_by_staff',
  'auto_closed',
  'coordinated',
  'lkpp_reference_recorded',
  'assigned',
  'difficulty_set',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'attachment_added',
  /** Mail from the reporter's address that could not be their answer (unknown sender, closed step), filed as a note. */
  'mail_received',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A history entry's type as read back from storage: a known type or null. */
export function asEventType(value: string): EventType | null {
  return (EVENT_TYPES as readonly string[]).includes(value) ? (value as EventType) : null;
}
