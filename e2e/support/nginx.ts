import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './server.js';

export const NGINX = '/usr/sbin/nginx';

/** Debian's nginx is there (CI installs it); elsewhere the story is skipped with a message. */
export function nginxAvailable(): boolean {
  if (existsSync(NGINX)) return true;
  if (process.env.CI) throw new Error(`${NGINX} is missing: .ci/run installs Debian's nginx-light package`);
  console.warn(`reverse-proxy story skipped: ${NGINX} not found (apt-get install nginx-light)`);
  return false;
}

export type RunningProxy = { port: number; certificate: string; stop: () => Promise<void> };

/**
 * Runs the site file operators install (deploy/nginx-tanggap.conf) in a throwaway nginx on
 * loopback: its TLS server block with a fresh self-signed certificate for `hostName`, on
 * `port`, proxying to `upstreamPort`. The plain-http redirect block is left out (it would need
 * port 80).
 */
export async function startNginx(options: {
  hostName: string;
  port: number;
  upstreamPort: number;
}): Promise<RunningProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tanggap-nginx-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${options.hostName}`,
    ].concat(['-addext', `subjectAltName=DNS:${options.hostName}`, '-keyout', key, '-out', cert]),
    { stdio: 'ignore' },
  );
  const site = readFileSync(path.join(ROOT, 'deploy/nginx-tanggap.conf'), 'utf8');
  const tlsBlock = site.slice(site.lastIndexOf('server {'));
  const server = tlsBlock
    .replaceAll('helpdesk.lpse.example.go.id', options.hostName)
    .replace('listen 443 ssl;', `listen 127.0.0.1:${options.port} ssl;`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`)
    .replace('http://127.0.0.1:3000', `http://127.0.0.1:${options.upstreamPort}`);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, temp));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`,
      ),
      server,
      '}',
    ].join('\n'),
  );
  execFileSync(NGINX, ['-t', '-q', '-c', conf, '-p', dir], { stdio: 'pipe' });
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' });
  await waitForPort(options.port, () => readLog(dir));
  return {
    port: options.port,
    certificate: readFileSync(cert, 'utf8'),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  const log = path.join(dir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

async function waitForPort(port: number, log: () => string): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${port}: ${log()}`);
}
