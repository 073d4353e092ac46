/**
 * The benchmark suite: seeds a database per size, starts the real server and the floor on it,
 * drives each scenario over HTTP on loopback with a bounded load, and writes the figures —
 * throughput, p50/p99 latency, ours / floor — into docs/performance.md.
 *
 *   npm run bench                                   # SQLite, 10k and 100k tickets
 *   npm run bench -- --sizes 10000,100000,1000000   # add the million
 *   npm run bench -- --database postgres://postgres@127.0.0.1:5432/bench
 *   npm run bench -- --sizes 1000000 --reuse        # keep data/bench-1000000.db if it is there
 *
 * The server under test is the build `npm start` runs (dist/server/main.js), built first.
 * SQLite databases are data/bench-<size>.db, one per size; PostgreSQL has one database, so
 * `--reuse` there takes one size and trusts that the database holds it. Each size's figures
 * are kept in bench/results/<database>.json (a run replaces the sizes it ran) and written to
 * docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { arg, numberArg } from './lib/args.js';
import { BENCH_SECRET } from './lib/constants.js';
import { recordResults, type SizeResult } from './lib/report.js';
import { runScenarios } from './lib/scenarios.js';
import { startProcess } from './lib/servers.js';

const ROOT = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const database = arg('database', path.join(ROOT, 'data/bench.db'));
  const reuse = process.argv.includes('--reuse');
  const connections = numberArg('connections', 10);
  const seconds = numberArg('seconds', 5);
  const units = numberArg('units', 600);
  const dialect = database.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
  if (reuse && dialect === 'PostgreSQL' && sizes.length !== 1)
    throw new Error('--reuse on PostgreSQL takes one size: its one database holds one size at a time');
  // The commit the server is built from, taken before building (commits made while the suite
  // runs do not change what it measures).
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  process.stdout.write('building the server (npm run build:server)\n');
  execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const sized = dialect === 'SQLite' ? database.replace(/(\.db)?$/, `-${size}.db`) : database;
    const reused = reuse && (dialect === 'PostgreSQL' || existsSync(sized));
    if (reused) {
      process.stdout.write(`\n== ${dialect}, ${size} tickets: reusing the database as it is\n`);
    } else {
      process.stdout.write(`\n== ${dialect}, ${size} tickets: seeding\n`);
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/seed.ts',
          '--tickets',
          String(size),
          '--units',
          String(units),
          '--database',
          sized,
        ],
        { cwd: ROOT, stdio: 'inherit' },
      );
    }
    if (dialect === 'SQLite') readThrough(sized);
    const env = {
      DATABASE_URL: sized,
      PORT: '0',
      HOST: '127.0.0.1',
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: BENCH_SECRET,
      NODE_ENV: 'development',
      DATA_DIR: path.join(ROOT, 'data/bench-data'),
    };
    const ours = await startProcess('dist/server/main.js', env);
    const floor = await startProcess('bench/floor-server.ts', env);
    try {
      const scenarios = await runScenarios({ ours, floor, connections, seconds });
      results.push({ size, scenarios, peakRssMb: Math.max(...scenarios.map((s) => s.rssMb)), reused });
    } finally {
      await ours.stop();
      await floor.stop();
    }
  }
  const at = new Date().toISOString().slice(0, 16).replace('T', ' ');
  recordResults(
    path.join(ROOT, `bench/results/${dialect}.json`),
    path.join(ROOT, 'docs/performance.md'),
    dialect,
    { connections, seconds, units, commit, at },
    results,
  );
  process.stdout.write(`\nresults written to docs/performance.md (${dialect})\n`);
}

/**
 * Reads a SQLite database file once from start to end, so that neither side's first scenario
 * pays for pages the kernel dropped from its cache since the file was last used: a server
 * that runs keeps its database there.
 */
function readThrough(file: string): void {
  const chunk = Buffer.alloc(8 << 20);
  const fd = openSync(file, 'r');
  try {
    while (readSync(fd, chunk, 0, chunk.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
