import { CHANNELS, type Channel, type Kind, type Tier } from './vocabulary.js';

/**
 * What each channel means for a ticket, asked by name instead of comparing channel words
 * outside the domain. The channels are those of the LPSE service standard (procedure 1a–1c)
 * and its complaint channels.
 */

/** Channels a staff member logs on the reporter's behalf (no account needed): telephone, walk-in, suggestion box. */
export const STAFF_LOGGED_CHANNELS = [
  'phone',
  'walk_in',
  'suggestion_box',
] as const satisfies readonly Channel[];

/** Channels a reporter uses on their own: the portal (LPSE Support) and mail to the unit's mailbox. */
export const SELF_SERVICE_CHANNELS = ['portal', 'email'] as const satisfies readonly Channel[];

/** A channel word read from storage or a history event's data: a known channel, or null. */
export function asChannel(value: unknown): Channel | null {
  return (CHANNELS as readonly unknown[]).includes(value) ? (value as Channel) : null;
}

/** Logged by staff on the reporter's behalf, not by the reporter themselves. */
export function isStaffLoggedChannel(channel: Channel): boolean {
  return (STAFF_LOGGED_CHANNELS as readonly Channel[]).includes(channel);
}

/** Submitted through the portal by a signed-in reporter. */
export function isPortalChannel(channel: Channel): boolean {
  return channel === 'portal';
}

/** Arrived by mail: only the mailbox importer opens such tickets. */
export function isMailChannel(channel: Channel): boolean {
  return channel === 'email';
}

/** A telephone call: a contact to dial rather than a page to open. */
export function isPhoneChannel(channel: Channel): boolean {
  return channel === 'phone';
}

/** A slip from the suggestion box is anonymous unless it says otherwise. */
export function isAnonymousByDefault(channel: Channel): boolean {
  return channel === 'suggestion_box';
}

/** Slips from the suggestion box and mail to the unit are complaints unless said otherwise; the rest questions. */
export function defaultKindFor(channel: Channel): Kind {
  return channel === 'suggestion_box' || channel === 'email' ? 'complaint' : 'question';
}

/**
 * A call the helpdesk still holds: whether an Admin PPE can be reached decides between
 * escalating and redirecting the caller to the portal (telephone procedure 1b.5).
 */
export function dependsOnAdminPpeAvailability(ticket: Readonly<{ channel: Channel; tier: Tier }>): boolean {
  return ticket.channel === 'phone' && ticket.tier === 'helpdesk';
}
