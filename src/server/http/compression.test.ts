import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

/** A built web app as `npm run build:web` leaves it: files with their .br and .gz beside them. */
function builtWebApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tanggap-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const files = {
    'index.html': `<!doctype html><html lang="id"><body>${'<p>Standar pelayanan</p>'.repeat(100)}</body></html>`,
    'assets/index-abc123.js': `console.log(${JSON.stringify('x'.repeat(4000))});`,
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), content);
    writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(content));
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(content));
  }
  return dir;
}

describe('compressed answers for phones on mobile data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { config: { webDistDir: builtWebApp() } });
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('serves a script in the encoding asked for, cached for a year, varying by encoding', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('console.log');

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toContain('console.log');

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
  });

  it('serves every page compressed and never cached', async () => {
    for (const url of ['/', '/lacak', '/tiket/baru']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toContain('Standar pelayanan');
    }
  });

  it('compresses a large JSON answer and leaves a small one plain', async () => {
    const standard = await get('/api/units/lpse-kota-payakumbuh/standard', 'gzip');
    expect(standard.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(standard.rawPayload).toString()) as { unit: unknown };
    expect(body).toHaveProperty('unit');
    expect(standard.rawPayload.length).toBeLessThan(gunzipSync(standard.rawPayload).length / 2);

    const health = await get('/healthz', 'gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok' });
  });
});
