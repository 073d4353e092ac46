import { z } from 'zod';
import { emailAddress, singleLine } from '../../http/text-fields.js';

/** Mail over this size is not downloaded: it is held for staff with its headers only. */
export const MAX_IMPORTED_MAIL_BYTES = 40 * 1024 * 1024;

/**
 * Where a unit's complaint mailbox is and how to read it over IMAP. The password is never
 * here: `passwordEnv` names the environment variable that holds it (an app password for
 * Gmail). The name must start with `MAILBOX_` and the unit's ticket prefix (`MAILBOX_PYK_…`),
 * so a unit's settings can never point at another secret of the deployment.
 */
export const MailboxSettingsSchema = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$/, 'a host name or IPv4 address'),
  port: z.number().int().min(1).max(65535).default(993),
  /** TLS from the first byte (port 993). `false` only for a server on the local machine or network. */
  secure: z.boolean().default(true),
  user: singleLine(1, 254),
  passwordEnv: z.string().regex(/^MAILBOX_[A-Z0-9_]+$/, 'MAILBOX_ followed by capital letters, digits or _'),
  folder: singleLine(1, 200).default('INBOX'),
  /** The address reporters write to and reply to (Reply-To of our mail); defaults to `user`. */
  address: emailAddress().optional(),
  /** The kind of ticket new mail opens: complaints about the service unless the unit says otherwise. */
  defaultKind: z.enum(['complaint', 'question']).default('complaint'),
  /** On the first import, mail received before this date (YYYY-MM-DD, unit time zone) is left alone. */
  importSince: z.iso.date().optional(),
  /** Mails from one sender per hour that become tickets or messages; the rest are held for staff. */
  senderLimitPerHour: z.number().int().min(1).max(1000).default(10),
  /** Turned off, the mailbox is kept but not read. */
  enabled: z.boolean().default(true),
});
export type MailboxSettings = z.infer<typeof MailboxSettingsSchema>;
export type MailboxSettingsInput = z.input<typeof MailboxSettingsSchema>;

/** The prefix every `passwordEnv` of a unit must start with. */
export function passwordEnvPrefix(ticketPrefix: string): string {
  return `MAILBOX_${ticketPrefix}_`;
}

/** The address the mailbox receives at: `address`, else `user` when it is an address. */
export function mailboxAddress(settings: Pick<MailboxSettings, 'address' | 'user'>): string | null {
  if (settings.address) return settings.address.toLowerCase();
  return z.email().safeParse(settings.user).success ? settings.user.toLowerCase() : null;
}
