import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

type Catalogue = { [key: string]: unknown };

const isObject = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf key path of a catalogue, with its value: `standard.contact.phone` → "Telepon". */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) {
      for (const [childPath, childValue] of leaves(value, path)) result.set(childPath, childValue);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

/** Human-readable problems between two catalogues; empty when they match. */
function compareCatalogues(catalogues: Record<string, Catalogue>): string[] {
  const problems: string[] = [];
  const flattened = Object.entries(catalogues).map(([name, catalogue]) => [name, leaves(catalogue)] as const);
  const allKeys = new Set(flattened.flatMap(([, entries]) => [...entries.keys()]));
  for (const key of [...allKeys].sort()) {
    for (const [name, entries] of flattened) {
      if (!entries.has(key)) problems.push(`${name}: missing "${key}"`);
      else {
        const value = entries.get(key);
        if (typeof value !== 'string') problems.push(`${name}: "${key}" is not a string`);
        else if (value.trim() === '') problems.push(`${name}: "${key}" is empty`);
      }
    }
    const variableSets = flattened
      .map(([, entries]) => entries.get(key))
      .filter((value): value is string => typeof value === 'string')
      .map((value) => placeholders(value).join(','));
    if (new Set(variableSets).size > 1)
      problems.push(`"${key}" uses different {{variables}} across languages`);
  }
  return problems;
}

describe('translation catalogues', () => {
  it('id.json and en.json have the same keys, all non-empty, with the same variables', () => {
    expect(compareCatalogues({ id, en })).toEqual([]);
  });

  it('reports a key present in one catalogue only, at any depth', () => {
    expect(compareCatalogues({ id: { a: { b: 'x', c: 'y' } }, en: { a: { b: 'x' } } })).toEqual([
      'en: missing "a.c"',
    ]);
    expect(compareCatalogues({ id: { a: 'x' }, en: { a: 'x', d: { e: 'z' } } })).toEqual([
      'id: missing "d.e"',
    ]);
  });

  it('reports empty values and non-string leaves', () => {
    expect(compareCatalogues({ id: { a: ' ' }, en: { a: 'x' } })).toEqual(['id: "a" is empty']);
    expect(compareCatalogues({ id: { a: 'x' }, en: { a: 3 } })).toEqual(['en: "a" is not a string']);
  });

  it('reports interpolation variables that differ', () => {
    expect(compareCatalogues({ id: { a: 'Halo {{name}}' }, en: { a: 'Hello {{nama}}' } })).toEqual([
      '"a" uses different {{variables}} across languages',
    ]);
  });
});
