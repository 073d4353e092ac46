import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';

// Content kept in the database (`database-attachment-store.ts`): a blob's row and its slices.

/** The blob's row, there only once every slice is. */
export const blobOf = prepared((db, args: { sha256: string }) =>
  db.selectFrom('attachment_blobs').select(['sha256', 'chunk_count']).where('sha256', '=', args.sha256),
);

/** One slice of a blob. */
export const chunkOf = prepared((db, args: { sha256: string; seq: number }) =>
  db
    .selectFrom('attachment_chunks')
    .select('data')
    .where('sha256', '=', args.sha256)
    .where('seq', '=', args.seq),
);

/** Writes one slice (another instance may have written it already). */
export async function insertChunk(db: Db, sha256: string, seq: number, data: Buffer): Promise<void> {
  await db
    .insertInto('attachment_chunks')
    .values({ sha256, seq, data })
    .onConflict((oc) => oc.columns(['sha256', 'seq']).doNothing())
    .execute();
}

/** Writes the blob's row, last: a blob whose row is there is whole. */
export async function insertBlob(
  db: Db,
  blob: Readonly<{ sha256: string; size: number; chunkCount: number; createdAt: string }>,
): Promise<void> {
  // Two instances storing the same content at once write the same rows: either's will do.
  await db
    .insertInto('attachment_blobs')
    .values({
      sha256: blob.sha256,
      size: blob.size,
      chunk_count: blob.chunkCount,
      created_at: blob.createdAt,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** Every content the database refers to: attachments and held mails. */
export async function referencedContent(db: Db): Promise<Array<{ sha256: string | null }>> {
  const attached = await db.selectFrom('attachments').select('sha256').distinct().execute();
  const held = await db
    .selectFrom('mail_held')
    .select('raw_sha256 as sha256')
    .where('raw_sha256', 'is not', null)
    .distinct()
    .execute();
  return [...attached, ...held];
}
