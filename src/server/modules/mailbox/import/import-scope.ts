import type { AppContext } from '../../../context/app-context.js';
import type { Db } from '../../../db/connect.js';
import type { AttachmentPolicy } from '../../attachments/attachment-policy.js';
import type { AttachmentStore } from '../../attachments/attachment-store.js';
import {
  recordMessageId,
  type InboundDisposition,
  type MailThread,
} from '../../mail/mail-messages.repository.js';
import type { UnitRow } from '../../units/units.repository.js';
import { advanceImport, markHeldReleased } from '../mailbox.repository.js';
import { releaseRecordedMail } from './mail-import.repository.js';
import type { MailboxSettings } from '../../units/mailbox-settings.schema.js';

/** Everything importing one unit's folder needs, fixed for a run. */
export type ImportScope = Readonly<{
  ctx: AppContext;
  unit: UnitRow;
  settings: MailboxSettings;
  folder: string;
  store: AttachmentStore;
  policy: AttachmentPolicy;
  /** Our own addresses (MAIL_FROM, the mailbox): mail from them is ours come back. */
  ownAddresses: ReadonlySet<string>;
  /** Runs inside each message's transaction just before it commits (tests simulate a crash here). */
  beforeCommit?: ((uid: number) => void | Promise<void>) | undefined;
  /** A held mail a staff member releases: no folder mark to move, no sender limit, the held row closed. */
  release?: Readonly<{ heldId: string; byUserId: string; recordedMessageId: string }> | undefined;
}>;

/** Another run (or instance) recorded this Message-ID first; the transaction is rolled back. */
export class AlreadyImported extends Error {
  constructor(readonly messageId: string) {
    super(`message ${messageId} was already imported`);
    this.name = 'AlreadyImported';
  }
}

/**
 * The last writes of every imported message, in its transaction: remember its Message-ID (a
 * second copy is refused here) and move the folder's mark past its UID. Both commit with the
 * ticket or note the mail produced, or not at all.
 */
export async function markImported(
  trx: Db,
  scope: ImportScope,
  uid: number,
  mail: Readonly<{
    messageId: string;
    fromAddress: string | null;
    thread: MailThread;
    ticketId: string | null;
    disposition: InboundDisposition;
  }>,
): Promise<void> {
  const now = scope.ctx.clock.now();
  if (scope.release) {
    if (
      !(await releaseRecordedMail(trx, scope.unit.code, scope.release.recordedMessageId, mail)) ||
      !(await markHeldReleased(trx, scope.release.heldId, scope.release.byUserId, mail.ticketId, now))
    )
      throw new AlreadyImported(mail.messageId);
    return;
  }
  const fresh = await recordMessageId(
    trx,
    {
      unitCode: scope.unit.code,
      messageId: mail.messageId,
      direction: 'in',
      thread: mail.thread,
      ticketId: mail.ticketId,
      disposition: mail.disposition,
      fromAddress: mail.fromAddress,
    },
    now,
  );
  if (!fresh) throw new AlreadyImported(mail.messageId);
  await advanceImport(trx, scope.unit.code, scope.folder, uid);
  await scope.beforeCommit?.(uid);
}
