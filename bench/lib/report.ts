import { readFileSync, writeFileSync } from 'node:fs';
import type { ScenarioResult } from './scenarios.js';

export type SizeResult = { size: number; scenarios: ScenarioResult[]; peakRssMb: number };

const fmt = (n: number) => n.toLocaleString('en-US');

/** Replaces this database's section of docs/performance.md with the new figures. */
export function writeResults(file: string, dialect: string, params: { connections: number; seconds: number; units: number }, sizes: readonly SizeResult[]): void {
  const start = `<!-- bench:${dialect}:start -->`;
  const end = `<!-- bench:${dialect}:end -->`;
  const lines = [
    start,
    `### ${dialect} — run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${params.connections} connections, ${params.seconds} s per scenario and side, ${params.units + 1} LPSE units (Payakumbuh holds 10 % of the tickets). Throughput in requests a second; latency in ms; **ratio = ours / floor throughput** in the same run. *Alone*: ours again with one connection (a single user, nobody queued ahead), for the reads.`,
    '',
    '| tickets | scenario | ours req/s | ours p50 | ours p99 | alone p99 | floor req/s | floor p99 | ratio | non-2xx |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...sizes.flatMap((s) => s.scenarios.map((r) => `| ${fmt(s.size)} | ${r.name}${r.note ? ` (${r.note})` : ''} | ${fmt(r.ours.rps)} | ${r.ours.p50} | ${r.ours.p99} | ${r.alone ? r.alone.p99 : '–'} | ${fmt(r.floor.rps)} | ${r.floor.p99} | ${(r.ours.rps / Math.max(1, r.floor.rps)).toFixed(2)} | ${r.ours.non2xx + r.ours.errors} |`)),
    '',
    ...sizes.map((s) => `Peak server RSS at ${fmt(s.size)} tickets: ${s.peakRssMb} MB.`),
    end,
  ];
  let doc = readFileSync(file, 'utf8');
  const section = lines.join('\n');
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, doc);
}
