import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentTooLargeError,
  InvalidSha256Error,
  createAttachmentStore,
  type FileAttachmentStore,
} from './attachment-store.js';

const policy = { maxBytes: 1024 };
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, relative, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Yields `count` chunks of `size` bytes and records how many were asked for. */
function chunks(count: number, size: number) {
  const seen = { pulled: 0, finished: false };
  async function* generate() {
    try {
      for (let i = 0; i < count; i++) {
        seen.pulled++;
        yield Buffer.alloc(size, i);
      }
    } finally {
      seen.finished = true;
    }
  }
  return { source: generate(), seen };
}

let root: string;
let store: FileAttachmentStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tanggap-attachments-'));
  store = createAttachmentStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('put', () => {
  it('stores a buffer content-addressed under ab/cd/<sha256>, mode 0640', async () => {
    const data = Buffer.from('%PDF-1.7\nisi surat\n');
    const blob = await store.put(data, policy);
    expect(blob).toEqual({ sha256: sha(data), size: data.length });
    expect(store.path(blob.sha256)).toBe(
      join(root, blob.sha256.slice(0, 2), blob.sha256.slice(2, 4), blob.sha256),
    );
    expect(await readFile(store.path(blob.sha256))).toEqual(data);
    expect((await stat(store.path(blob.sha256))).mode & 0o777).toBe(0o640);
  });

  it('streams an async iterable (a Readable) chunk by chunk', async () => {
    const parts = [Buffer.from('kode,nama\n'), Buffer.from('1,PT Maju\n'), Buffer.from('2,CV Jaya\n')];
    const blob = await store.put(Readable.from(parts), policy);
    const whole = Buffer.concat(parts);
    expect(blob).toEqual({ sha256: sha(whole), size: whole.length });
    expect(await readFile(store.path(blob.sha256))).toEqual(whole);
  });

  it('stores the same content once and leaves no temp files', async () => {
    const data = Buffer.from('tangkapan layar yang sama');
    const first = await store.put(data, policy);
    const second = await store.put(Readable.from([data.subarray(0, 5), data.subarray(5)]), policy);
    const third = await Promise.all([store.put(data, policy), store.put(data, policy)]);
    expect(second).toEqual(first);
    expect(third).toEqual([first, first]);
    expect(await filesUnder(root)).toEqual([relative(root, store.path(first.sha256))]);
  });

  it('accepts exactly maxBytes and an empty file', async () => {
    await expect(store.put(Buffer.alloc(1024, 1), policy)).resolves.toMatchObject({ size: 1024 });
    await expect(store.put(Buffer.alloc(0), policy)).resolves.toEqual({
      sha256: sha(Buffer.alloc(0)),
      size: 0,
    });
  });

  it('aborts mid-stream past maxBytes: typed error, source ended, temp removed, nothing stored', async () => {
    const { source, seen } = chunks(100, 300); // 30 000 bytes offered, 1 024 allowed
    const error = await store.put(source, policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttachmentTooLargeError);
    expect(error).toMatchObject({ kind: 'too_large', maxBytes: 1024 });
    expect(seen.pulled).toBe(4); // 4 × 300 = 1 200 > 1 024: stopped at the first chunk over
    expect(seen.finished).toBe(true);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('destroys a Readable source it stops reading, so an upload does not hang', async () => {
    const readable = Readable.from(chunks(100, 300).source);
    await expect(store.put(readable, policy)).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(readable.destroyed).toBe(true);
  });

  it('sets mode 0640 whatever the process umask', async () => {
    const previous = process.umask(0o077);
    try {
      const { sha256 } = await store.put(Buffer.from('umask ketat'), policy);
      expect((await stat(store.path(sha256))).mode & 0o777).toBe(0o640);
    } finally {
      process.umask(previous);
    }
  });

  it('refuses a single buffer over the limit without storing it', async () => {
    await expect(store.put(Buffer.alloc(1025), policy)).rejects.toMatchObject({ kind: 'too_large' });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('removes the temp file when the source fails mid-stream', async () => {
    async function* failing() {
      yield Buffer.from('awal berkas');
      throw new Error('connection reset');
    }
    await expect(store.put(failing(), policy)).rejects.toThrow('connection reset');
    expect(await filesUnder(root)).toEqual([]);
  });
});

describe('path, open, exists', () => {
  it('opens and finds stored content', async () => {
    const data = Buffer.from('isi lampiran');
    const { sha256 } = await store.put(data, policy);
    expect(await store.exists(sha256)).toBe(true);
    expect(await store.exists(sha(Buffer.from('lain')))).toBe(false);
    const read: Buffer[] = [];
    for await (const chunk of store.open(sha256)) read.push(chunk as Buffer);
    expect(Buffer.concat(read)).toEqual(data);
  });

  it.each([
    ['a relative traversal', '../../../../etc/passwd'],
    ['traversal padded to 64 characters', `../../${'a'.repeat(58)}`],
    ['an absolute path', `/etc/${'a'.repeat(59)}`],
    ['upper-case hex', 'A'.repeat(64)],
    ['63 characters', 'a'.repeat(63)],
    ['65 characters', 'a'.repeat(65)],
    ['a trailing newline', `${'a'.repeat(64)}\n`],
    ['non-hex letters', 'g'.repeat(64)],
    ['empty', ''],
  ])('refuses %s before touching the file system', async (_label, bad) => {
    expect(() => store.path(bad)).toThrow(InvalidSha256Error);
    expect(() => store.open(bad)).toThrow(InvalidSha256Error);
    await expect(store.exists(bad)).rejects.toMatchObject({ kind: 'invalid_sha256' });
  });
});
