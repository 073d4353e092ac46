import { describe, expect, it } from 'vitest';
import { deferredPart, publicPart } from './deferred-namespaces';
import en from './en.json';
import id from './id.json';

describe('deferred translation namespaces', () => {
  const catalogue = {
    app: { name: 'Tanggap' },
    console: { navLink: 'Konsol', queue: { title: 'Antrean' } },
    admin: { title: 'Administrasi' },
  };

  it('keeps staff text out of the public part, except the keys public pages show', () => {
    expect(publicPart(catalogue)).toEqual({ app: { name: 'Tanggap' }, console: { navLink: 'Konsol' } });
  });

  it('puts the staff namespaces, whole, in the deferred part', () => {
    expect(deferredPart(catalogue)).toEqual({ console: catalogue.console, admin: catalogue.admin });
  });

  it('loses no key of the real catalogues between the two parts', () => {
    for (const full of [id, en] as Record<string, unknown>[]) {
      expect({ ...publicPart(full), ...deferredPart(full) }).toEqual(full);
    }
  });
});
