import { can } from '../../../domain/accounts/capabilities.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import { defaultKindFor, isAnonymousByDefault, isPortalChannel } from '../../../domain/tickets/channels.js';
import { defaultTypeFor } from '../../../domain/tickets/kinds.js';
import { DomainError, type FieldError } from '../../../domain/errors.js';
import { localDateOf } from '../../../domain/reports/period.js';
import type { Party } from '../../../domain/tickets/parties.js';
import type { Channel, Kind, LkppMode, TicketType } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import { newId } from '../../core/ids.js';
import { findCategory } from '../categories/categories.repository.js';
import type { Db } from '../../db/connect.js';
import { unitProfile, type UnitRow } from '../units/units.repository.js';
import { requireUnit, unitRefOf } from '../units/units.service.js';
import { notifyTicketEvent } from '../mail/ticket-notifications.js';
import { slaWithColumns, type SlaView } from '../sla/ticket-sla.js';
import type { UserRow } from '../accounts/users.repository.js';
import { newTrackingPin, secretDigest } from './ticket-secrets.js';
import type { CreateTicketInput } from './tickets.schemas.js';
import {
  insertEvent,
  insertTicket,
  nextTicketSeq,
  recordCountChange,
  type NewEvent,
  type TicketRow,
} from './tickets.repository.js';

/** The fields each channel requires. Email tickets come from the mailbox importer only. */
function requiredFields(input: CreateTicketInput): FieldError[] {
  const missing = (field: string): FieldError => ({ field, code: 'required' });
  const r = input.reporter ?? {};
  switch (input.channel) {
    case 'portal':
      return [...(input.subject ? [] : [missing('subject')])];
    case 'phone':
      // Procedure 1b.2: the helpdesk asks the caller's identity and purpose.
      return [
        ...(r.name ? [] : [missing('reporter.name')]),
        ...(r.phone ? [] : [missing('reporter.phone')]),
        ...(input.purpose ? [] : [missing('purpose')]),
      ];
    case 'walk_in':
      // Procedure 1c.2: at least name, address and a telephone number.
      return [
        ...(r.name ? [] : [missing('reporter.name')]),
        ...(r.address ? [] : [missing('reporter.address')]),
        ...(r.phone ? [] : [missing('reporter.phone')]),
      ];
    case 'suggestion_box':
      return input.boxOpenedOn ? [] : [missing('boxOpenedOn')];
    case 'email':
      return [
        {
          field: 'channel',
          code: 'not_allowed',
          message: {
            id: 'Tiket email dibuat dari kotak surat unit, bukan melalui formulir.',
            en: 'Email tickets are created from the unit mailbox, not through the form.',
          },
        },
      ];
  }
}

