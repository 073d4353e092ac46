import { isMailChannel } from '../../../domain/tickets/channels.js';
import type { EventType } from '../../../domain/tickets/events.js';
import type { Channel, Kind } from '../../../domain/tickets/vocabulary.js';
import type { Db } from '../../db/connect.js';
import type { MailContent } from '../../mail/mail-layout.js';
import type { MailLang } from '../../mail/mail-words.js';
import {
  acknowledgementMail,
  infoRequestMail,
  replyMail,
  resolutionMail,
  type ReporterMailFacts,
} from '../../mail/reporter-mail-templates.js';
import { unitAutoCloseWorkingDays } from '../sla/ticket-sla.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';
import { reporterAccount } from './ticket-mail.repository.js';
import { queueTicketMail, unitMailFacts, type MailConfig, type UnitMailFacts } from './queue-ticket-mail.js';

/** What a ticket event tells the reporter's mail. */
export type ReporterMailEvent = Readonly<{
  type: EventType;
  version: number;
  message?: Readonly<{ visibility: string; purpose: string; body: string }> | undefined;
  /** Only at creation, for a reporter without an account: the PIN goes out in the acknowledgement. */
  trackingPin?: string | null | undefined;
}>;

type Template = Readonly<{
  kind: string;
  build: (
    facts: ReporterMailFacts,
    event: ReporterMailEvent,
    db: Db,
    ticket: TicketRow,
  ) => Promise<MailContent | null>;
  carriesSecret?: boolean;
}>;

/**
 * The mail a reporter receives for each ticket event. Adding a mail is adding an entry.
 * The satisfaction survey invitation (SKM, PermenPANRB 14/2017) travels in the resolution mail,
 * the event that opens the survey.
 */
export const REPORTER_MAILS: Readonly<Partial<Record<EventType, Template>>> = {
  created: {
    kind: 'reporter_acknowledgement',
    carriesSecret: true,
    build: async (f, e) => acknowledgementMail(f, e.trackingPin ?? null),
  },
  replied: {
    kind: 'reporter_reply',
    build: async (f, e) => (e.message?.visibility === 'public' ? replyMail(f, e.message.body) : null),
  },
  info_requested: {
    kind: 'reporter_info_request',
    build: async (f, e) => (e.message ? infoRequestMail(f, e.message.body) : null),
  },
  resolved: {
    kind: 'reporter_resolution',
    build: async (f, e, db, t) =>
      e.message ? resolutionMail(f, e.message.body, await unitAutoCloseWorkingDays(db, t.unit_code)) : null,
  },
};

type Recipient = Readonly<{ address: string; name: string | null; userId: string | null; lang: MailLang }>;

/** The reporter's address: their account's (and its language), else the one they gave. */
async function reporterRecipient(db: Db, ticket: TicketRow): Promise<Recipient | null> {
  if (ticket.reporter_user_id) {
    const [user] = await reporterAccount(db, { id: ticket.reporter_user_id });
    return user && user.is_active === 1
      ? { address: user.email, name: user.name, userId: user.id, lang: user.locale === 'en' ? 'en' : 'id' }
      : null;
  }
  return ticket.reporter_email
    ? { address: ticket.reporter_email, name: ticket.reporter_name, userId: null, lang: 'id' }
    : null;
}

/** Queues the reporter's mail for a ticket event, in the transaction of the change. `ticket` is the row as it now stands. */
export async function queueReporterMail(
  db: Db,
  config: MailConfig,
  ticket: TicketRow,
  event: ReporterMailEvent,
  now: Date,
  unitFacts?: () => Promise<UnitMailFacts>,
): Promise<void> {
  const template = REPORTER_MAILS[event.type];
  if (!template) return;
  const to = await reporterRecipient(db, ticket);
  if (!to) return;
  const unit = await (unitFacts ?? (() => unitMailFacts(db, ticket.unit_code)))();
  const hasAccount = ticket.reporter_user_id !== null;
  const facts: ReporterMailFacts = {
    lang: to.lang,
    code: ticket.code,
    subject: ticket.subject,
    kind: ticket.kind as Kind,
    unitName: unit.name,
    timeZone: unit.timeZone,
    reporterName: to.name,
    createdAt: ticket.created_at,
    dueAt: ticket.due_at,
    ticketUrl: hasAccount
      ? `${config.publicUrl}/tiket/${encodeURIComponent(ticket.code)}`
      : `${config.publicUrl}/lacak?kode=${encodeURIComponent(ticket.code)}`,
    surveyUrl: `${config.publicUrl}/survei/${encodeURIComponent(ticket.code)}`,
    hasAccount,
  };
  const content = await template.build(facts, event, db, ticket);
  if (!content) return;
  await queueTicketMail(
    db,
    config,
    ticket,
    unit,
    {
      kind: template.kind,
      dedupeKey: `${template.kind}:${ticket.id}:${event.version}`,
      thread: 'reporter',
      to,
      lang: to.lang,
      content,
      autoSubmitted:
        event.type === 'created' && isMailChannel(ticket.origin_channel as Channel)
          ? 'auto-replied'
          : 'auto-generated',
      carriesSecret: Boolean(template.carriesSecret && event.trackingPin),
    },
    now,
  );
}
