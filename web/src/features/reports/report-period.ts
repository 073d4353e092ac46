/** Periods the dashboard asks for: a month, or a range of days, in the unit's own days. */
export type PeriodChoice = { kind: 'month'; month: string } | { kind: 'range'; from: string; to: string };

const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The month "YYYY-MM" it is now in a time zone. */
export function currentMonth(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** First and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]);
  if (index < 1 || index > 12) return null;
  const last = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return {
    from: `${match[1]}-${match[2]}-01`,
    to: `${match[1]}-${match[2]}-${String(last).padStart(2, '0')}`,
  };
}

/** The days a choice covers, or null while it is incomplete (a date not yet typed). */
export function periodOf(choice: PeriodChoice): { from: string; to: string } | null {
  if (choice.kind === 'month') return monthRange(choice.month);
  return DATE.test(choice.from) && DATE.test(choice.to) ? { from: choice.from, to: choice.to } : null;
}

/** The month whose trend and monthly files go with a choice: the month of its last day. */
export function monthOf(choice: PeriodChoice): string | null {
  if (choice.kind === 'month') return MONTH.test(choice.month) ? choice.month : null;
  return DATE.test(choice.to) ? choice.to.slice(0, 7) : null;
}
