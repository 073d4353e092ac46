/**
 * Service-level targets and the SLA clock of a ticket, computed from its history in the
 * unit's working time ("1 Hari, menyesuaikan dengan tingkat kesulitan permasalahan").
 */
export {
  DEFAULT_DIFFICULTY,
  DEFAULT_SLA_POLICY,
  DIFFICULTIES,
  assertSlaPolicy,
  isDifficulty,
  targetMinutes,
  targetMs,
  type Difficulty,
  type SlaPolicy,
} from './targets.js';
export { clockPhase, type ClockPhase, type SlaTimelineEntry } from './clock-intervals.js';
export {
  firstResponseDueAt,
  firstResponseOf,
  type FirstResponse,
  type FirstResponseState,
} from './first-response.js';
export { computeSla, type SlaInput, type SlaResult, type SlaState } from './sla-clock.js';