function subjectFrom(description: string): string {
  const line = description.split('\n')[0]?.trim() ?? description;
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

export type CreatedTicket = { row: TicketRow; trackingPin: string | null; sla: SlaView };

/** Everything a new ticket needs once who reports it and on which channel is settled. */
export type OpenTicketSpec = Readonly<{
  unit: UnitRow;
  channel: Channel;
  kind: Kind;
  type: TicketType;
  categoryCode: string | null;
  subject: string;
  description: string;
  application?: string | null;
  errorCode?: string | null;
  tenderCode?: string | null;
  purpose?: string | null;
  earlierTicketCode?: string | null;
  boxOpenedOn?: string | null;
  reporter: Readonly<{
    userId: string | null;
    name: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    organization: string | null;
  }>;
  confidential: boolean;
  anonymous: boolean;
  /** The staff member who logged it for the reporter, if any. */
  loggedById: string | null;
  actorId: string | null;
  actorParty: Party;
  /** Reporters without an account get a PIN to follow the ticket. */
  withTrackingPin: boolean;
  /** Further rows written in the same transaction (the mail importer's message ids). */
  alsoWrite?: (trx: Db, row: TicketRow) => Promise<void>;
}>;

/**
 * Intake on every channel of the standard. A portal ticket takes the reporter from the
 * signed-in account; staff log telephone calls, walk-in visitors and suggestion-box slips.
 * Reporters without an account get a tracking PIN, shown once. `actor` and `user` are the
 * signed-in session's.
 */
export async function createTicket(
  ctx: AppContext,
  actor: Actor | null,
  user: UserRow | null,
  input: CreateTicketInput,
): Promise<CreatedTicket> {
  if (!actor || !user) throw new DomainError('unauthenticated');
  const unitCode = input.unitCode ?? actor.roles.find((g) => g.unitKind === 'lpse')?.unitCode;
  if (!unitCode) throw new DomainError('validation_failed', {}, [{ field: 'unitCode', code: 'required' }]);
  const unit = await requireUnit(ctx.db, unitCode);
  if (unit.kind !== 'lpse')
    throw new DomainError('validation_failed', {}, [
      {
        field: 'unitCode',
        code: 'not_an_lpse',
        message: { id: 'Tiket diajukan kepada unit LPSE.', en: 'Tickets are submitted to an LPSE unit.' },
      },
    ]);
  const missing = requiredFields(input);
  if (missing.length > 0) throw new DomainError('validation_failed', {}, missing);
  // Through the API only the portal is the reporter's own; any other channel is logged by
  // staff (mail to the unit's mailbox is opened by the importer, not through this route).
  const staffLogged = !isPortalChannel(input.channel);
  if (staffLogged && !can(actor, 'intake', unitRefOf(unit))) throw new DomainError('forbidden');
  if (input.categoryCode && !(await findCategory(ctx.db, unitCode, input.categoryCode))) {
    throw new DomainError('category_not_found', { categoryCode: input.categoryCode }, [
      { field: 'categoryCode', code: 'unknown' },
    ]);
  }
  const account = staffLogged ? null : user;
  const r = input.reporter ?? {};
  const kind = input.kind ?? defaultKindFor(input.channel);
  return openTicket(ctx, {
    unit,
    channel: input.channel,
    kind,
    type: input.type ?? defaultTypeFor(kind),
    categoryCode: input.categoryCode ?? null,
    subject: input.subject ?? subjectFrom(input.description),
    description: input.description,
    application: input.application ?? null,
    errorCode: input.errorCode ?? null,
    tenderCode: input.tenderCode ?? null,
    purpose: input.purpose ?? null,
    earlierTicketCode: input.earlierTicketCode?.toUpperCase() ?? null,
    boxOpenedOn: input.boxOpenedOn ?? null,
    reporter: {
      userId: account?.id ?? null,
      name: account?.name ?? r.name ?? null,
      address: r.address ?? null,
      phone: account?.phone ?? r.phone ?? null,
      email: account?.email ?? r.email ?? null,
      organization: account?.organization ?? r.organization ?? null,
    },
    confidential: input.confidential ?? false,
    anonymous: input.anonymous ?? isAnonymousByDefault(input.channel),
    loggedById: staffLogged ? actor.userId : null,
    actorId: actor.userId,
    actorParty: staffLogged ? 'helpdesk' : 'reporter',
    withTrackingPin: staffLogged,
  });
}

/** Numbers, stores and records a new ticket in one transaction: row, first event, SLA, notifications. */
export async function openTicket(ctx: AppContext, spec: OpenTicketSpec): Promise<CreatedTicket> {
  const now = ctx.clock.now();
  const unit = spec.unit;
  // Ticket numbers restart with the calendar year of the unit's own zone.
  const year = Number(localDateOf(unit.timezone, now.getTime()).slice(0, 4));
  const trackingPin = spec.withTrackingPin ? newTrackingPin() : null;
  // On PostgreSQL the number is taken in its own statement before the transaction: taken
  // inside, the counter's row would stay locked until the commit and every creation in the
  // unit would wait for the one before (a failed creation leaves a gap; codes are unique, not
  // gap-free). SQLite writes one transaction at a time anyway, and commits them in groups.
  const early = ctx.dialect === 'postgres' ? await nextTicketSeq(ctx.db, unit.code, year) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const seq = early ?? (await nextTicketSeq(trx, unit.code, year));
    const code = `${unit.ticket_prefix}-${year}-${String(seq).padStart(6, '0')}`;
    const row: TicketRow = {
      id: newId(now.getTime()),
      code,
      unit_code: unit.code,
      kind: spec.kind,
      type: spec.type,
      channel: spec.channel,
      origin_channel: spec.channel,
      tier: 'helpdesk',
      status: 'new',
      category_code: spec.categoryCode,
      subject: spec.subject,
      description: spec.description,
      application: spec.application ?? null,
      error_code: spec.errorCode ?? null,
      tender_code: spec.tenderCode ?? null,
      purpose: spec.purpose ?? null,
      earlier_ticket_code: spec.earlierTicketCode ?? null,
      box_opened_on: spec.boxOpenedOn ?? null,
      reporter_user_id: spec.reporter.userId,
      reporter_name: spec.reporter.name,
      reporter_address: spec.reporter.address,
      reporter_phone: spec.reporter.phone,
      reporter_email: spec.reporter.email,
      reporter_organization: spec.reporter.organization,
      confidential: spec.confidential ? 1 : 0,
      anonymous: spec.anonymous ? 1 : 0,
      logged_by_id: spec.loggedById,
      tracking_pin_hash: trackingPin
        ? secretDigest(ctx.config.sessionSecret, 'pin', code, trackingPin)
        : null,
      claim_token_hash: null,
      awaiting_claim: 0,
      assignee_id: null,
      lkpp_mode: (unitProfile(unit).lkppMode ?? 'hosted') satisfies LkppMode,
      reached_tier: 'helpdesk',
      lkpp_reference: null,
      resolved_tier: null,
      kepala_informed_at: null,
      coordination_noted_at: null,
      difficulty: null,
      first_opened_at: null,
      first_response_at: null,
      resolved_at: null,
      closed_at: null,
      version: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      extension_minutes: 0,
      extension_pending_minutes: null,
      due_at: null,
      at_risk_at: null,
      sla_notified: null,
    };
    const created: NewEvent = {
      ticket_id: row.id,
      unit_code: row.unit_code,
      version: 1,
      at: row.created_at,
      actor_id: spec.actorId,
      actor_party: spec.actorParty,
      type: 'created',
      reason: null,
      data_json: JSON.stringify({ status: row.status, tier: row.tier, channel: row.channel, kind: row.kind }),
    };
    // The history is the one event about to be written: the SLA columns go in with the row.
    const { sla, columns } = await slaWithColumns(trx, row, [created], now);
    Object.assign(row, columns);
    await insertTicket(trx, row);
    await insertEvent(trx, created, now.getTime());
    await spec.alsoWrite?.(trx, row);
    await notifyTicketEvent(
      trx,
      row,
      { type: 'created', version: 1, actorId: spec.actorId, trackingPin },
      now,
      ctx.config,
    );
    await recordCountChange(trx, null, row);
    return { row, trackingPin, sla };
  });
}
