import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createTimeZone } from '../../../../domain/calendar/time-zone.js';
import { dayNumberFromIsoDate } from '../../../../domain/calendar/local-date.js';
import type { AppContext } from '../../../context/app-context.js';
import { DEFAULT_ATTACHMENT_POLICY } from '../../attachments/attachment-policy.js';
import { attachmentStoreFor } from '../../attachments/database-attachment-store.js';
import { findMessageId } from '../../mail/mail-messages.repository.js';
import { findUnit } from '../../units/units.repository.js';
import {
  advanceImport,
  importStateOf,
  leaseImport,
  noteImportError,
  listMailboxes,
  recordImportFailure,
  releaseImport,
  resetImport,
  type StoredMailbox,
} from '../mailbox.repository.js';
import { mailboxAddress, MAX_IMPORTED_MAIL_BYTES } from '../../units/mailbox-settings.schema.js';
import { holdMail } from './hold-mail.js';
import { AlreadyImported, type ImportScope } from './import-scope.js';
import { importMessage, type ImportOutcome } from './import-message.js';
import { openImapFolder } from './imap-folder.js';

/** Messages handled per unit and run; the next run goes on where this one stopped. */
const BATCH = 25;
const LEASE_MS = 10 * 60_000;
/** Runs in a row a message may fail before it is held for staff so the ones after it go on. */
const FAILURES_BEFORE_HOLDING = 3;

export type ImportOptions = Readonly<{
  batchSize?: number;
  owner?: string;
  beforeCommit?: ImportScope['beforeCommit'];
}>;
export type UnitImportResult = {
  outcomes: ImportOutcome[];
  error: string | null;
  skipped?: 'locked' | 'no_password' | 'disabled';
};

/** Reads every enabled unit mailbox once: the scheduled job. One unit failing does not stop the others. */
export async function importMailboxes(
  ctx: AppContext,
  options: ImportOptions = {},
): Promise<Record<string, UnitImportResult>> {
  const results: Record<string, UnitImportResult> = {};
  for (const mailbox of await listMailboxes(ctx.db)) {
    results[mailbox.unitCode] = await importMailbox(ctx, mailbox, options);
  }
  return results;
}

/**
 * Imports new mail of one unit's folder. Exactly once: the run takes a lease on the folder,
 * remembers UIDVALIDITY (a new one starts the UIDs over), and commits each message's ticket
 * together with its Message-ID and the folder's new last UID. A crash before that commit
 * leaves the message for the next run; after it, the mark has moved; a copy under another
 * UID is caught by its Message-ID.
 */
export async function importMailbox(
  ctx: AppContext,
  mailbox: StoredMailbox,
  options: ImportOptions = {},
): Promise<UnitImportResult> {
  const { settings, unitCode } = mailbox;
  const result: UnitImportResult = { outcomes: [], error: null };
  if (!settings.enabled) return { ...result, skipped: 'disabled' };
  const password = ctx.config.mailboxSecrets[settings.passwordEnv];
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) return result;
  let state = await importStateOf(ctx.db, unitCode, settings.folder);
  if (!password) {
    await noteImportError(
      ctx.db,
      unitCode,
      settings.folder,
      `${settings.passwordEnv} is not set`,
      ctx.clock.now().toISOString(),
    );
    return { ...result, skipped: 'no_password', error: `${settings.passwordEnv} is not set` };
  }
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  if (!(await leaseImport(ctx.db, unitCode, settings.folder, owner, ctx.clock.now(), LEASE_MS)))
    return { ...result, skipped: 'locked' };
  const own = [ctx.config.mailFrom.address, mailboxAddress(settings)].filter((a): a is string => a !== null);
  const scope: ImportScope = {
    ctx,
    unit,
    settings,
    folder: settings.folder,
    store: attachmentStoreFor(ctx.config, ctx.db),
    policy: { ...DEFAULT_ATTACHMENT_POLICY, maxBytes: ctx.config.attachmentMaxBytes },
    ownAddresses: new Set(own.map((a) => a.toLowerCase())),
    beforeCommit: options.beforeCommit,
  };
  try {
    const folder = await openImapFolder(settings, password);
    try {
      if (state.uidvalidity !== folder.uidValidity) {
        await resetImport(ctx.db, unitCode, settings.folder, folder.uidValidity);
        state = await importStateOf(ctx.db, unitCode, settings.folder);
      }
      const since = settings.importSince
        ? createTimeZone(unit.timezone).epochMsOfLocal(dayNumberFromIsoDate(settings.importSince) ?? 0, 0)
        : null;
      for (const message of await folder.listAfter(state.last_uid, options.batchSize ?? BATCH)) {
        const outcome = await importOne(scope, message, since, folder.fetchSource);
        if (outcome === 'stop') {
          result.error = `message UID ${message.uid} failed; it is tried again at the next run`;
          break;
        }
        if (outcome) result.outcomes.push(outcome);
      }
    } finally {
      await folder.close();
    }
  } catch (error) {
    result.error = (error as Error).message ?? String(error);
    ctx.log.warn({ unit: unitCode, err: result.error }, 'mailbox import failed');
  } finally {
    await releaseImport(ctx.db, unitCode, settings.folder, owner, {
      now: ctx.clock.now(),
      error: result.error,
    });
  }
  return result;
}

type Fetch = (uid: number) => Promise<Buffer | null>;

async function importOne(
  scope: ImportScope,
  message: { uid: number; size: number; internalDate: Date | null },
  since: number | null,
  fetch: Fetch,
): Promise<ImportOutcome | null | 'stop'> {
  const { ctx, unit, folder } = scope;
  const skip = async () => {
    await advanceImport(ctx.db, unit.code, folder, message.uid);
    return null;
  };
  if (since !== null && message.internalDate && message.internalDate.getTime() < since) return skip();
  if (message.size > MAX_IMPORTED_MAIL_BYTES) {
    return holdMail(scope, message.uid, {
      messageId: `uid-${message.uid}-${folder}@too-large.invalid`,
      fromAddress: null,
      subject: null,
      reason: 'too_large',
      detail: `${message.size} bytes`,
      raw: null,
      size: message.size,
    });
  }
  const raw = await fetch(message.uid);
  if (!raw) return skip();
  try {
    return await importMessage(scope, message.uid, raw);
  } catch (error) {
    if (error instanceof AlreadyImported) return skip();
    const detail = (error as Error).message ?? String(error);
    ctx.log.warn({ unit: unit.code, uid: message.uid, err: detail }, 'mail import failed');
    const failures = await recordImportFailure(
      ctx.db,
      await importStateOf(ctx.db, unit.code, folder),
      message.uid,
    );
    if (failures < FAILURES_BEFORE_HOLDING) return 'stop';
    const known = await findMessageId(ctx.db, unit.code, `uid-${message.uid}-${folder}@failed.invalid`);
    if (known) return skip();
    return holdMail(scope, message.uid, {
      messageId: `uid-${message.uid}-${folder}@failed.invalid`,
      fromAddress: null,
      subject: null,
      reason: 'import_failed',
      detail,
      raw,
      size: raw.length,
    });
  }
}
