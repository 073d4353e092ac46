import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `errorLines`: the server's error log lines so far (pino level 50 and above), to say why an answer was a 5xx. */
export type Server = {
  url: string;
  pid: number;
  rssMb: () => number;
  stop: () => Promise<void>;
  errorLines: () => string[];
};

/** The environment and Node options `npm run serve` (what `npm start` runs) gives the server, read from package.json. */
function serveSettings(): { env: Record<string, string>; flags: string[] } {
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = (scripts.serve ?? '').split(/\s+/);
  // `NAME=value` words set the environment; `--option` words are Node's options.
  const env = Object.fromEntries(
    words
      .filter((word) => /^[A-Z][A-Z0-9_]*=/.test(word))
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { env, flags: words.filter((word) => word.startsWith('--')) };
}

/**
 * Starts an entry point as a child process and waits for "… serving on URL": a TypeScript
 * file through tsx, or a built `.js` file with the environment and Node options `npm start`
 * gives it.
 */
export async function startProcess(entry: string, env: Record<string, string>): Promise<Server> {
  const serve = entry.endsWith('.ts') ? { env: {}, flags: ['--import', 'tsx'] } : serveSettings();
  const child = spawn(process.execPath, [...serve.flags, entry], {
    cwd: ROOT,
    env: { ...process.env, ...serve.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 120_000);
    child.stdout?.on('data', () => {
      const match = /serving on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  const errorLines = () => output.split('\n').filter((line) => /^\{"level":(5|6)\d/.test(line));
  return { url, pid: child.pid ?? 0, rssMb: () => rssMb(child), stop: () => stop(child), errorLines };
}

function rssMb(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
