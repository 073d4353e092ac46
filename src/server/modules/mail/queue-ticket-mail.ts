import type { Config } from '../../core/config.js';
import type { Db } from '../../db/connect.js';
import { renderMail, type MailContent } from '../../mail/mail-layout.js';
import { newMessageId } from '../../mail/message-id.js';
import type { MailLang } from '../../mail/mail-words.js';
import { mailboxAddress, MailboxSettingsSchema } from '../units/mailbox-settings.schema.js';
import { findUnit, unitProfile } from '../units/units.repository.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';
import { mailboxSettingsOf } from './ticket-mail.repository.js';
import { threadOf, type MailThread } from './mail-messages.repository.js';
import { enqueueMail, type AutoSubmitted } from './outbox.repository.js';

/** What queueing mail needs from the configuration. */
export type MailConfig = Pick<Config, 'publicUrl' | 'mailFrom'>;

export type UnitMailFacts = Readonly<{ name: string; timeZone: string; replyTo: string | null }>;

/** The unit's name and time zone for the text, and the address replies go to (its mailbox). */
export async function unitMailFacts(db: Db, unitCode: string): Promise<UnitMailFacts> {
  const unit = await findUnit(db, unitCode);
  if (!unit) throw new Error(`unit ${unitCode} not found`);
  const [mailbox] = await mailboxSettingsOf(db, { unitCode });
  const settings = mailbox ? MailboxSettingsSchema.safeParse(JSON.parse(mailbox.settings_json)) : null;
  const profileEmail = unitProfile(unit).email;
  const replyTo =
    (settings?.success && settings.data.enabled ? mailboxAddress(settings.data) : null) ??
    (/^[^\s@]+@[^\s@]+$/.test(profileEmail) ? profileEmail : null);
  return { name: unit.name, timeZone: unit.timezone, replyTo };
}

export type TicketMail = Readonly<{
  kind: string;
  dedupeKey: string;
  thread: Exclude<MailThread, 'other'>;
  to: Readonly<{ address: string; name: string | null; userId: string | null }>;
  lang: MailLang;
  content: MailContent;
  autoSubmitted: AutoSubmitted;
  carriesSecret: boolean;
}>;

/**
 * Queues one mail about a ticket in the caller's transaction, threaded: reporter mail answers
 * the latest message of the conversation with the reporter and lists it in References; staff
 * mail of a ticket shares one thread root. The outbox row keeps its Message-ID with the ticket
 * and the conversation, so a reply to it finds the ticket.
 */
export async function queueTicketMail(
  db: Db,
  config: MailConfig,
  ticket: Pick<TicketRow, 'id' | 'unit_code'>,
  unit: UnitMailFacts,
  mail: TicketMail,
  now: Date,
): Promise<void> {
  const domain = config.mailFrom.address.split('@')[1] ?? 'tanggap.invalid';
  const earlier =
    mail.thread === 'reporter' ? await threadOf(db, ticket.id, 'reporter') : [`tiket-${ticket.id}@${domain}`];
  const references = earlier.length > 10 ? [earlier[0]!, ...earlier.slice(-9)] : earlier;
  const messageId = newMessageId(domain, now.getTime());
  await enqueueMail(
    db,
    {
      dedupeKey: mail.dedupeKey,
      kind: mail.kind,
      unitCode: ticket.unit_code,
      ticketId: ticket.id,
      userId: mail.to.userId,
      to: { address: mail.to.address, name: mail.to.name },
      fromName: unit.name,
      replyTo: unit.replyTo,
      mail: renderMail(mail.content, mail.lang),
      messageId,
      thread: mail.thread,
      inReplyTo: references.at(-1) ?? null,
      references,
      autoSubmitted: mail.autoSubmitted,
      lang: mail.lang,
      carriesSecret: mail.carriesSecret,
    },
    now,
  );
}
