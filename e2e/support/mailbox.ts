import type { Dovecot } from '../../src/test-support/dovecot.js';
import type { ApiSession } from './api.js';

export const MAILBOX_UNIT = 'lpse-kota-payakumbuh';
/** The address Payakumbuh's mailbox receives at, in the stories. */
export const MAILBOX_ADDRESS = 'helpdesk.lpse.pyk@example.go.id';

/**
 * The unit administrator connects Payakumbuh's mailbox to the story's Dovecot (its password is
 * the variable `MAILBOX_PYK_IMAP`, which the story sets), with a limit of mails per sender an hour.
 */
export async function connectMailbox(
  admin: ApiSession,
  imap: Dovecot,
  senderLimitPerHour: number,
): Promise<void> {
  await admin.put(`/api/units/${MAILBOX_UNIT}/mailbox`, {
    host: imap.host,
    port: imap.port,
    secure: false,
    user: imap.user,
    passwordEnv: 'MAILBOX_PYK_IMAP',
    address: MAILBOX_ADDRESS,
    senderLimitPerHour,
  });
}
