import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { load } from './lib/load.js';
import { BENCH_PASSWORD, BENCH_SECRET, HOME_UNIT } from './lib/constants.js';
const out = openSync('/tmp/prof/server.log', 'w');
const child = spawn(process.execPath, ['--max-semi-space-size=8', 'dist/server/main.js'], { env: { ...process.env, DATABASE_URL: '/work/main/data/bench-10000.db', PORT: '3999', HOST: '127.0.0.1', RATE_LIMITS: 'off', LOG_LEVEL: 'warn', SESSION_SECRET: BENCH_SECRET, NODE_ENV: 'development', DATA_DIR: '/work/main/data/bench-data' }, stdio: ['ignore', out, out] });
await new Promise((r) => setTimeout(r, 4000));
const url = 'http://127.0.0.1:3999';
const signIn = async (email: string) => (await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_PASSWORD }) })).headers.get('set-cookie')!.split(';')[0]!;
const vendor = await signIn('vendor0@bench.test');
const helpdesk = await signIn('helpdesk@demo.test');
const created: string[] = [];
const body = JSON.stringify({ unitCode: HOME_UNIT, channel: 'portal', type: 'permasalahan', categoryCode: 'tender-nontender', application: 'SPSE', subject: 'Bench: gagal unggah dokumen penawaran', description: 'Saat mengunggah dokumen penawaran paket 10023456 muncul pesan galat. Mohon bantuan.' });
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  const c = await load(url, { method: 'POST', path: '/api/tickets', headers: { cookie: vendor }, body, onResponse: (s, t) => { if (s === 201) created.push((JSON.parse(t) as { ticket: { code: string } }).ticket.code); } }, { connections: 10, seconds: 4 });
  let n = 0;
  const r = await load(url, { method: 'POST', path: '/api/tickets/X/replies', headers: { cookie: helpdesk }, body: JSON.stringify({ body: 'Terima kasih, sedang kami periksa.' }), setupRequest: (req) => ({ ...req, path: `/api/tickets/${created[n++ % created.length]}/replies` }) }, { connections: 10, seconds: 4 });
  console.log('create', c.rps, c.non2xx, c.failures, 'reply', r.rps, r.non2xx, r.failures);
}
child.kill('SIGTERM');
