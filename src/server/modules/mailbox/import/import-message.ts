import { isClosed } from '../../../../domain/tickets/statuses.js';
import type { Status } from '../../../../domain/tickets/vocabulary.js';
import { allowedActions } from '../../../../domain/tickets/lifecycle.js';
import type { Db } from '../../../db/connect.js';
import {
  acceptedFromSince,
  findMessageId,
  ticketOfMessageIds,
  type InboundDisposition,
  type MailThread,
} from '../../mail/mail-messages.repository.js';
import { stateOf } from '../../tickets/ticket-access.js';
import { findTicketByCode, type TicketRow } from '../../tickets/tickets.repository.js';
import { advanceImport } from '../mailbox.repository.js';
import { holdMail, ignoreMail } from './hold-mail.js';
import type { ImportScope } from './import-scope.js';
import { classifyMail, failedDmarc } from './mail-classify.js';
import { storeMailAttachments } from './mail-attachments.js';
import { accountEmail, ticketById } from './mail-import.repository.js';
import { ticketCodeIn } from './mail-text.js';
import { answerFromMail, noteFromMail, openTicketFromMail } from './mail-to-ticket.js';
import { parseMail, type ReadableMail } from './parse-mail.js';

export type ImportOutcome = InboundDisposition | 'duplicate';

type Match = Readonly<{ ticket: TicketRow; thread: MailThread }>;

/**
 * The ticket a mail continues: by In-Reply-To / References first (the ids of our mail and of
 * earlier mail of the ticket), then by a ticket code of this unit in the subject. Never by the
 * subject's words alone.
 */
async function ticketFor(db: Db, unitCode: string, mail: ReadableMail): Promise<Match | null> {
  const known = await ticketOfMessageIds(db, unitCode, mail.answers);
  if (known?.ticket_id) {
    const ticket = await ticketById(db, known.ticket_id);
    if (ticket) return { ticket, thread: known.thread as MailThread };
  }
  const code = ticketCodeIn(mail.subject);
  const ticket = code ? await findTicketByCode(db, code) : undefined;
  return ticket && ticket.unit_code === unitCode ? { ticket, thread: 'reporter' } : null;
}

/** Whether the mail comes from the ticket's reporter: the address they gave, or their account's. */
async function fromReporter(db: Db, ticket: TicketRow, mail: ReadableMail): Promise<boolean> {
  if (failedDmarc(mail.headerLines)) return false;
  if (ticket.reporter_email?.toLowerCase() === mail.from.address) return true;
  if (!ticket.reporter_user_id) return false;
  const email = await accountEmail(db, ticket.reporter_user_id);
  return email?.toLowerCase() === mail.from.address;
}

/**
 * One message of the mailbox, handled exactly once: skipped if its Message-ID is known;
 * unreadable mail held raw for staff; bounces, automatic mail and our own recorded and left
 * unanswered; a flooding sender's mail held; a reply joined to its ticket (as the reporter's
 * answer when it is theirs, else as an internal note); anything else opens a ticket.
 */
export async function importMessage(scope: ImportScope, uid: number, raw: Buffer): Promise<ImportOutcome> {
  const { ctx, unit } = scope;
  const mail = await parseMail(raw);
  if (!scope.release && (await findMessageId(ctx.db, unit.code, mail.messageId))) {
    await advanceImport(ctx.db, unit.code, scope.folder, uid);
    return 'duplicate';
  }
  if (!mail.readable) {
    return holdMail(scope, uid, {
      messageId: mail.messageId,
      fromAddress: mail.fromAddress,
      subject: mail.subject,
      reason: 'unreadable',
      detail: mail.detail,
      raw,
      size: raw.length,
    });
  }
  const origin = classifyMail(mail.headerLines, mail.from.address, scope.ownAddresses);
  if (origin !== 'person') {
    const disposition =
      origin === 'own' ? 'ignored_own' : origin === 'bounce' ? 'ignored_bounce' : 'ignored_auto';
    return ignoreMail(scope, uid, { messageId: mail.messageId, fromAddress: mail.from.address }, disposition);
  }
  const hourAgo = new Date(ctx.clock.now().getTime() - 60 * 60_000).toISOString();
  if (
    !scope.release &&
    (await acceptedFromSince(ctx.db, unit.code, mail.from.address, hourAgo)) >=
      scope.settings.senderLimitPerHour
  ) {
    const detail = `more than ${scope.settings.senderLimitPerHour} mails within an hour`;
    return holdMail(scope, uid, {
      messageId: mail.messageId,
      fromAddress: mail.from.address,
      subject: mail.subject,
      reason: 'rate_limited',
      detail,
      raw,
      size: raw.length,
    });
  }
  const match = await ticketFor(ctx.db, unit.code, mail);
  const parts = await storeMailAttachments(mail.attachments, scope.store, scope.policy);
  if (!match) return openTicketFromMail(scope, uid, mail, parts);
  const { ticket, thread } = match;
  if (!(await fromReporter(ctx.db, ticket, mail))) {
    const why =
      thread === 'staff'
        ? 'Balasan staf atas pemberitahuan surel / Staff reply to a notice'
        : 'Pengirim bukan pelapor tiket ini / Sender is not the reporter';
    return noteFromMail(scope, uid, mail, ticket, parts, thread, why);
  }
  if (allowedActions(stateOf(ticket), ['tracker']).includes('reporter_answer'))
    return answerFromMail(scope, uid, mail, ticket, parts);
  // A closed ticket is not reopened by mail: the reporter's new message becomes a new ticket that points to it.
  if (isClosed(ticket.status as Status)) return openTicketFromMail(scope, uid, mail, parts, ticket.code);
  return noteFromMail(
    scope,
    uid,
    mail,
    ticket,
    parts,
    thread,
    'Pelapor membalas saat tiket tidak menunggu jawabannya / The reporter wrote while the ticket was not awaiting an answer',
  );
}
