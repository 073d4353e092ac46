import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_POLICY, describeAllowed } from './attachment-policy.js';

describe('DEFAULT_ATTACHMENT_POLICY', () => {
  it('allows 10 MB per file and 5 files per message', () => {
    expect(DEFAULT_ATTACHMENT_POLICY.maxBytes).toBe(10 * 1024 * 1024);
    expect(DEFAULT_ATTACHMENT_POLICY.maxFiles).toBe(5);
  });

  it('allows exactly the agreed types', () => {
    const extensions = DEFAULT_ATTACHMENT_POLICY.allowed.flatMap((t) => t.extensions).sort();
    expect(extensions).toEqual([
      'csv',
      'doc',
      'docx',
      'gif',
      'jpeg',
      'jpg',
      'pdf',
      'png',
      'pptx',
      'txt',
      'webp',
      'xls',
      'xlsx',
      'zip',
    ]);
  });

  it('never allows a type a browser runs as a page', () => {
    const mediaTypes = DEFAULT_ATTACHMENT_POLICY.allowed.map((t) => t.mediaType);
    for (const dangerous of [
      'text/html',
      'image/svg+xml',
      'application/xhtml+xml',
      'text/javascript',
      'application/xml',
    ]) {
      expect(mediaTypes).not.toContain(dangerous);
    }
  });

  it('lists lower-case extensions without dots and a label for each type', () => {
    for (const t of Object.values(ATTACHMENT_TYPES)) {
      expect(t.label).not.toBe('');
      for (const ext of t.extensions) expect(ext).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('is frozen so no caller can widen it by accident', () => {
    expect(Object.isFrozen(DEFAULT_ATTACHMENT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ATTACHMENT_POLICY.allowed)).toBe(true);
    expect(Object.isFrozen(ATTACHMENT_TYPES.pdf.extensions)).toBe(true);
  });

  it('describes the accepted types in one line', () => {
    const line = describeAllowed({
      ...DEFAULT_ATTACHMENT_POLICY,
      allowed: [ATTACHMENT_TYPES.pdf, ATTACHMENT_TYPES.png],
    });
    expect(line).toBe('PDF, PNG');
  });
});
