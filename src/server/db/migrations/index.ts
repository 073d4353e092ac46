import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-27T1000_foundation.js';
import * as tickets from './2026-11-27T1400_tickets.js';
import * as calendar from './2026-11-27T1500_calendar.js';
import * as slaNotifications from './2026-11-27T1600_sla_notifications.js';
import * as surveyReports from './2026-11-27T1830_survey_reports.js';
import * as mail from './2026-11-27T1900_mail.js';
import * as rateLimits from './2026-11-27T1950_rate_limits.js';
import * as queueIndex from './2026-11-27T2100_queue_index.js';
import * as ticketCounts from './2026-11-27T2200_ticket_counts.js';
import * as openQueueIndex from './2026-11-28T0300_open_queue_index.js';
import * as attachmentBlobs from './2026-11-28T0700_attachment_blobs.js';
import * as eventUnits from './2026-11-28T0900_event_units.js';
import * as dropTicketsIdUnit from './2026-11-28T1000_drop_tickets_id_unit.js';
import * as coveringAndPartialIndexes from './2026-11-28T1400_covering_and_partial_indexes.js';
import * as outboxThreads from './2026-11-28T1500_outbox_threads.js';
import * as reachedTier from './2026-12-07T1800_reached_tier.js';

/**
 * Every migration, imported explicitly (Kysely's FileMigrationProvider cannot import `.ts`
 * under Vitest on Node 20). Names sort in the order they must run.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-27T1000_foundation': foundation,
  '2026-11-27T1400_tickets': tickets,
  '2026-11-27T1500_calendar': calendar,
  '2026-11-27T1600_sla_notifications': slaNotifications,
  '2026-11-27T1830_survey_reports': surveyReports,
  '2026-11-27T1900_mail': mail,
  '2026-11-27T1950_rate_limits': rateLimits,
  '2026-11-27T2100_queue_index': queueIndex,
  '2026-11-27T2200_ticket_counts': ticketCounts,
  '2026-11-28T0300_open_queue_index': openQueueIndex,
  '2026-11-28T0700_attachment_blobs': attachmentBlobs,
  '2026-11-28T0900_event_units': eventUnits,
  '2026-11-28T1000_drop_tickets_id_unit': dropTicketsIdUnit,
  '2026-11-28T1400_covering_and_partial_indexes': coveringAndPartialIndexes,
  '2026-11-28T1500_outbox_threads': outboxThreads,
  '2026-12-07T1800_reached_tier': reachedTier,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
