/**
 * What a message on a ticket is (ticket_messages.purpose): a writer can only record one of
 * these, and the web has a label for each.
 */
export const MESSAGE_PURPOSES = [
  'reply',
  'note',
  'info_request',
  'reporter_answer',
  'resolution',
  /** The answer a higher tier hands back down with the ticket (internal). */
  'handback',
  /** The Kepala LPSE's coordination note on a complaint (internal). */
  'coordination',
  /** The reporter confirms the answer solved it, or says it did not (Kep. Kepala LKPP 26/2022, feedback step). */
  'confirmation',
  'not_solved',
] as const;
export type MessagePurpose = (typeof MESSAGE_PURPOSES)[number];

/** The purposes of public messages: what a reporter may ever see in the conversation. */
export const PUBLIC_PURPOSES = [
  'reply',
  'info_request',
  'reporter_answer',
  'resolution',
  'confirmation',
  'not_solved',
] as const satisfies readonly MessagePurpose[];
export type PublicPurpose = (typeof PUBLIC_PURPOSES)[number];

/** A message's purpose as read back from storage: a known purpose or null. */
export function asMessagePurpose(value: string): MessagePurpose | null {
  return (MESSAGE_PURPOSES as readonly string[]).includes(value) ? (value as MessagePurpose) : null;
}
