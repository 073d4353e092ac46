import { open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Config } from '../../core/config.js';
import type { Db } from '../../db/connect.js';
import {
  blobOf,
  chunkOf,
  insertBlob,
  insertChunk,
  referencedContent,
} from './attachment-blobs.repository.js';
import {
  assertSha256,
  createAttachmentStore,
  withTempFile,
  type AttachmentStore,
  type FileAttachmentStore,
} from './attachment-store.js';

/** Each stored content is sliced into rows of at most this many bytes. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * Attachments and held mails kept in the database, so every instance on one PostgreSQL reads
 * what any of them stored, with no shared volume. Content is addressed by its SHA-256, as on
 * disk: the same content is stored once. An upload is first written to a file of this
 * instance while it is hashed and counted (so one past the limit never reaches the database),
 * then copied in slices of 1 MiB in one transaction that writes the blob's row last: a blob
 * whose row is there is whole. Reading streams the slices one at a time.
 *
 * Content stored as files before the switch (`files`) is still read from there.
 */
export function createDatabaseAttachmentStore(db: Db, files: FileAttachmentStore): AttachmentStore {
  const existsHere = async (sha256: string): Promise<boolean> => {
    assertSha256(sha256);
    return (await blobOf(db, { sha256 })).length > 0;
  };

  const put: AttachmentStore['put'] = (data, policy) =>
    withTempFile(files.tmpDir, data, policy.maxBytes, async (file, blob) => {
      if (await existsHere(blob.sha256)) return;
      const handle = await open(file, 'r');
      try {
        await db.transaction().execute(async (trx) => {
          let seq = 0;
          for (let offset = 0; offset < blob.size; offset += CHUNK_BYTES, seq++) {
            const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, blob.size - offset));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
            if (bytesRead !== buffer.length)
              throw new Error(
                `attachment ${blob.sha256}: read ${bytesRead} of ${buffer.length} bytes at ${offset}`,
              );
            await insertChunk(trx, blob.sha256, seq, buffer);
          }
          await insertBlob(trx, {
            sha256: blob.sha256,
            size: blob.size,
            chunkCount: seq,
            createdAt: new Date().toISOString(),
          });
        });
      } finally {
        await handle.close();
      }
    });

  async function* slices(sha256: string): AsyncIterable<Buffer> {
    const [blob] = await blobOf(db, { sha256 });
    if (!blob) {
      yield* files.open(sha256) as AsyncIterable<Buffer>;
      return;
    }
    for (let seq = 0; seq < blob.chunk_count; seq++) {
      const [chunk] = await chunkOf(db, { sha256, seq });
      if (!chunk) throw new Error(`attachment ${sha256}: slice ${seq} of ${blob.chunk_count} is missing`);
      yield chunk.data;
    }
  }

  return Object.freeze({
    put,
    open: (sha256: string) => {
      assertSha256(sha256);
      return Readable.from(slices(sha256), { objectMode: false });
    },
    exists: async (sha256: string) => (await existsHere(sha256)) || files.exists(sha256),
  });
}

export type CopyReport = { copied: number; alreadyThere: number; missing: string[] };

/**
 * Copies into the database every attachment and held mail the database refers to that is kept
 * only as a file under `files` (`npm run cli -- attachments-to-database`), so a deployment
 * switching to `database` can drop the shared folder. Safe to run again: what is already in
 * the database is skipped. Content listed in `missing` is on neither side.
 */
export async function copyFilesToDatabase(db: Db, files: FileAttachmentStore): Promise<CopyReport> {
  const store = createDatabaseAttachmentStore(db, files);
  const referenced = await referencedContent(db);
  const report: CopyReport = { copied: 0, alreadyThere: 0, missing: [] };
  for (const sha256 of new Set(referenced.map((r) => r.sha256).filter((x): x is string => x !== null))) {
    if ((await blobOf(db, { sha256 })).length > 0) report.alreadyThere++;
    else if (!(await files.exists(sha256))) report.missing.push(sha256);
    else {
      const stored = await store.put(files.open(sha256) as AsyncIterable<Buffer>, {
        maxBytes: Number.MAX_SAFE_INTEGER,
      });
      if (stored.sha256 !== sha256)
        throw new Error(`attachment ${sha256}: the file's content hashes to ${stored.sha256}; left as it is`);
      report.copied++;
    }
  }
  return report;
}

/** The store this deployment keeps attachments and held mails in (ATTACHMENT_STORAGE). */
export function attachmentStoreFor(
  config: Pick<Config, 'dataDir' | 'attachmentStorage'>,
  db: Db,
): AttachmentStore {
  const files = createAttachmentStore(path.join(config.dataDir, 'attachments'));
  return config.attachmentStorage === 'database' ? createDatabaseAttachmentStore(db, files) : files;
}
