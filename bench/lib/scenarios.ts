import { BENCH_PASSWORD, BENCH_PIN, HOME_UNIT, LONG_CONVERSATION_SUBJECT } from './constants.js';
import { load, type LoadRequest, type LoadResult } from './load.js';
import type { Server } from './servers.js';

/** `alone`: ours again with one connection, the latency of a single user when nobody queues ahead (reads only). */
export type ScenarioResult = {
  name: string;
  ours: LoadResult;
  floor: LoadResult;
  alone?: LoadResult;
  rssMb: number;
  note?: string;
};

type Setup = { ours: Server; floor: Server; connections: number; seconds: number };

async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Page = { tickets: Array<{ code: string; sla: { dueAt: string } }>; nextCursor: string | null };

const QUESTION = {
  unitCode: HOME_UNIT,
  channel: 'portal',
  type: 'permasalahan',
  categoryCode: 'tender-nontender',
  application: 'SPSE',
  subject: 'Bench: gagal unggah dokumen penawaran',
  description: 'Saat mengunggah dokumen penawaran paket 10023456 muncul pesan galat. Mohon bantuan.',
};

/** The eight scenarios of issue 8, read-only ones first so the writes do not change what they read. */
export async function runScenarios(setup: Setup): Promise<ScenarioResult[]> {
  const { ours, floor } = setup;
  const helpdesk = await signIn(ours.url, 'helpdesk@demo.test');
  const kepala = await signIn(ours.url, 'kepala@demo.test');
  const vendor = await signIn(ours.url, 'vendor0@bench.test');
  const results: ScenarioResult[] = [];
  let peak = ours.rssMb();
  const run = async (
    name: string,
    oursReq: LoadRequest,
    floorReq: LoadRequest,
    amount?: number,
    note?: string,
    connections = setup.connections,
  ) => {
    process.stdout.write(`  ${name} …`);
    const errorsBefore = ours.errorLines().length;
    const isRead = (oursReq.method ?? 'GET') === 'GET';
    // A read is first run unmeasured for a second on each side, so neither is measured while
    // V8 still compiles its code or the database pages are still cold. Writes are not: their
    // count matters (escalations are bounded to the tickets created).
    if (isRead) {
      await load(ours.url, oursReq, { connections, seconds: 1 });
      await load(floor.url, floorReq, { connections, seconds: 1 });
    }
    const o = await load(ours.url, oursReq, {
      connections,
      seconds: setup.seconds,
      ...(amount ? { amount } : {}),
    });
    peak = Math.max(peak, ours.rssMb());
    const f = await load(floor.url, floorReq, {
      connections,
      seconds: setup.seconds,
      ...(amount ? { amount } : {}),
    });
    // One request first: it waits behind whatever the loaded run left in flight, so the
    // single-connection figures start on an idle server.
    if (isRead)
      await (await fetch(`${ours.url}${oursReq.path}`, { headers: oursReq.headers ?? {} })).arrayBuffer();
    const alone = !isRead
      ? undefined
      : connections === 1
        ? o
        : await load(ours.url, oursReq, { connections: 1, seconds: Math.min(2, setup.seconds) });
    process.stdout.write(
      ` ours ${o.rps}/s p99 ${o.p99} ms (${o.non2xx} non-2xx)${alone ? `, alone p99 ${alone.p99} ms` : ''}, floor ${f.rps}/s p99 ${f.p99} ms\n`,
    );
    for (const failure of [...o.failures, ...f.failures.map((x) => `floor: ${x}`)])
      process.stdout.write(`    not 2xx: ${failure}\n`);
    for (const line of ours.errorLines().slice(errorsBefore, errorsBefore + 3))
      process.stdout.write(`    server: ${line.slice(0, 2000)}\n`);
    results.push({
      name,
      ours: o,
      floor: f,
      ...(alone ? { alone } : {}),
      rssMb: peak,
      ...(note ? { note } : {}),
    });
  };
  const staff = { cookie: helpdesk };
  // The console's queue as the helpdesk first sees it: the unit's open tickets, soonest due first.
  const queuePath = `/api/tickets?unitCode=${HOME_UNIT}&limit=25`;

  // 4. the staff queue, first page and a deep page (20 pages in), sorted by due time.
  await run(
    'queue, first page (25 open, by due time)',
    { path: queuePath, headers: staff },
    { path: '/floor/queue' },
  );
  let cursor: string | null = null;
  let lastDue = '';
  for (let i = 0; i < 20; i++) {
    const page: Page = await getJson<Page>(
      `${ours.url}${queuePath}${cursor ? `&cursor=${cursor}` : ''}`,
      helpdesk,
    );
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    lastDue = new Date(Date.parse(page.tickets.at(-1)?.sla.dueAt ?? '')).toISOString();
  }
  if (cursor)
    await run(
      'queue, deep page (after 20 pages)',
      { path: `${queuePath}&cursor=${cursor}`, headers: staff },
      { path: `/floor/queue?after=${encodeURIComponent(lastDue)}` },
    );

  // 5. public tracking by code and PIN.
  const walkIn =
    (await getJson<Page>(`${ours.url}/api/tickets?unitCode=${HOME_UNIT}&channel=walk_in&limit=1`, helpdesk))
      .tickets[0]?.code ?? '';
  await run(
    'public tracking by code and PIN',
    { path: `/api/track/${walkIn}?pin=${BENCH_PIN}` },
    { path: `/floor/ticket/${walkIn}` },
  );

  // 6. ticket detail with 50 messages (the seeded ticket of that subject: the unit's newest
  // ticket is the last run's creation).
  const long =
    (
      await getJson<Page>(
        `${ours.url}/api/tickets?unitCode=${HOME_UNIT}&sort=created&open=false&q=${encodeURIComponent(LONG_CONVERSATION_SUBJECT)}&limit=1`,
        helpdesk,
      )
    ).tickets[0]?.code ?? '';
  if (!long)
    throw new Error(
      `no ticket "${LONG_CONVERSATION_SUBJECT}" in ${HOME_UNIT}: seed the database again (npm run bench:seed)`,
    );
  await run(
    'ticket detail, 50 messages',
    { path: `/api/tickets/${long}`, headers: staff },
    { path: `/floor/detail/${long}` },
  );

  // 7. the monthly report of one unit: the CSV of its tickets under the suite's load; the
  // workbook and the PDF, which add the month's figures and twelve months' trend, as the Kepala
  // asks for them, one at a time (ten at once raise the server's RSS by 40-80 MB, as
  // docs/performance.md says). The floor of each reads the raw rows any of them must touch.
  const reportFloor = { path: '/floor/report?from=2026-09-30T17:00:00.000Z&to=2026-10-31T17:00:00.000Z' };
  for (const [format, label] of [
    ['csv', 'CSV'],
    ['xlsx', 'Excel'],
    ['pdf', 'PDF'],
  ] as const) {
    const reportPath = `/api/units/${HOME_UNIT}/reports/monthly?month=2026-10&format=${format}`;
    const probe = await fetch(`${ours.url}${reportPath}`, { headers: { cookie: kepala } });
    await probe.arrayBuffer();
    if (!probe.ok) continue;
    if (format === 'csv')
      await run(
        `monthly report, one unit (${label})`,
        { path: reportPath, headers: { cookie: kepala } },
        reportFloor,
      );
    else
      await run(
        `monthly report, one unit (${label})`,
        { path: reportPath, headers: { cookie: kepala } },
        reportFloor,
        undefined,
        'one connection',
        1,
      );
  }

  // 8. text search in the unit's tickets.
  await run(
    'text search',
    { path: `/api/tickets?unitCode=${HOME_UNIT}&q=unggah&limit=25`, headers: staff },
    { path: '/floor/search?q=unggah' },
  );

  // 1. create a ticket on the portal; the codes feed the next two scenarios.
  const created: string[] = [];
  const body = JSON.stringify(QUESTION);
  await run(
    'create a ticket (portal)',
    {
      method: 'POST',
      path: '/api/tickets',
      headers: { cookie: vendor },
      body,
      onResponse: (status, text) => {
        if (status === 201) created.push((JSON.parse(text) as { ticket: { code: string } }).ticket.code);
      },
    },
    { method: 'POST', path: '/floor/create', body },
  );

  // 2. replies, spread over the new tickets.
  let n = 0;
  const reply = JSON.stringify({ body: 'Terima kasih, sedang kami periksa.' });
  await run(
    'reply',
    {
      method: 'POST',
      path: '/api/tickets/X/replies',
      headers: staff,
      body: reply,
      setupRequest: (req) => ({ ...req, path: `/api/tickets/${created[n++ % created.length]}/replies` }),
    },
    { method: 'POST', path: '/floor/reply', body: reply },
  );

  // 3. escalations to Admin PPE, each new ticket once.
  let e = 0;
  const escalate = JSON.stringify({ to: 'admin_ppe', reason: 'Perlu pengecekan Admin PPE' });
  await run(
    'escalate',
    {
      method: 'POST',
      path: '/api/tickets/X/escalations',
      headers: staff,
      body: escalate,
      setupRequest: (req) => ({ ...req, path: `/api/tickets/${created[e++ % created.length]}/escalations` }),
    },
    { method: 'POST', path: '/floor/escalate', body: escalate },
    created.length,
    `bounded to the ${created.length} tickets created above`,
  );
  return results;
}
