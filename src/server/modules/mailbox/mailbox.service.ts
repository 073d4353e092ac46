import { can } from '../../../domain/accounts/capabilities.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { DEFAULT_ATTACHMENT_POLICY } from '../attachments/attachment-policy.js';
import { attachmentStoreFor } from '../attachments/database-attachment-store.js';
import { requireUnit, unitRefOf } from '../units/units.service.js';
import { importMessage, type ImportOutcome } from './import/import-message.js';
import { AlreadyImported } from './import/import-scope.js';
import {
  deleteMailbox,
  findHeldMail,
  findMailbox,
  heldMailOf,
  importStateOf,
  markHeldReleased,
  saveMailbox,
  ticketCodeOf,
  ticketCodesOf,
  type HeldMailRow,
} from './mailbox.repository.js';
import { mailboxAddress, passwordEnvPrefix, type MailboxSettings } from '../units/mailbox-settings.schema.js';

async function requireUnitAdmin(ctx: AppContext, actor: Actor, unitCode: string) {
  const unit = await requireUnit(ctx.db, unitCode);
  if (!can(actor, 'administer', unitRefOf(unit))) throw new DomainError('forbidden');
  return unit;
}

/** The unit's mailbox as administrators see it: settings, where they came from, how the import goes. */
export async function mailboxView(ctx: AppContext, actor: Actor, unitCode: string) {
  const unit = await requireUnitAdmin(ctx, actor, unitCode);
  const prefix = passwordEnvPrefix(unit.ticket_prefix);
  const stored = await findMailbox(ctx.db, unitCode);
  if (!stored)
    return {
      mailbox: null,
      source: null,
      updatedAt: null,
      address: null,
      passwordSet: false,
      passwordEnvPrefix: prefix,
      import: null,
    };
  const state = await importStateOf(ctx.db, unitCode, stored.settings.folder);
  return {
    mailbox: stored.settings,
    source: stored.source,
    updatedAt: stored.updatedAt,
    address: mailboxAddress(stored.settings),
    passwordSet: Boolean(ctx.config.mailboxSecrets[stored.settings.passwordEnv]),
    passwordEnvPrefix: prefix,
    import: {
      folder: state.folder,
      lastRunAt: state.last_run_at,
      lastError: state.last_error,
      lastUid: state.last_uid,
      uidValidity: state.uidvalidity,
    },
  };
}

/** A unit administrator (or the deployment's) sets the mailbox; it is kept over the unit file from now on. */
export async function setMailbox(ctx: AppContext, actor: Actor, unitCode: string, settings: MailboxSettings) {
  const unit = await requireUnitAdmin(ctx, actor, unitCode);
  const prefix = passwordEnvPrefix(unit.ticket_prefix);
  if (!settings.passwordEnv.startsWith(prefix)) {
    throw new DomainError('validation_failed', {}, [
      {
        field: 'passwordEnv',
        code: 'wrong_prefix',
        message: {
          id: `Nama variabel harus diawali ${prefix}.`,
          en: `The variable name must start with ${prefix}.`,
        },
      },
    ]);
  }
  await saveMailbox(ctx.db, unitCode, settings, 'api', actor.userId, ctx.clock.now());
  return mailboxView(ctx, actor, unitCode);
}

/** Stops reading the unit's mailbox (a mailbox in the unit file comes back at the next start only if this one came from it). */
export async function removeMailbox(ctx: AppContext, actor: Actor, unitCode: string): Promise<void> {
  await requireUnitAdmin(ctx, actor, unitCode);
  await deleteMailbox(ctx.db, unitCode);
}

/** Held mail is for the unit's helpdesk and administrators. */
export async function requireHeldMailReader(ctx: AppContext, actor: Actor, unitCode: string): Promise<void> {
  const unit = await requireUnit(ctx.db, unitCode);
  if (!can(actor, 'readHeldMail', unitRefOf(unit))) throw new DomainError('forbidden');
}

