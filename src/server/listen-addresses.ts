import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

function urlFor(address: string, port: number): string {
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * The addresses the server can really be reached at, for the start banner: on every interface
 * (`HOST=0.0.0.0`, the default) this machine itself and each of its network addresses, so the
 * IT officer can tell colleagues which one to open; otherwise the one address it listens on.
 */
export function listenUrls(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  if (!ANY_ADDRESS.has(host)) return [urlFor(host === 'localhost' ? 'localhost' : host, port)];
  const external = Object.values(interfaces)
    .flat()
    .filter((i): i is NetworkInterfaceInfo => i !== undefined && !i.internal)
    // IPv6 addresses only when listening on `::`; link-local ones need a zone and are skipped.
    .filter((i) => i.family === 'IPv4' || (host === '::' && !i.address.startsWith('fe80')))
    .map((i) => urlFor(i.address, port));
  return [urlFor('localhost', port), ...new Set(external)];
}

/** The start banner: where to open the app, and the public address links are built from. */
export function formatListenBanner(urls: readonly string[], publicUrl: string, database: string): string {
  const [first, ...others] = urls;
  const lines = [`\nTanggap is serving on ${first} (database: ${database})`];
  if (others.length > 0) lines.push(`  also reachable on this network at: ${others.join('  ')}`);
  lines.push(`  PUBLIC_URL (links in mail, secure cookies when https): ${publicUrl}`);
  return lines.join('\n') + '\n';
}
