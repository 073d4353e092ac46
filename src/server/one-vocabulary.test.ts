import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANNELS, KINDS, STATUSES } from '../domain/tickets/vocabulary.js';

/**
 * One vocabulary: only src/domain compares a status, channel or kind word; the server and the
 * web ask the domain's predicates (statuses.ts, channels.ts, kinds.ts). ESLint says the same
 * (eslint.config.js); this walks the files themselves, so it holds even where lint is skipped.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const WORDS = [...STATUSES, ...CHANNELS, ...KINDS].join('|');
const SUBJECT = String.raw`[\w$.?]*\b(?:status|channel|kind|originChannel|origin_channel)`;
const COMPARISON = new RegExp(
  String.raw`${SUBJECT}\s*[!=]==?\s*'(?:${WORDS})'|'(?:${WORDS})'\s*[!=]==?\s*${SUBJECT}\b`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `file:line: text` of every literal comparison of a lifecycle word in these files. */
function literalComparisons(files: readonly string[], read = (f: string) => readFileSync(f, 'utf8')) {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) =>
        COMPARISON.test(line) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('one vocabulary', () => {
  it('no status, channel or kind word is compared outside src/domain', () => {
    const files = [...sourceFiles(path.join(root, 'src/server')), ...sourceFiles(path.join(root, 'web/src'))];
    expect(files.length).toBeGreaterThan(100);
    expect(literalComparisons(files)).toEqual([]);
  });

  it('finds such a comparison in either order, and leaves other words alone', () => {
    const lines: Record<string, string> = {
      'a.ts': "if (ticket.status === 'resolved') close();",
      'b.tsx': "{'phone' !== row.channel ? null : <Call />}",
      'c.ts': "const isComplaint = kind == 'complaint';",
      'd.ts':
        "if (gate.kind === 'locked') wait(); if (o.hours === 'closed') rest(); if (res.status === 404) miss();",
    };
    expect(literalComparisons(Object.keys(lines), (f) => lines[f] ?? '')).toEqual([
      "a.ts:1: if (ticket.status === 'resolved') close();",
      "b.tsx:1: {'phone' !== row.channel ? null : <Call />}",
      "c.ts:1: const isComplaint = kind == 'complaint';",
    ]);
  });
});
