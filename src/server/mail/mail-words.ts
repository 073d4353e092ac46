import type { Channel, Kind, Tier } from '../../domain/tickets/vocabulary.js';

export type MailLang = 'id' | 'en';

/** Picks the Indonesian or the English wording. */
export function say(lang: MailLang, id: string, en: string): string {
  return lang === 'en' ? en : id;
}

/** The desks' own names, the same in both languages (Kep. Kepala LKPP 26/2022 for LKPP's two). */
const TIER_NAMES = {
  helpdesk: 'Helpdesk',
  admin_ppe: 'Admin PPE',
  lkpp: 'Helpdesk Eproc LKPP',
  lkpp_teknis: 'Helpdesk Teknis LKPP',
} as const satisfies Record<Tier, string>;

export function tierName(tier: Tier): string {
  return TIER_NAMES[tier];
}

/** The mails' words for each kind and channel, Indonesian then English; a new value fails to compile until it has them. */
const KIND_NAMES = {
  question: ['pertanyaan', 'question'],
  complaint: ['pengaduan', 'complaint'],
} as const satisfies Record<Kind, readonly [string, string]>;

const CHANNEL_NAMES = {
  portal: ['Portal (LPSE Support)', 'Portal (LPSE Support)'],
  phone: ['Telepon', 'Telephone'],
  walk_in: ['Datang langsung', 'Walk-in'],
  email: ['Surel', 'Email'],
  suggestion_box: ['Kotak saran', 'Suggestion box'],
} as const satisfies Record<Channel, readonly [string, string]>;

export function kindName(kind: Kind, lang: MailLang): string {
  const [id, en] = KIND_NAMES[kind];
  return say(lang, id, en);
}

/** A channel's name; a value this build does not know reads as itself. */
export function channelName(channel: string, lang: MailLang): string {
  if (!(channel in CHANNEL_NAMES)) return channel;
  const [id, en] = CHANNEL_NAMES[channel as Channel];
  return say(lang, id, en);
}

type Formatters = { main: Intl.DateTimeFormat; zone: Intl.DateTimeFormat; byMinute: Map<number, string> };

const formatters = new Map<string, Formatters>();
const MAX_REMEMBERED_MINUTES = 2_000;

/** Building an `Intl.DateTimeFormat` costs far more than using one; they are kept per zone and language. */
function formattersFor(timeZone: string, lang: MailLang): Formatters {
  const key = `${timeZone} ${lang}`;
  let kept = formatters.get(key);
  if (!kept) {
    kept = {
      main: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
        timeZone,
        dateStyle: 'full',
        timeStyle: 'short',
      }),
      zone: new Intl.DateTimeFormat('id-ID', { timeZone, timeZoneName: 'short' }),
      byMinute: new Map(),
    };
    formatters.set(key, kept);
  }
  return kept;
}

/**
 * "Senin, 04 Mei 2026 pukul 15.00 WIB" in the unit's time zone. The text names the minute, so
 * it is remembered by minute: a creation's mails name the same instants, and tickets created
 * together the same minutes, while ICU takes tens of microseconds for each.
 */
export function formatInstant(iso: string, timeZone: string, lang: MailLang): string {
  const date = new Date(iso);
  const kept = formattersFor(timeZone, lang);
  const minute = Math.floor(date.getTime() / 60_000);
  let text = kept.byMinute.get(minute);
  if (text === undefined) {
    const name = kept.zone.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
    text = name ? `${kept.main.format(date)} ${name}` : kept.main.format(date);
    if (kept.byMinute.size >= MAX_REMEMBERED_MINUTES) kept.byMinute.clear();
    kept.byMinute.set(minute, text);
  }
  return text;
}

/** "3 jam 30 menit" / "3 h 30 min" of working time. */
export function formatMinutes(minutes: number, lang: MailLang): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  const hours = h > 0 ? say(lang, `${h} jam`, `${h} h`) : '';
  const mins = m > 0 || h === 0 ? say(lang, `${m} menit`, `${m} min`) : '';
  return [hours, mins].filter(Boolean).join(' ');
}
