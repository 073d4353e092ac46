/**
 * IANA time zones through `Intl`, so that a unit's wall clock never depends on the
 * server's own time zone (process TZ). Indonesian zones (WIB `Asia/Jakarta` +07,
 * WITA `Asia/Makassar` +08, WIT `Asia/Jayapura` +09) have no daylight saving time, but
 * nothing here assumes a fixed offset.
 */
import { MS_PER_DAY, MS_PER_MINUTE, pad } from './local-date.js';

export type TimeZone = {
  /** Canonical IANA name, e.g. "Asia/Jakarta". */
  readonly name: string;
  /** Local time minus UTC, in milliseconds, at an instant (+07:00 → 25_200_000). */
  offsetMsAt(epochMs: number): number;
  /**
   * The instant at which the wall clock shows `minute` minutes after midnight of the local
   * day `dayNumber` (minute 1440 is the next midnight). Wall-clock times that do not exist
   * (a DST gap) are pushed forward by the gap; times that occur twice take the earlier
   * instant — the "compatible" rule of Temporal.
   */
  epochMsOfLocal(dayNumber: number, minute: number): number;
};

const MS_PER_HOUR = 3_600_000;
/** About eleven years of hours per zone; the map starts afresh when full. */
const MAX_REMEMBERED_HOURS = 100_000;

const OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The canonical IANA name of a time zone, or null when `Intl` does not know it. */
export function canonicalTimeZone(name: string): string | null {
  if (name.trim() === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const zones = new Map<string, TimeZone>();

/**
 * A time zone by IANA name; throws a RangeError naming the zone when it is unknown. Zones are
 * made once per name and shared: building one costs an `Intl` formatter, and its remembered
 * offsets then serve every caller.
 */
export function createTimeZone(name: string): TimeZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = buildTimeZone(name);
    zones.set(name, zone);
  }
  return zone;
}

function buildTimeZone(name: string): TimeZone {
  const canonical = canonicalTimeZone(name);
  if (canonical === null) throw new RangeError(`Unknown time zone: "${name}"`);
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: canonical,
    timeZoneName: 'longOffset',
  });
  const parsed = new Map<string, number>();
  const byHour = new Map<number, number>();

  function formattedOffset(epochMs: number): number {
    const label = formatter.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
    let offset = parsed.get(label);
    if (offset === undefined) {
      offset = parseOffsetLabel(label);
      parsed.set(label, offset);
    }
    return offset;
  }

  // Asking Intl is slow and SLA figures ask often. An offset changes in steps, never twice
  // within an hour, so an hour whose first and last millisecond share an offset has it
  // throughout and is remembered; an hour holding a transition is asked about each time.
  function offsetMsAt(epochMs: number): number {
    const hour = Math.floor(epochMs / MS_PER_HOUR);
    const known = byHour.get(hour);
    if (known !== undefined) return known;
    const first = formattedOffset(hour * MS_PER_HOUR);
    if (first !== formattedOffset(hour * MS_PER_HOUR + MS_PER_HOUR - 1)) return formattedOffset(epochMs);
    if (byHour.size >= MAX_REMEMBERED_HOURS) byHour.clear();
    byHour.set(hour, first);
    return first;
  }

  function epochMsOfLocal(dayNumber: number, minute: number): number {
    const wallAsUtc = dayNumber * MS_PER_DAY + minute * MS_PER_MINUTE;
    // The real instant lies within ±14 h of wallAsUtc, so these two offsets bracket it.
    const before = offsetMsAt(wallAsUtc - MS_PER_DAY);
    const after = offsetMsAt(wallAsUtc + MS_PER_DAY);
    if (before === after) return wallAsUtc - before;
    const candidates = [wallAsUtc - before, wallAsUtc - after]
      .filter((instant) => offsetMsAt(instant) === wallAsUtc - instant)
      .sort((a, b) => a - b);
    // No candidate: the wall time falls in a gap; shift forward by the gap.
    return candidates[0] ?? wallAsUtc - before;
  }

  return { name: canonical, offsetMsAt, epochMsOfLocal };
}

function parseOffsetLabel(label: string): number {
  const match = OFFSET.exec(label);
  if (match === null) throw new RangeError(`Unexpected time zone offset label: "${label}"`);
  if (match[1] === undefined) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return sign * seconds * 1000;
}

/**
 * ISO 8601 with the zone's offset at that instant, e.g. "2026-03-16T14:30:00+07:00".
 * Milliseconds are shown only when not zero.
 */
export function formatInstant(zone: TimeZone, epochMs: number): string {
  let formatted = formattedByZone.get(zone);
  if (!formatted) {
    formatted = new Map();
    formattedByZone.set(zone, formatted);
  }
  let text = formatted.get(epochMs);
  if (text === undefined) {
    text = formatUncached(zone, epochMs);
    if (formatted.size >= MAX_FORMATTED_PER_ZONE) formatted.clear();
    formatted.set(epochMs, text);
  }
  return text;
}

// A queue shows its tickets' due times on every refresh: each instant's text is remembered per
// zone (shared by every unit's calendar in it, so hundreds of units stay within a few MB), and
// a page costs map lookups rather than an offset and eleven padded numbers per instant.
const formattedByZone = new WeakMap<TimeZone, Map<number, string>>();
const MAX_FORMATTED_PER_ZONE = 10_000;

function formatUncached(zone: TimeZone, epochMs: number): string {
  const offsetMs = zone.offsetMsAt(epochMs);
  const local = new Date(epochMs + offsetMs);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const millis = local.getUTCMilliseconds();
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${millis === 0 ? '' : `.${pad(millis, 3)}`}${formatOffset(offsetMs)}`;
}

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalMinutes = Math.floor(Math.abs(offsetMs) / MS_PER_MINUTE);
  return `${sign}${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`;
}
