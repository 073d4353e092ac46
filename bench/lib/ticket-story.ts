import type { WorkCalendar } from '../../src/domain/calendar/index.js';
import type { TicketEventsTable, TicketMessagesTable, TicketsTable } from '../../src/server/db/schema.js';
import { newId } from '../../src/server/core/ids.js';

type Pick = <T>(rnd: () => number, weighted: ReadonlyArray<readonly [T, number]>) => T;

export type StoryInput = Readonly<{
  rnd: () => number;
  now: Date;
  unitCode: string;
  prefixes: ReadonlyMap<string, string>;
  counters: Map<string, number>;
  categories: readonly string[];
  vendors: readonly string[];
  calendar: WorkCalendar;
  pick: Pick;
  /** A ticket of the last thirty days, still open (to fill a small unit's queue). */
  openRecent?: boolean;
}>;

const THREE_YEARS_MS = 3 * 365 * 86_400_000;
const HOUR = 3_600_000;

/**
 * One ticket with the history its final status implies: created, perhaps escalated once or
 * twice, perhaps a request for data and its answer, resolved, confirmed or auto-closed.
 */
export function ticketStory(input: StoryInput): {
  ticket: TicketsTable;
  events: TicketEventsTable[];
  messages: TicketMessagesTable[];
} {
  const { rnd, pick } = input;
  const created =
    input.now.getTime() -
    Math.floor(input.openRecent ? rnd() * 30 * 86_400_000 : rnd() ** 1.5 * THREE_YEARS_MS);
  const createdIso = new Date(created).toISOString();
  const year = new Date(created + 7 * HOUR).getUTCFullYear();
  const key = `${input.unitCode}|${year}`;
  const seq = (input.counters.get(key) ?? 0) + 1;
  input.counters.set(key, seq);
  const code = `${input.prefixes.get(input.unitCode)}-${year}-${String(seq).padStart(6, '0')}`;
  const id = newId(created);
  const channel = pick(rnd, [
    ['portal', 60],
    ['phone', 15],
    ['walk_in', 12],
    ['email', 8],
    ['suggestion_box', 5],
  ] as const);
  const kind = channel === 'suggestion_box' || channel === 'email' || rnd() < 0.08 ? 'complaint' : 'question';
  // Open tickets are young, as in a unit that keeps up: most of the last month's, a few of the
  // two before it, one in five hundred of older ones (forgotten). A queue by due time must then
  // find the open ones among years of closed ones, as it must in real use.
  const ageDays = (input.now.getTime() - created) / 86_400_000;
  const status = input.openRecent
    ? pick(rnd, [
        ['new', 20],
        ['in_progress', 40],
        ['waiting_reporter', 10],
      ] as const)
    : ageDays < 30
      ? pick(rnd, [
          ['new', 20],
          ['in_progress', 40],
          ['waiting_reporter', 10],
          ['resolved', 15],
          ['closed', 15],
        ] as const)
      : ageDays < 90
        ? pick(rnd, [
            ['closed', 96],
            ['resolved', 1],
            ['in_progress', 2],
            ['waiting_reporter', 1],
          ] as const)
        : pick(rnd, [
            ['closed', 998],
            ['in_progress', 1],
            ['waiting_reporter', 1],
          ] as const);
  const reach = pick(rnd, [
    ['helpdesk', 70],
    ['admin_ppe', 22],
    ['lkpp', 8],
  ] as const);
  const reporter =
    channel === 'portal' ? (input.vendors[Math.floor(rnd() * input.vendors.length)] ?? null) : null;
  const events: TicketEventsTable[] = [];
  const messages: TicketMessagesTable[] = [];
  let t = created;
  let tier: 'helpdesk' | 'admin_ppe' | 'lkpp' = 'helpdesk';
  const event = (
    type: string,
    party: string,
    st: string,
    data: Record<string, unknown> = {},
    reason: string | null = null,
  ) => {
    events.push({
      id: newId(t),
      ticket_id: id,
      unit_code: input.unitCode,
      version: events.length + 1,
      at: new Date(t).toISOString(),
      actor_id: null,
      actor_party: party,
      type,
      reason,
      data_json: JSON.stringify({ status: st, tier, ...data }),
    });
  };
  const message = (party: string, purpose: string, body: string, visibility = 'public') => {
    messages.push({
      id: newId(t),
      ticket_id: id,
      author_id: null,
      author_party: party,
      author_name: null,
      visibility,
      purpose,
      body,
      created_at: new Date(t).toISOString(),
    });
  };
  event('created', reporter ? 'reporter' : 'helpdesk', 'new', { channel, kind });
  let firstResponse: number | null = null;
  if (status !== 'new') {
    t += Math.floor(rnd() * 4 * HOUR);
    message('helpdesk', 'reply', 'Terima kasih, pertanyaan Anda sedang kami periksa.');
    firstResponse = t;
    event('replied', 'helpdesk', 'in_progress');
    for (const next of ['admin_ppe', 'lkpp'] as const) {
      if (reach === 'helpdesk' || (next === 'lkpp' && reach !== 'lkpp')) break;
      t += Math.floor(rnd() * 8 * HOUR);
      tier = next;
      event(
        'escalated',
        next === 'admin_ppe' ? 'helpdesk' : 'admin_ppe',
        'in_progress',
        { to: next },
        'Perlu penanganan tingkat berikutnya',
      );
    }
  }
  const wasWaiting = status === 'waiting_reporter' || (status !== 'new' && rnd() < 0.1);
  if (wasWaiting) {
    t += Math.floor(rnd() * 3 * HOUR);
    message(tier, 'info_request', 'Mohon kirimkan tangkapan layar pesan galat.');
    event('info_requested', tier, 'waiting_reporter');
    if (status !== 'waiting_reporter') {
      t += Math.floor(rnd() * 24 * HOUR);
      message('reporter', 'reporter_answer', 'Berikut tangkapan layarnya.');
      event('reporter_answered', 'reporter', 'in_progress');
    }
  }
  let resolvedAt: number | null = null;
  if (status === 'resolved' || status === 'closed') {
    t += Math.floor(rnd() * 20 * HOUR);
    resolvedAt = t;
    message(tier, 'resolution', 'Masalah telah diselesaikan. Silakan dicoba kembali.');
    event('resolved', tier, 'resolved');
  }
  let closedAt: number | null = null;
  let coordinated = false;
  if (kind === 'complaint' && (status === 'closed' || rnd() < 0.5)) {
    coordinated = true;
    message('kepala', 'coordination', 'Sudah dikoordinasikan dengan Kepala LPSE.', 'internal');
    event('coordinated', 'kepala', status === 'closed' ? 'resolved' : status);
  }
  if (status === 'closed') {
    t += Math.floor(rnd() * 48 * HOUR);
    closedAt = t;
    event(reporter ? 'confirmed' : 'auto_closed', reporter ? 'reporter' : 'system', 'closed');
  }
  const running = status === 'new' || status === 'in_progress';
  const due = input.calendar.addWorkingMinutes(created, 450);
  const ticket: TicketsTable = {
    id,
    code,
    unit_code: input.unitCode,
    kind,
    type: kind === 'complaint' ? 'usulan' : 'permasalahan',
    channel,
    origin_channel: channel,
    tier,
    status,
    category_code: input.categories[Math.floor(rnd() * input.categories.length)] ?? null,
    subject: `Kendala ${channel} nomor ${seq}: ${kind === 'complaint' ? 'pelayanan helpdesk' : 'unggah dokumen penawaran'}`,
    description:
      'Saat mengunggah dokumen penawaran muncul pesan galat. Mohon bantuan untuk pengecekan lebih lanjut.',
    application: 'SPSE',
    error_code: null,
    tender_code: rnd() < 0.4 ? String(10_000_000 + Math.floor(rnd() * 9_000_000)) : null,
    purpose: channel === 'phone' ? 'Menanyakan kendala aplikasi' : null,
    earlier_ticket_code: null,
    box_opened_on: channel === 'suggestion_box' ? createdIso.slice(0, 10) : null,
    reporter_user_id: reporter,
    reporter_name: 'Pelapor Bench',
    reporter_address: channel === 'walk_in' ? 'Jl. Veteran, Payakumbuh' : null,
    reporter_phone: '0812000000',
    reporter_email: reporter ? null : 'pelapor@bench.test',
    reporter_organization: 'CV Bench',
    confidential: 0,
    anonymous: channel === 'suggestion_box' ? 1 : 0,
    logged_by_id: null,
    tracking_pin_hash: null,
    claim_token_hash: null,
    awaiting_claim: 0,
    assignee_id: null,
    lkpp_mode: 'hosted',
    reached_tier: tier,
    lkpp_reference: null,
    resolved_tier: resolvedAt ? tier : null,
    kepala_informed_at: coordinated ? new Date(t).toISOString() : null,
    coordination_noted_at: coordinated ? new Date(t).toISOString() : null,
    difficulty: null,
    first_opened_at: status === 'new' ? null : new Date(created + HOUR).toISOString(),
    first_response_at: firstResponse ? new Date(firstResponse).toISOString() : null,
    resolved_at: resolvedAt ? new Date(resolvedAt).toISOString() : null,
    closed_at: closedAt ? new Date(closedAt).toISOString() : null,
    version: events.length,
    created_at: createdIso,
    updated_at: new Date(t).toISOString(),
    extension_minutes: 0,
    extension_pending_minutes: null,
    due_at: new Date(due).toISOString(),
    at_risk_at: running ? new Date(input.calendar.addWorkingMinutes(created, 337.5)).toISOString() : null,
    sla_notified: running ? 'breached' : null,
  };
  return { ticket, events, messages };
}
