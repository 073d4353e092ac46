import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

/** What a raw client received before the server closed the connection (or `limitMs` passed). */
type Outcome = { received: string; closedByServer: boolean; afterMs: number };

/**
 * Opens a loopback connection, writes `chunks` and then nothing more, and waits for the server
 * to answer and close. Stops by itself after `limitMs` whatever happens.
 */
function slowClient(port: number, chunks: readonly string[], limitMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ port, host: '127.0.0.1' });
    let received = '';
    const finish = (closedByServer: boolean) => {
      clearTimeout(limit);
      socket.destroy();
      resolve({ received, closedByServer, afterMs: Date.now() - started });
    };
    const limit = setTimeout(() => finish(false), limitMs);
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('close', () => finish(true));
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

describe('slow clients', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp('sqlite', {
      config: { requestTimeoutMs: 400, headersTimeoutMs: 300, keepAliveTimeoutMs: 300 },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a body not finished in time gets 408 and the connection closes', async () => {
    const outcome = await slowClient(
      port,
      [
        'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 200\r\n\r\n{"email": "helpdesk@demo.test", ',
      ],
      5_000,
    );
    expect(outcome.closedByServer).toBe(true);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome.afterMs).toBeGreaterThanOrEqual(350);
  });

  it('headers not finished in time get 408 and the connection closes', async () => {
    const outcome = await slowClient(port, ['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '], 5_000);
    expect(outcome.closedByServer).toBe(true);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
    const outcome = await slowClient(port, ['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'], 5_000);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(outcome.received).toMatch(/keep-alive: timeout=\d+/i);
    expect(outcome.closedByServer).toBe(true);
  });

  it('a request sent in time is answered as usual', async () => {
    const body = JSON.stringify({ email: 'nobody@demo.test', password: 'wrong-password' });
    const outcome = await slowClient(
      port,
      [
        `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      ],
      5_000,
    );
    expect(outcome.received).toMatch(/^HTTP\/1\.1 401 /);
  });
});

describe('the timeouts configured', () => {
  it('default to 30 s for a request, 20 s for headers and 72 s keep-alive, and can be set', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tanggap-timeouts-'));
    const defaults = loadConfig({ DATA_DIR: dataDir });
    expect(defaults).toMatchObject({
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 20_000,
      keepAliveTimeoutMs: 72_000,
    });
    const set = loadConfig({ DATA_DIR: dataDir, REQUEST_TIMEOUT_SECONDS: '120' });
    expect(set.requestTimeoutMs).toBe(120_000);
    expect(() => loadConfig({ DATA_DIR: dataDir, REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(
      /REQUEST_TIMEOUT_SECONDS/,
    );
  });
});
