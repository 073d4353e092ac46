import { defaultTypeFor } from '../../../../domain/tickets/kinds.js';
import type { Db } from '../../../db/connect.js';
import { insertAttachments } from '../../attachments/attachments.repository.js';
import type { InboundDisposition, MailThread } from '../../mail/mail-messages.repository.js';
import { changeTicket } from '../../tickets/change-ticket.js';
import { openTicket } from '../../tickets/create-ticket.js';
import { insertMessage, type TicketRow } from '../../tickets/tickets.repository.js';
import { markImported, type ImportScope } from './import-scope.js';
import { attachmentRows, refusedPartsNote, type AcceptedPart, type RefusedPart } from './mail-attachments.js';
import { activeAccountWithRoles } from './mail-import.repository.js';
import { MAX_MAIL_TEXT, ticketSubject, withoutQuotedHistory } from './mail-text.js';
import type { ReadableMail } from './parse-mail.js';

export type StoredParts = Readonly<{ accepted: readonly AcceptedPart[]; refused: readonly RefusedPart[] }>;

const EMPTY_BODY = '(Surel tanpa isi teks; lihat lampiran. / Email without text; see the attachments.)';

function bodyOf(text: string): string {
  const body = text.length > 0 ? text : EMPTY_BODY;
  return body.length > MAX_MAIL_TEXT
    ? `${body.slice(0, MAX_MAIL_TEXT)}\n\n[… dipotong; isi lengkap ada di kotak surat unit / cut; the full text is in the unit mailbox]`
    : body;
}

/** Attachments and the note listing refused parts, written with the message they came with. */
async function writeParts(
  trx: Db,
  scope: ImportScope,
  ticketId: string,
  messageId: string | null,
  parts: StoredParts,
  visibility: 'public' | 'internal',
  nowIso: string,
): Promise<void> {
  await insertAttachments(trx, attachmentRows(parts.accepted, ticketId, messageId, visibility, nowIso));
  const note = refusedPartsNote(
    parts.refused,
    Math.round(scope.policy.maxBytes / 1024 / 1024),
    scope.policy.maxFiles,
  );
  if (note) {
    await insertMessage(
      trx,
      {
        ticket_id: ticketId,
        author_id: null,
        author_party: 'system',
        author_name: null,
        visibility: 'internal',
        purpose: 'note',
        body: note,
        created_at: nowIso,
      },
      Date.parse(nowIso),
    );
  }
}

/** An account of the sender's address, when they have one and are a service user (not staff). */
async function serviceUserWith(db: Db, email: string) {
  const account = await activeAccountWithRoles(db, email);
  return account && account.roles.length === 0 ? account.user : null;
}

/**
 * New mail opens a ticket on the `email` channel. A sender with a service-user account gets the
 * ticket in their portal list and no PIN; anyone else gets a tracking PIN in the acknowledgement.
 */
export async function openTicketFromMail(
  scope: ImportScope,
  uid: number,
  mail: ReadableMail,
  parts: StoredParts,
  earlierTicketCode: string | null = null,
): Promise<InboundDisposition> {
  const account = await serviceUserWith(scope.ctx.db, mail.from.address);
  const kind = scope.settings.defaultKind;
  await openTicket(scope.ctx, {
    unit: scope.unit,
    channel: 'email',
    kind,
    type: defaultTypeFor(kind),
    categoryCode: null,
    subject: ticketSubject(mail.subject, mail.text, '(tanpa subjek)'),
    description: bodyOf(mail.text),
    earlierTicketCode,
    reporter: {
      userId: account?.id ?? null,
      name: account?.name ?? mail.from.name,
      address: null,
      phone: account?.phone ?? null,
      email: mail.from.address,
      organization: account?.organization ?? null,
    },
    confidential: false,
    anonymous: false,
    loggedById: null,
    actorId: null,
    actorParty: 'reporter',
    withTrackingPin: account === null,
    alsoWrite: async (trx, row) => {
      await writeParts(trx, scope, row.id, null, parts, 'public', row.created_at);
      await markImported(trx, scope, uid, {
        messageId: mail.messageId,
        fromAddress: mail.from.address,
        thread: 'reporter',
        ticketId: row.id,
        disposition: 'ticket_opened',
      });
    },
  });
  return 'ticket_opened';
}

/** A reply from the reporter's own address continues the ticket as their answer. */
export async function answerFromMail(
  scope: ImportScope,
  uid: number,
  mail: ReadableMail,
  ticket: TicketRow,
  parts: StoredParts,
): Promise<InboundDisposition> {
  await changeTicket(scope.ctx, {
    code: ticket.code,
    actor: null,
    trustedParty: 'tracker',
    action: 'reporter_answer',
    eventType: 'reporter_answered',
    data: { via: 'email', messageId: mail.messageId },
    message: {
      visibility: 'public',
      purpose: 'reporter_answer',
      body: bodyOf(withoutQuotedHistory(mail.text)),
    },
    alsoWrite: async (trx, row, messageId, nowIso) => {
      await writeParts(trx, scope, row.id, messageId, parts, 'public', nowIso);
      await markImported(trx, scope, uid, {
        messageId: mail.messageId,
        fromAddress: mail.from.address,
        thread: 'reporter',
        ticketId: row.id,
        disposition: 'reply_added',
      });
    },
  });
  return 'reply_added';
}

/**
 * Mail that belongs to a ticket but cannot be posted as the reporter's answer — another sender,
 * a staff member answering a notice, a step where the reporter cannot answer — is kept as an
 * internal note for staff, with its attachments internal too. Never dropped, never public.
 */
export async function noteFromMail(
  scope: ImportScope,
  uid: number,
  mail: ReadableMail,
  ticket: TicketRow,
  parts: StoredParts,
  thread: MailThread,
  why: string,
): Promise<InboundDisposition> {
  const sender = mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address;
  const header = `Surel dari / Email from: ${sender}\nSubjek / Subject: ${mail.subject ?? '-'}\n(${why})`;
  await changeTicket(scope.ctx, {
    code: ticket.code,
    actor: null,
    trustedParty: 'system',
    action: 'note',
    eventType: 'mail_received',
    reason: why,
    data: { via: 'email', from: mail.from.address, messageId: mail.messageId },
    message: {
      visibility: 'internal',
      purpose: 'note',
      body: `${header}\n\n${bodyOf(withoutQuotedHistory(mail.text))}`,
    },
    alsoWrite: async (trx, row, messageId, nowIso) => {
      await writeParts(trx, scope, row.id, messageId, parts, 'internal', nowIso);
      await markImported(trx, scope, uid, {
        messageId: mail.messageId,
        fromAddress: mail.from.address,
        thread: thread === 'staff' ? 'staff' : 'other',
        ticketId: row.id,
        disposition: 'note_added',
      });
    },
  });
  return 'note_added';
}
