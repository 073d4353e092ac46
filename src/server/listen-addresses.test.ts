import { describe, expect, it } from 'vitest';
import { formatListenBanner, listenUrls } from './listen-addresses.js';

const interfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  eth0: [
    { address: '192.168.10.5', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
    { address: 'fd00::5', family: 'IPv6', internal: false },
  ],
  wlan0: [{ address: '10.20.0.7', family: 'IPv4', internal: false }],
} as unknown as Parameters<typeof listenUrls>[2];

describe('the start banner', () => {
  it('lists this machine and every LAN address when listening on all interfaces', () => {
    expect(listenUrls('0.0.0.0', 3000, interfaces)).toEqual([
      'http://localhost:3000',
      'http://192.168.10.5:3000',
      'http://10.20.0.7:3000',
    ]);
    expect(listenUrls('::', 3000, interfaces)).toContain('http://[fd00::5]:3000');
    expect(listenUrls('::', 3000, interfaces)).not.toContain('http://[fe80::1]:3000');
  });

  it('names only the one address when HOST is set', () => {
    expect(listenUrls('127.0.0.1', 8080, interfaces)).toEqual(['http://127.0.0.1:8080']);
    expect(listenUrls('192.168.10.5', 8080, interfaces)).toEqual(['http://192.168.10.5:8080']);
  });

  it('says where links in mail will point', () => {
    const banner = formatListenBanner(
      ['http://localhost:3000', 'http://192.168.10.5:3000'],
      'http://helpdesk.lpse.local:3000',
      'sqlite',
    );
    expect(banner).toContain('serving on http://localhost:3000 (database: sqlite)');
    expect(banner).toContain('also reachable on this network at: http://192.168.10.5:3000');
    expect(banner).toContain(
      'PUBLIC_URL (links in mail, secure cookies when https): http://helpdesk.lpse.local:3000',
    );
  });
});
