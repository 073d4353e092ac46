/** Report periods in the unit's zone and the statistics reports state (nearest-rank percentiles). */
export {
  MAX_PERIOD_DAYS,
  localDateOf,
  monthPeriod,
  parsePeriod,
  periodInstants,
  shiftMonth,
} from './period.js';
export type { LocalPeriod, PeriodInstants, PeriodParse } from './period.js';
export { durationStats, nearestRank, percentage } from './percentile.js';
