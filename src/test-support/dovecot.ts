import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DOVECOT = '/usr/sbin/dovecot';
const DOVEADM = '/usr/bin/doveadm';
/** Debian's mail user: a Maildir must belong to it, not to root. */
const MAIL_UID = 65534;

/**
 * Mail import tests need Debian's Dovecot (`dovecot-imapd`). Without it they are skipped with a
 * message, except in CI (CI=true), where its absence fails the run.
 */
export function dovecotAvailable(): boolean {
  if (existsSync(DOVECOT)) return true;
  if (process.env.CI)
    throw new Error(`${DOVECOT} is missing: .ci/run installs Debian's dovecot-imapd package`);
  console.warn(`mailbox import tests skipped: ${DOVECOT} not found (apt-get install dovecot-imapd)`);
  return false;
}

export type Dovecot = Readonly<{
  host: string;
  port: number;
  user: string;
  password: string;
  /** Drops a raw message into the user's INBOX (Maildir `new/`), as a delivery agent would. */
  deliver: (raw: string | Buffer) => void;
  stop: () => Promise<void>;
}>;

/**
 * A real IMAP server on loopback for one test file: Dovecot with its own config, runtime and
 * Maildir under a temporary folder, a free port, plain-text login for one passwd-file user.
 * `stop()` shuts it down and removes the folder.
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tanggap-dovecot-'));
  chmodSync(dir, 0o755); // the auth process (user dovecot) reads the passwd file here
  const port = await freePort();
  const user = 'helpdesk';
  const password = 'rahasia-imap';
  const isRoot = process.getuid?.() === 0;
  const uid = isRoot ? MAIL_UID : (process.getuid?.() ?? MAIL_UID);
  const gid = isRoot ? MAIL_UID : (process.getgid?.() ?? MAIL_UID);
  const maildir = path.join(dir, 'mail', user, 'Maildir');
  for (const sub of ['run', 'state']) mkdirSync(path.join(dir, sub));
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(path.join(maildir, sub), { recursive: true });
  for (const p of [
    path.join(dir, 'mail'),
    path.join(dir, 'mail', user),
    maildir,
    ...['new', 'cur', 'tmp'].map((s) => path.join(maildir, s)),
  ])
    chownSync(p, uid, gid);
  writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const conf = path.join(dir, 'dovecot.conf');
  writeFileSync(conf, dovecotConfig(dir, port, uid, gid, isRoot));
  // Dovecot daemonises; its daemon must not hold on to our pipes, or we would wait for it.
  await new Promise<void>((resolve, reject) => {
    const child = spawn(DOVECOT, ['-c', conf], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}; see ${dir}/dovecot.log`)),
    );
  });
  await waitForPort(port);
  let delivered = 0;
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    deliver: (raw) => {
      delivered += 1;
      const name = `${Date.now()}.M${delivered}P${process.pid}.tanggap-test`;
      const tmp = path.join(maildir, 'tmp', name);
      writeFileSync(tmp, typeof raw === 'string' ? raw.replace(/\r?\n/g, '\r\n') : raw);
      chownSync(tmp, uid, gid);
      renameSync(tmp, path.join(maildir, 'new', name));
    },
    stop: async () => {
      await new Promise<void>((resolve) => execFile(DOVEADM, ['-c', conf, 'stop'], () => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function dovecotConfig(dir: string, port: number, uid: number, gid: number, isRoot: boolean): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = 1
${isRoot ? '' : `default_internal_user = ${process.env.USER ?? 'nobody'}\ndefault_login_user = ${process.env.USER ?? 'nobody'}\n`}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not open port ${port}`);
}
