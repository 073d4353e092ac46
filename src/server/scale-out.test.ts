import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../test-support/smtp-sink.js';

const BASE_URL = process.env.TEST_DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'scale-out-password';

type Instance = { url: string; child: ChildProcess; output: () => string };

async function startInstance(databaseUrl: string, queueSchema: string, smtpUrl: string): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      JOB_QUEUE_SCHEMA: queueSchema,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'tanggap-scale-')),
      SESSION_SECRET: 'scale-out-secret-scale-out-secret-0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', () => {
      const m = /serving on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => reject(new Error(`instance exited ${code}:\n${output}`)));
  });
  return { url, child, output: () => output };
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A request that may meet a dead instance: the answer, or null if the connection failed. */
async function attempt(
  url: string,
  cookie: string,
  body: object,
): Promise<{ status: number; json: { ticket?: { code: string } } } | null> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as { ticket?: { code: string } } };
  } catch {
    return null;
  }
}

const QUESTION = {
  unitCode: 'lpse-kota-payakumbuh',
  channel: 'portal',
  type: 'permasalahan',
  subject: 'Uji dua instans: unggah gagal',
  description: 'Pertanyaan yang dibuat bersamaan melalui dua instans.',
};

describe.skipIf(!BASE_URL)('two instances on one PostgreSQL', () => {
  const schema = `scale_${Date.now().toString(36)}`;
  const queueSchema = `${schema}_jobs`;
  let admin: pg.Client;
  let a: Instance;
  let b: Instance;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    admin = new pg.Client({ connectionString: BASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const url = `${BASE_URL}${BASE_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    // Both start at once on the new database: each migrates, loads the units and makes the
    // demo accounts, one after the other, and neither fails on what the other wrote.
    [a, b] = await Promise.all([
      startInstance(url, queueSchema, smtp.url),
      startInstance(url, queueSchema, smtp.url),
    ]);
  }, 120_000);
  afterAll(async () => {
    for (const i of [a, b]) if (i && i.child.exitCode === null) i.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.query(`drop schema if exists ${queueSchema} cascade`);
    await admin.end();
    await smtp.close();
  });

  it('lets a file attached through one instance be downloaded through the other (no shared volume)', async () => {
    // Each instance has a DATA_DIR of its own here, as on two machines: the file lives in the database.
    const vendorA = await signIn(a.url, 'penyedia@demo.test');
    const vendorB = await signIn(b.url, 'penyedia@demo.test');
    const created = await attempt(`${a.url}/api/tickets`, vendorA, QUESTION);
    const code = created?.json.ticket?.code ?? '';
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(1_500_000, 'x'),
      Buffer.from('\n%%EOF\n'),
    ]);
    const form = new FormData();
    form.append('files', new Blob([pdf], { type: 'application/pdf' }), 'bukti-penawaran.pdf');
    const upload = await fetch(`${a.url}/api/tickets/${code}/attachments`, {
      method: 'POST',
      headers: { cookie: vendorA, origin: a.url },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(201);
    const { attachments } = (await upload.json()) as { attachments: Array<{ id: string }> };
    const download = await fetch(`${b.url}/api/tickets/${code}/attachments/${attachments[0]?.id}`, {
      headers: { cookie: vendorB },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  }, 60_000);

  it('loses and duplicates nothing when one instance dies mid-run, and runs each job once', async () => {
    const vendorA = await signIn(a.url, 'penyedia@demo.test');
    const vendorB = await signIn(b.url, 'penyedia@demo.test');
    const helpdeskA = await signIn(a.url, 'helpdesk@demo.test');
    const helpdeskB = await signIn(b.url, 'helpdesk@demo.test');

    // Creation through both at once: every acknowledged ticket exists once, codes unique.
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(`${(i % 2 ? b : a).url}/api/tickets`, i % 2 ? vendorB : vendorA, QUESTION),
      ),
    );
    const codes = created.map((r) => r?.json.ticket?.code).filter((c): c is string => Boolean(c));
    expect(codes).toHaveLength(40);
    expect(new Set(codes).size).toBe(40);

    // Replies and escalations through both; instance B is killed in the middle.
    const work = codes.flatMap((code, i) => [
      {
        url: `${(i % 2 ? b : a).url}/api/tickets/${code}/replies`,
        cookie: i % 2 ? helpdeskB : helpdeskA,
        body: { body: `Balasan untuk ${code}` },
      },
      {
        url: `${(i % 2 ? a : b).url}/api/tickets/${code}/escalations`,
        cookie: i % 2 ? helpdeskA : helpdeskB,
        body: { to: 'admin_ppe', reason: 'Uji eskalasi bersamaan' },
      },
    ]);
    let killedAt: Date | undefined;
    const answers = await Promise.all(
      work.map(async (w, i) => {
        if (i === 30) {
          b.child.kill('SIGKILL');
          killedAt = (await admin.query<{ now: Date }>('select now()')).rows[0]?.now;
        }
        return attempt(w.url, w.cookie, w.body);
      }),
    );
    const acknowledged = answers.filter((r) => r && r.status === 200).length;
    expect(acknowledged).toBeGreaterThan(20);
    expect(b.child.signalCode === 'SIGKILL' || b.child.exitCode !== null).toBe(true);

    const q = async (text: string) => (await admin.query(text)).rows;
    // History: every ticket's versions run 1..n without gap or repeat, and the ticket row agrees.
    const gaps = await q(
      `select t.code from ${schema}.tickets t join ${schema}.ticket_events e on e.ticket_id = t.id group by t.code, t.version having count(*) <> t.version or max(e.version) <> t.version or count(distinct e.version) <> count(*)`,
    );
    expect(gaps).toEqual([]);
    // Every reply message has its event, and no reply was stored twice.
    const replies = await q(
      `select t.code, (select count(*) from ${schema}.ticket_messages m where m.ticket_id = t.id and m.purpose = 'reply')::int as messages, (select count(*) from ${schema}.ticket_events e where e.ticket_id = t.id and e.type = 'replied')::int as events from ${schema}.tickets t`,
    );
    for (const r of replies) {
      expect(r.messages).toBe(r.events);
      expect(r.messages).toBeLessThanOrEqual(1);
    }
    const doubled = await q(
      `select ticket_id, count(*) from ${schema}.ticket_events where type = 'escalated' group by ticket_id having count(*) > 1`,
    );
    expect(doubled).toEqual([]);

    // Jobs: A takes up the queue after B died (a run queued after the kill completes), and
    // no singleton run completed twice. Polled with a deadline: the outbox is offered every
    // 15 s and a loaded machine may take a while to work it.
    const completedSinceKill = async () =>
      (
        await admin.query<{ n: number }>(
          `select count(*)::int as n from ${queueSchema}.job where state = 'completed' and created_on > $1`,
          [killedAt],
        )
      ).rows[0]?.n ?? 0;
    const deadline = Date.now() + 75_000;
    while ((await completedSinceKill()) === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await completedSinceKill()).toBeGreaterThan(0);
    const runs = await q(
      `select name, singleton_on, count(*)::int as n from ${queueSchema}.job where state = 'completed' and singleton_key is not null group by name, singleton_on having count(*) > 1`,
    );
    expect(runs).toEqual([]);

    // Mail: A sends what both queued. Each mail reaches the SMTP server once (by Message-ID);
    // none is lost: every queued mail is sent, except one B held when it died, which waits for
    // its lease to run out and is then sent by A. Waits until A is not in the middle of
    // sending one either (a row of A's is 'sending' while its SMTP exchange lasts).
    const unsent = async () =>
      (
        await admin.query<{ n: number }>(
          `select count(*)::int as n from ${schema}.mail_outbox where status = 'pending' or (status = 'sending' and lease_owner not like $1)`,
          [`%:${b.child.pid}:%`],
        )
      ).rows[0]?.n ?? 0;
    while ((await unsent()) > 0 && Date.now() < deadline + 45_000)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    const outbox = await q(`select message_id, status, lease_owner from ${schema}.mail_outbox`);
    expect(outbox.length).toBeGreaterThan(40);
    const receivedIds = smtp.received.map((m) => m.parsed.messageId?.replace(/^<|>$/g, ''));
    expect(new Set(receivedIds).size).toBe(receivedIds.length);
    for (const row of outbox) {
      if (row.status === 'sending') expect(row.lease_owner).toContain(`:${b.child.pid}:`);
      else
        expect({
          id: row.message_id,
          status: row.status,
          received: receivedIds.includes(row.message_id),
        }).toEqual({ id: row.message_id, status: 'sent', received: true });
    }
    expect(a.child.exitCode).toBeNull();
  }, 180_000);
});
