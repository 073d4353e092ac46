import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/u/lpse-kota-payakumbuh?x=1')).toBe('/u/lpse-kota-payakumbuh?x=1');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'falls back for %s',
    (next) => {
      expect(safeNextPath(next)).toBe('/akun');
    },
  );

  it('round-trips through the sign-in link', () => {
    const url = new URL(signInPath('/u/a?b=c'), 'https://tanggap.example');
    expect(safeNextPath(url.searchParams.get('next'))).toBe('/u/a?b=c');
  });
});
