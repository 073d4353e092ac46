/**
 * Due-time benchmark for the working calendar: 100,000 tickets created at varied instants
 * over 2026, targets 450/1350/2250 working minutes, Payakumbuh's default hours (Perpres
 * 21/2023) and the 2026 holidays. A floor loop does plain date arithmetic on the same
 * inputs (add the minutes, read local Y-M-D h:m through UTC getters at a fixed +07:00).
 * Prints the best of 5 rounds of each and the ratio ours/floor.
 *
 *   npx tsx bench/calendar.bench.ts
 */
import holidays2026 from '../config/holidays/2026.json' with { type: 'json' };
import {
  createWorkCalendar,
  DEFAULT_WEEK_HOURS,
  parseHolidays,
  type WorkCalendar,
} from '../src/domain/calendar/index.js';

const TICKETS = 100_000;
const ROUNDS = 5;
const TARGETS = [450, 1350, 2250];
const WIB_OFFSET_MS = 7 * 3_600_000;
const YEAR_START = Date.UTC(2026, 0, 1) - WIB_OFFSET_MS;
const YEAR_MS = 365 * 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function makeInputs(): { created: Float64Array; minutes: Int32Array } {
  const next = random(2026);
  const created = new Float64Array(TICKETS);
  const minutes = new Int32Array(TICKETS);
  for (let i = 0; i < TICKETS; i += 1) {
    created[i] = YEAR_START + Math.floor(next() * YEAR_MS);
    minutes[i] = TARGETS[i % TARGETS.length] ?? 450;
  }
  return { created, minutes };
}

function ours(calendar: WorkCalendar, created: Float64Array, minutes: Int32Array): number {
  let checksum = 0;
  for (let i = 0; i < TICKETS; i += 1) {
    checksum += calendar.addWorkingMinutes(created[i] ?? 0, minutes[i] ?? 0) % 1_000_003;
  }
  return checksum;
}

function floor(created: Float64Array, minutes: Int32Array): number {
  let checksum = 0;
  for (let i = 0; i < TICKETS; i += 1) {
    const local = new Date((created[i] ?? 0) + (minutes[i] ?? 0) * 60_000 + WIB_OFFSET_MS);
    checksum +=
      local.getUTCFullYear() +
      local.getUTCMonth() +
      local.getUTCDate() +
      local.getUTCHours() +
      local.getUTCMinutes();
  }
  return checksum;
}

function bestOf(run: () => number): { bestMs: number; firstMs: number; checksum: number } {
  let bestMs = Number.POSITIVE_INFINITY;
  let firstMs = 0;
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    checksum = run();
    const elapsed = performance.now() - started;
    if (round === 0) firstMs = elapsed;
    bestMs = Math.min(bestMs, elapsed);
  }
  return { bestMs, firstMs, checksum };
}

function main(): void {
  const parsed = parseHolidays(holidays2026);
  if (!parsed.ok) throw new Error('config/holidays/2026.json is invalid');
  const calendar = createWorkCalendar({
    timeZone: 'Asia/Jakarta',
    week: DEFAULT_WEEK_HOURS,
    overrides: [],
    holidays: parsed.value,
  });
  const { created, minutes } = makeInputs();
  const ourResult = bestOf(() => ours(calendar, created, minutes));
  const floorResult = bestOf(() => floor(created, minutes));
  const perTicketUs = (ms: number): string => ((ms * 1000) / TICKETS).toFixed(3);
  console.log(`calendar due times, ${TICKETS} tickets, best of ${ROUNDS} rounds`);
  console.log(
    `  ours : ${ourResult.bestMs.toFixed(1)} ms (${perTicketUs(ourResult.bestMs)} µs/ticket; first, cold cache: ${ourResult.firstMs.toFixed(1)} ms)`,
  );
  console.log(`  floor: ${floorResult.bestMs.toFixed(1)} ms (${perTicketUs(floorResult.bestMs)} µs/ticket)`);
  console.log(`  ratio ours/floor: ${(ourResult.bestMs / floorResult.bestMs).toFixed(2)}`);
  console.log(`  checksums: ${ourResult.checksum} / ${floorResult.checksum}`);
}

main();
