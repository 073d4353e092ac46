import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { AttachmentPolicy } from './attachment-policy.js';

/** Stored files are readable by the service's group, writable by it, executable by no one. */
const FILE_MODE = 0o640;
const DIR_MODE = 0o750;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The upload passed policy.maxBytes; nothing was stored. Map to `attachment_too_large`. */
export class AttachmentTooLargeError extends Error {
  readonly kind = 'too_large' as const;
  constructor(readonly maxBytes: number) {
    super(`attachment exceeds ${maxBytes} bytes`);
    this.name = 'AttachmentTooLargeError';
  }
}

/** A digest that is not 64 lower-case hex characters: refused before it touches a path. */
export class InvalidSha256Error extends Error {
  readonly kind = 'invalid_sha256' as const;
  constructor() {
    super('not a SHA-256 hex digest');
    this.name = 'InvalidSha256Error';
  }
}

export type AttachmentStoreError = AttachmentTooLargeError | InvalidSha256Error;

export type StoredBlob = Readonly<{ sha256: string; size: number }>;

/** Where attachments and held mails are kept: files under DATA_DIR, or the database (database-attachment-store.ts). */
export type AttachmentStore = Readonly<{
  /** Stores the bytes once; rejects with AttachmentTooLargeError past `policy.maxBytes`. */
  put(data: Buffer | AsyncIterable<Buffer>, policy: Pick<AttachmentPolicy, 'maxBytes'>): Promise<StoredBlob>;
  /** Reads a blob; a missing one emits ENOENT as a stream error, so check `exists` first. */
  open(sha256: string): Readable;
  /** Rejects with InvalidSha256Error for anything but 64 lower-case hex. */
  exists(sha256: string): Promise<boolean>;
}>;

export type FileAttachmentStore = AttachmentStore &
  Readonly<{
    /** Where a blob lives; throws InvalidSha256Error for anything but 64 lower-case hex. */
    path(sha256: string): string;
    /** Where uploads are written while they are hashed and counted. */
    tmpDir: string;
  }>;

export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new InvalidSha256Error();
}

/**
 * A content-addressed store under `rootDir` (e.g. `<DATA_DIR>/attachments`): each blob lives
 * at `ab/cd/<sha256>`, so the same content is stored once whatever its name. Uploads stream
 * into `rootDir/tmp` (same file system, so the final rename is atomic) while being hashed and
 * counted; a reader therefore never sees a half-written blob.
 */
export function createAttachmentStore(rootDir: string): FileAttachmentStore {
  const tmpDir = join(rootDir, 'tmp');

  const blobPath = (sha256: string): string => {
    assertSha256(sha256);
    return join(rootDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  const exists = async (sha256: string): Promise<boolean> =>
    access(blobPath(sha256)).then(
      () => true,
      () => false,
    );

  const put = async (
    data: Buffer | AsyncIterable<Buffer>,
    policy: Pick<AttachmentPolicy, 'maxBytes'>,
  ): Promise<StoredBlob> =>
    withTempFile(tmpDir, data, policy.maxBytes, async (tmpFile, blob) => {
      const target = blobPath(blob.sha256);
      if (!(await exists(blob.sha256))) {
        await mkdir(dirname(target), { recursive: true, mode: DIR_MODE });
        // Two uploads of the same content may race here; the later rename replaces identical bytes.
        await rename(tmpFile, target);
      }
    });

  return Object.freeze({
    put,
    tmpDir,
    path: blobPath,
    open: (sha256: string) => createReadStream(blobPath(sha256)),
    exists,
  });
}

/**
 * Streams `data` into a new file under `tmpDir` while hashing and counting it, stopping past
 * `maxBytes`; then lets `keep` move or copy it, and removes what is left of the file.
 */
export async function withTempFile(
  tmpDir: string,
  data: Buffer | AsyncIterable<Buffer>,
  maxBytes: number,
  keep: (file: string, blob: StoredBlob) => Promise<void>,
): Promise<StoredBlob> {
  await mkdir(tmpDir, { recursive: true, mode: DIR_MODE });
  const tmpFile = join(tmpDir, `${randomUUID()}.part`);
  try {
    const blob = await writeTemp(tmpFile, data, maxBytes);
    await keep(tmpFile, blob);
    return blob;
  } finally {
    await rm(tmpFile, { force: true }); // gone already if `keep` moved it
  }
}

/** Streams `data` into a new `file`, hashing and counting; stops past `maxBytes`. */
async function writeTemp(
  file: string,
  data: Buffer | AsyncIterable<Buffer>,
  maxBytes: number,
): Promise<StoredBlob> {
  const handle = await open(file, 'wx', FILE_MODE);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of Buffer.isBuffer(data) ? [data] : data) {
      size += chunk.length;
      // Stop at the first chunk past the limit; leaving the loop also ends the source.
      if (size > maxBytes) throw new AttachmentTooLargeError(maxBytes);
      hash.update(chunk);
      await handle.writeFile(chunk);
    }
    await handle.chmod(FILE_MODE); // the umask may have narrowed open()'s mode
    // Durable before visible: a blob that exists is complete, so deduplication can trust it.
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}
