import type * as Imap from 'imapflow';
import { lazyModule } from '../../../core/lazy-module.js';

const imapflow = lazyModule<typeof Imap>('imapflow');
import type { MailboxSettings } from '../../units/mailbox-settings.schema.js';

export type FolderMessage = Readonly<{ uid: number; size: number; internalDate: Date | null }>;

/** One IMAP folder opened read-only: Tanggap never changes, moves or deletes mail there. */
export type ImapFolder = Readonly<{
  uidValidity: string;
  /** Messages with a UID above `lastUid`, oldest first, at most `limit`. */
  listAfter: (lastUid: number, limit: number) => Promise<FolderMessage[]>;
  /** The raw message, or null when it is gone (deleted since it was listed). */
  fetchSource: (uid: number) => Promise<Buffer | null>;
  close: () => Promise<void>;
}>;

/**
 * Connects with the unit's settings and the password from its environment variable and opens
 * the folder with EXAMINE (read-only), so fetching a message does not even mark it read.
 */
export async function openImapFolder(settings: MailboxSettings, password: string): Promise<ImapFolder> {
  const client = new (imapflow().ImapFlow)({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  // A dropped connection is reported through the failing command; keep the event from crashing the process.
  client.on('error', () => undefined);
  await client.connect();
  let lock: Awaited<ReturnType<Imap.ImapFlow['getMailboxLock']>>;
  try {
    lock = await client.getMailboxLock(settings.folder, { readOnly: true });
  } catch (error) {
    await client.logout().catch(() => undefined);
    throw error;
  }
  const mailbox = client.mailbox;
  const uidValidity = mailbox ? String(mailbox.uidValidity) : '0';
  return {
    uidValidity,
    listAfter: async (lastUid, limit) => {
      if (!mailbox || mailbox.exists === 0) return [];
      const found: FolderMessage[] = [];
      // `n:*` always includes the newest message, even when its UID is below n: filter.
      for await (const m of client.fetch(
        `${lastUid + 1}:*`,
        { uid: true, size: true, internalDate: true },
        { uid: true },
      )) {
        if (m.uid > lastUid)
          found.push({
            uid: m.uid,
            size: m.size ?? 0,
            internalDate:
              m.internalDate instanceof Date
                ? m.internalDate
                : m.internalDate
                  ? new Date(m.internalDate)
                  : null,
          });
      }
      return found.sort((a, b) => a.uid - b.uid).slice(0, limit);
    },
    fetchSource: async (uid) => {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      return message && message.source ? message.source : null;
    },
    close: async () => {
      lock.release();
      await client.logout().catch(() => undefined);
    },
  };
}
