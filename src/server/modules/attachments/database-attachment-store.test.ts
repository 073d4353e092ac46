import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DIALECTS } from '../../../test-support/databases.js';
import type { DbHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import {
  AttachmentTooLargeError,
  createAttachmentStore,
  InvalidSha256Error,
  type AttachmentStore,
  type FileAttachmentStore,
} from './attachment-store.js';
import { insertRow } from '../../db/prepared.js';
import { insertHeldMail } from '../mailbox/mailbox.repository.js';
import {
  attachmentStoreFor,
  CHUNK_BYTES,
  copyFilesToDatabase,
  createDatabaseAttachmentStore,
} from './database-attachment-store.js';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* inPieces(data: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe.each(TEST_DIALECTS)('attachments kept in the database, on %s', (dialect) => {
  let h: DbHandle;
  let files: FileAttachmentStore;
  let store: AttachmentStore;
  const limit = { maxBytes: 4 * CHUNK_BYTES };
  beforeAll(async () => {
    h = await createTestDatabase(dialect);
    await migrateToLatest(h.db);
    files = createAttachmentStore(mkdtempSync(path.join(tmpdir(), 'tanggap-blobs-')));
    store = createDatabaseAttachmentStore(h.db, files);
  });
  afterAll(async () => {
    await h.close();
  });

  const rowsOf = async (sha256: string) => ({
    blobs: (await h.db.selectFrom('attachment_blobs').select('sha256').where('sha256', '=', sha256).execute())
      .length,
    chunks: (await h.db.selectFrom('attachment_chunks').select('seq').where('sha256', '=', sha256).execute())
      .length,
  });

  it('gives back exactly what was stored, across several slices, and stores the same content once', async () => {
    const data = randomBytes(2 * CHUNK_BYTES + 12_345);
    const stored = await store.put(inPieces(data, 64 * 1024), limit);
    expect(stored).toEqual({ sha256: sha(data), size: data.length });
    expect(await store.exists(stored.sha256)).toBe(true);
    expect((await readAll(store.open(stored.sha256))).equals(data)).toBe(true);
    expect(await rowsOf(stored.sha256)).toEqual({ blobs: 1, chunks: 3 });
    // The same content again, in one piece: nothing new is written.
    expect(await store.put(data, limit)).toEqual(stored);
    expect(await rowsOf(stored.sha256)).toEqual({ blobs: 1, chunks: 3 });
    // Nothing is left on this instance's disk.
    expect(readdirSync(files.tmpDir)).toEqual([]);
  });

  it('keeps an empty file as an empty file', async () => {
    const stored = await store.put(Buffer.alloc(0), limit);
    expect(stored.size).toBe(0);
    expect(await store.exists(stored.sha256)).toBe(true);
    expect((await readAll(store.open(stored.sha256))).length).toBe(0);
  });

  it('refuses content past the limit and stores none of it', async () => {
    const data = randomBytes(limit.maxBytes + 1);
    await expect(store.put(inPieces(data, CHUNK_BYTES), limit)).rejects.toBeInstanceOf(
      AttachmentTooLargeError,
    );
    expect(await store.exists(sha(data))).toBe(false);
    expect(await rowsOf(sha(data))).toEqual({ blobs: 0, chunks: 0 });
    expect(readdirSync(files.tmpDir)).toEqual([]);
  });

  it('still reads content kept as files before the database was used', async () => {
    const data = Buffer.from('Berkas lama, disimpan sebagai file sebelum pindah ke basis data.');
    const earlier = await files.put(data, limit);
    expect(await store.exists(earlier.sha256)).toBe(true);
    expect((await readAll(store.open(earlier.sha256))).equals(data)).toBe(true);
  });

  it('fails to read content it never had, and refuses what is not a SHA-256', async () => {
    const missing = sha(Buffer.from('tidak pernah disimpan'));
    expect(await store.exists(missing)).toBe(false);
    await expect(readAll(store.open(missing))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => store.open('../../etc/passwd')).toThrow(InvalidSha256Error);
    await expect(store.exists('ABC')).rejects.toBeInstanceOf(InvalidSha256Error);
  });

  it('is the store a deployment set to `database` gets; `files` keeps them on disk', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tanggap-storage-'));
    const data = Buffer.from(`Pilihan penyimpanan ${dialect}`);
    const inDatabase = await attachmentStoreFor({ dataDir, attachmentStorage: 'database' }, h.db).put(
      data,
      limit,
    );
    expect(await rowsOf(inDatabase.sha256)).toEqual({ blobs: 1, chunks: 1 });
    const other = Buffer.from(`Di disk ${dialect}`);
    const onDisk = await attachmentStoreFor({ dataDir, attachmentStorage: 'files' }, h.db).put(other, limit);
    expect(await rowsOf(onDisk.sha256)).toEqual({ blobs: 0, chunks: 0 });
    expect(await createAttachmentStore(path.join(dataDir, 'attachments')).exists(onDisk.sha256)).toBe(true);
  });

  it('copies what the database refers to from the files into the database, once, and names what is on neither side', async () => {
    const dir = createAttachmentStore(mkdtempSync(path.join(tmpdir(), 'tanggap-switch-')));
    await insertRow(h.db, 'units', {
      code: 'lpse-copy',
      name: 'LPSE Salin',
      kind: 'lpse',
      parent_code: null,
      timezone: 'Asia/Jakarta',
      ticket_prefix: 'CPY',
      profile_json: '{}',
      created_at: '2026-11-02T01:00:00.000Z',
      updated_at: '2026-11-02T01:00:00.000Z',
    });
    const letters = [Buffer.from('Surel yang ditahan: satu'), Buffer.from('Surel yang ditahan: dua')];
    const kept = [await dir.put(letters[0]!, limit), await dir.put(letters[1]!, limit)];
    const lost = sha(Buffer.from('tidak ada di mana pun'));
    for (const [uid, sha256] of [kept[0]!.sha256, kept[1]!.sha256, lost].entries()) {
      await insertHeldMail(
        h.db,
        {
          unit_code: 'lpse-copy',
          folder: 'INBOX',
          uid,
          message_id: `<${uid}@copy.test>`,
          from_address: 'a@copy.test',
          subject: null,
          reason: 'unreadable',
          detail: null,
          raw_sha256: sha256,
          size: 10,
        },
        new Date(),
      );
    }
    expect(await copyFilesToDatabase(h.db, dir)).toEqual({ copied: 2, alreadyThere: 0, missing: [lost] });
    expect(await copyFilesToDatabase(h.db, dir)).toEqual({ copied: 0, alreadyThere: 2, missing: [lost] });
    // With the folder gone, the database alone gives them back.
    const withoutFiles = createDatabaseAttachmentStore(
      h.db,
      createAttachmentStore(mkdtempSync(path.join(tmpdir(), 'tanggap-empty-'))),
    );
    expect((await readAll(withoutFiles.open(kept[1]!.sha256))).equals(letters[1]!)).toBe(true);
  });
});