/** A unit's held mail (pending only, unless all is asked), each with the code of the ticket it became. */
export async function listHeldMail(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  options: { pendingOnly: boolean; limit: number },
): Promise<Array<{ row: HeldMailRow; ticketCode: string | null }>> {
  await requireHeldMailReader(ctx, actor, unitCode);
  const rows = await heldMailOf(ctx.db, unitCode, options);
  const codes = await ticketCodesOf(
    ctx.db,
    rows.map((r) => r.ticket_id).filter((x): x is string => x !== null),
  );
  return rows.map((row) => ({ row, ticketCode: row.ticket_id ? (codes.get(row.ticket_id) ?? null) : null }));
}

/** A held mail as received, for staff who may read the unit's held mail, while its content is kept. */
export async function heldMailToDownload(ctx: AppContext, actor: Actor, unitCode: string, heldId: string) {
  await requireHeldMailReader(ctx, actor, unitCode);
  const held = await requireHeld(ctx, unitCode, heldId);
  const sha256 = held.raw_sha256;
  if (!sha256) throw new DomainError('not_found');
  const store = attachmentStoreFor(ctx.config, ctx.db);
  if (!(await store.exists(sha256))) throw new DomainError('attachment_unavailable');
  return { held, raw: () => store.open(sha256) };
}

export async function requireHeld(ctx: AppContext, unitCode: string, id: string): Promise<HeldMailRow> {
  const held = await findHeldMail(ctx.db, unitCode, id);
  if (!held) throw new DomainError('not_found');
  return held;
}

/**
 * Staff release a held mail that can be read (a flooding sender's, one whose import kept
 * failing): it is imported now as if it had just arrived, without the sender limit.
 */
export async function releaseHeldMail(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  id: string,
): Promise<{ outcome: ImportOutcome; ticketCode: string | null }> {
  await requireHeldMailReader(ctx, actor, unitCode);
  const held = await requireHeld(ctx, unitCode, id);
  const mailbox = await findMailbox(ctx.db, unitCode);
  if (held.released_at || !held.raw_sha256 || held.reason === 'unreadable' || !mailbox)
    throw new DomainError('held_mail_not_releasable', {
      reason: held.released_at ? 'released' : held.reason,
    });
  const store = attachmentStoreFor(ctx.config, ctx.db);
  const chunks: Buffer[] = [];
  for await (const chunk of store.open(held.raw_sha256)) chunks.push(chunk as Buffer);
  const unit = await requireUnit(ctx.db, unitCode);
  const scope = {
    ctx,
    unit,
    settings: mailbox.settings,
    folder: held.folder,
    store,
    policy: { ...DEFAULT_ATTACHMENT_POLICY, maxBytes: ctx.config.attachmentMaxBytes },
    ownAddresses: new Set(
      [ctx.config.mailFrom.address, mailboxAddress(mailbox.settings) ?? ''].filter(Boolean),
    ),
    release: { heldId: held.id, byUserId: actor.userId, recordedMessageId: held.message_id ?? '' },
  };
  try {
    const outcome = await importMessage(scope, held.uid, Buffer.concat(chunks));
    const after = await findHeldMail(ctx.db, unitCode, id);
    const ticketCode = after?.ticket_id ? await ticketCodeOf(ctx.db, after.ticket_id) : null;
    return { outcome, ticketCode };
  } catch (error) {
    if (error instanceof AlreadyImported)
      throw new DomainError('held_mail_not_releasable', { reason: 'released' });
    throw error;
  }
}

/** Staff have read a held mail and dealt with it outside Tanggap: it leaves the list. */
export async function dismissHeldMail(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  id: string,
): Promise<void> {
  await requireHeldMailReader(ctx, actor, unitCode);
  const held = await requireHeld(ctx, unitCode, id);
  if (!(await markHeldReleased(ctx.db, held.id, actor.userId, null, ctx.clock.now())))
    throw new DomainError('held_mail_not_releasable', { reason: 'released' });
}
