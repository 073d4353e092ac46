import type { MultipartFile } from '@fastify/multipart';
import { DomainError } from '../../../domain/errors.js';
import { describeAllowed, type AllowedType, type AttachmentPolicy } from './attachment-policy.js';
import { AttachmentTooLargeError, type AttachmentStore } from './attachment-store.js';
import { detectFileType, FILE_HEAD_BYTES } from './file-type.js';
import { safeFilename } from './safe-filename.js';

export type ReceivedFile = Readonly<{ sha256: string; size: number; filename: string; type: AllowedType }>;

/**
 * Checks one uploaded part by its first bytes (never by what the client claims), then streams
 * it into the store. A refused file is never stored; a file over the limit is cut off and
 * removed.
 */
export async function receiveFile(
  part: MultipartFile,
  store: AttachmentStore,
  policy: AttachmentPolicy,
): Promise<ReceivedFile> {
  const filename = safeFilename(part.filename);
  const iterator = part.file[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < FILE_HEAD_BYTES && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      head.push(next.value as Buffer);
      headSize += (next.value as Buffer).length;
    }
  }
  const type = detectFileType(Buffer.concat(head), filename, policy.allowed);
  if (!type) {
    part.file.resume();
    throw new DomainError('attachment_type_refused', { filename, allowed: describeAllowed(policy) }, [
      { field: 'files', code: 'type_refused' },
    ]);
  }
  async function* whole(): AsyncIterable<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value as Buffer;
  }
  try {
    const stored = await store.put(whole(), policy);
    if (part.file.truncated) throw new AttachmentTooLargeError(policy.maxBytes);
    return { ...stored, filename, type };
  } catch (error) {
    if (error instanceof AttachmentTooLargeError) {
      throw new DomainError(
        'attachment_too_large',
        { filename, maxMb: Math.round(policy.maxBytes / 1024 / 1024) },
        [{ field: 'files', code: 'too_large' }],
      );
    }
    throw error;
  }
}
