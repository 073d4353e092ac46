import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ScenarioResult } from './scenarios.js';

/** `reused`: the database was not seeded for this run but kept from an earlier one (`--reuse`). */
export type SizeResult = { size: number; scenarios: ScenarioResult[]; peakRssMb: number; reused: boolean };

export type RunFacts = { connections: number; seconds: number; units: number; commit: string; at: string };

/** What one size's run left: kept per database in bench/results/<database>.json. */
type StoredSize = SizeResult & { run: RunFacts };

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Stores this run's sizes beside the earlier runs' other sizes (a run of one size replaces
 * only that size), then rewrites this database's section of docs/performance.md from them.
 */
export function recordResults(
  store: string,
  doc: string,
  dialect: string,
  run: RunFacts,
  sizes: readonly SizeResult[],
): void {
  const kept: StoredSize[] = existsSync(store)
    ? (JSON.parse(readFileSync(store, 'utf8')) as StoredSize[])
    : [];
  const merged = [
    ...kept.filter((k) => !sizes.some((s) => s.size === k.size)),
    ...sizes.map((s) => ({ ...s, run })),
  ].sort((a, b) => a.size - b.size);
  writeFileSync(store, `${JSON.stringify(merged, null, 1)}\n`);
  writeSection(doc, dialect, merged);
}

function writeSection(file: string, dialect: string, sizes: readonly StoredSize[]): void {
  const start = `<!-- bench:${dialect}:start -->`;
  const end = `<!-- bench:${dialect}:end -->`;
  const lines = [
    start,
    `### ${dialect}`,
    '',
    'Throughput in requests a second; latency in ms; **ratio = ours / floor throughput** in the same run. *Alone*: ours again with one connection (a single user, nobody queued ahead), for the reads.',
    '',
    ...sizes.map(
      (s) =>
        `- ${fmt(s.size)} tickets: run of ${s.run.at} UTC on commit ${s.run.commit}${s.reused ? ' (database kept from an earlier run)' : ''}, ${s.run.connections} connections, ${s.run.seconds} s per scenario and side, ${s.run.units + 1} LPSE units (Payakumbuh holds 10 % of the tickets, and at least 700 open ones); peak server RSS ${s.peakRssMb} MB.`,
    ),
    '',
    '| tickets | scenario | ours req/s | ours p50 | ours p99 | alone p99 | floor req/s | floor p99 | ratio | non-2xx |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...sizes.flatMap((s) =>
      s.scenarios.map(
        (r) =>
          `| ${fmt(s.size)} | ${r.name}${r.note ? ` (${r.note})` : ''} | ${fmt(r.ours.rps)} | ${r.ours.p50} | ${r.ours.p99} | ${r.alone ? r.alone.p99 : '–'} | ${fmt(r.floor.rps)} | ${r.floor.p99} | ${(r.ours.rps / Math.max(1, r.floor.rps)).toFixed(2)} | ${r.ours.non2xx + r.ours.errors} |`,
      ),
    ),
    end,
  ];
  let doc = readFileSync(file, 'utf8');
  const section = lines.join('\n');
  doc = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, doc);
}
