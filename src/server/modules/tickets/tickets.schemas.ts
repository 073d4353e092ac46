import { z } from 'zod';
import { DIFFICULTIES } from '../../../domain/sla/index.js';
import { ACTIONS } from '../../../domain/tickets/lifecycle.js';
import {
  APPLICATIONS,
  CHANNELS,
  KINDS,
  LKPP_MODES,
  STATUSES,
  TIERS,
  TYPES,
} from '../../../domain/tickets/vocabulary.js';
import { emailAddress, multiLine, singleLine } from '../../http/text-fields.js';
import { Phone } from '../auth/auth.schemas.js';
import { SlaView } from '../sla/ticket-sla.js';

export const ReporterInput = z.strictObject({
  name: singleLine(2, 120).optional(),
  address: singleLine(3, 300).optional(),
  phone: Phone.optional(),
  email: emailAddress().optional(),
  organization: singleLine(2, 200).optional(),
});

export const CreateTicketBody = z.strictObject({
  unitCode: singleLine(1, 64).optional(),
  kind: z.enum(KINDS).optional(),
  channel: z.enum(CHANNELS),
  type: z.enum(TYPES).optional(),
  categoryCode: singleLine(1, 64).optional(),
  subject: singleLine(5, 200).optional(),
  description: multiLine(10, 10_000),
  application: z.enum(APPLICATIONS).optional(),
  errorCode: singleLine(1, 100).optional(),
  tenderCode: singleLine(1, 100).optional(),
  purpose: singleLine(3, 300).optional(),
  earlierTicketCode: singleLine(5, 40).optional(),
  boxOpenedOn: z.iso.date().optional(),
  reporter: ReporterInput.optional(),
  confidential: z.boolean().optional(),
  anonymous: z.boolean().optional(),
});
export type CreateTicketInput = z.infer<typeof CreateTicketBody>;

export const CodeParams = z.object({ code: singleLine(5, 40) });
const Version = z.number().int().min(1).optional();

export const ReplyBody = z.strictObject({
  body: multiLine(1, 10_000),
  internal: z.boolean().default(false),
  fromReporter: z.boolean().default(false),
  pin: z.string().max(20).optional(),
  version: Version,
});
export const EscalateBody = z.strictObject({
  to: z.enum(TIERS),
  reason: multiLine(5, 2000),
  version: Version,
});
export const ReturnBody = z.strictObject({ answer: multiLine(5, 10_000), version: Version });
export const VersionOnlyBody = z.strictObject({ version: Version });
export const ClaimBody = z.strictObject({ token: z.string().min(10).max(200) });
export const InfoRequestBody = z.strictObject({ question: multiLine(5, 5000), version: Version });
export const ResolutionBody = z.strictObject({ answer: multiLine(5, 10_000), version: Version });
export const ConfirmationBody = z.strictObject({
  solved: z.boolean(),
  comment: multiLine(1, 2000).optional(),
  pin: z.string().max(20).optional(),
  version: Version,
});
export const DifficultyBody = z.strictObject({
  difficulty: z.enum(DIFFICULTIES),
  reason: multiLine(5, 2000),
  version: Version,
});
export const ExtensionRequestBody = z.strictObject({
  workingDays: z.number().int().min(1).max(60),
  reason: multiLine(5, 2000),
  version: Version,
});
export const ExtensionDecisionBody = z.strictObject({
  approve: z.boolean(),
  note: multiLine(3, 2000),
  version: Version,
});
export const CloseBody = z.strictObject({ reason: multiLine(5, 2000), version: Version });
export const CoordinationBody = z.strictObject({ note: multiLine(5, 5000), version: Version });
export const LkppReferenceBody = z.strictObject({ reference: singleLine(3, 100), version: Version });
export const AssignmentBody = z.strictObject({
  assigneeId: z.string().min(1).max(64).nullable(),
  version: Version,
});

const Person = z.object({ id: z.string(), name: z.string() });

export const TicketView = z.object({
  code: z.string(),
  unitCode: z.string(),
  kind: z.enum(KINDS),
  type: z.enum(TYPES),
  channel: z.enum(CHANNELS),
  originChannel: z.enum(CHANNELS),
  tier: z.enum(TIERS),
  status: z.enum(STATUSES),
  categoryCode: z.string().nullable(),
  subject: z.string(),
  description: z.string(),
  application: z.string().nullable(),
  errorCode: z.string().nullable(),
  tenderCode: z.string().nullable(),
  purpose: z.string().nullable(),
  earlierTicketCode: z.string().nullable(),
  boxOpenedOn: z.string().nullable(),
  reporter: z.object({
    name: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    organization: z.string().nullable(),
    hasAccount: z.boolean(),
    masked: z.boolean(),
  }),
  confidential: z.boolean(),
  anonymous: z.boolean(),
  assignee: Person.nullable(),
  lkppMode: z.enum(LKPP_MODES),
  lkppReference: z.string().nullable(),
  difficulty: z.string().nullable(),
  coordination: z
    .object({ kepalaInformedAt: z.string().nullable(), notedAt: z.string().nullable() })
    .nullable(),
  awaitingClaim: z.boolean(),
  isUnopened: z.boolean(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(ACTIONS)),
  /** The tier `escalate` takes it to, when allowed (the next desk of its chain). */
  escalateTo: z.enum(TIERS).nullable(),
  /** The tier `return` hands it back to, when allowed. */
  returnTo: z.enum(TIERS).nullable(),
  /** Held at a desk of the national unit (Helpdesk Eproc or Teknis LKPP). */
  atNationalDesk: z.boolean(),
  sla: SlaView,
  extensionPendingMinutes: z.number().nullable(),
  trackingPin: z.string().optional(),
});
export type TicketView = z.infer<typeof TicketView>;

/**
 * A ticket as a list shows it (the staff queue, "Tiket saya", a search): what a row of the list
 * says, and no more. The description, the reporter's contact details and the actions come with
 * the ticket itself (`GET /api/tickets/{code}`), so a page of 25 stays small whatever the
 * tickets hold, and contact data is not sent where nobody reads it.
 */
export const TicketListItem = TicketView.pick({
  code: true,
  unitCode: true,
  kind: true,
  type: true,
  channel: true,
  tier: true,
  status: true,
  categoryCode: true,
  subject: true,
  confidential: true,
  anonymous: true,
  assignee: true,
  lkppMode: true,
  difficulty: true,
  coordination: true,
  awaitingClaim: true,
  isUnopened: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  sla: true,
  extensionPendingMinutes: true,
}).extend({
  reporter: z.object({
    name: z.string().nullable(),
    organization: z.string().nullable(),
    hasAccount: z.boolean(),
    hidden: z
      .boolean()
      .describe('An anonymous report the viewer may not identify: name and organization are null'),
  }),
});
export type TicketListItem = z.infer<typeof TicketListItem>;

export const MessageView = z.object({
  id: z.string(),
  authorName: z.string().nullable(),
  authorParty: z.string(),
  visibility: z.enum(['public', 'internal']),
  purpose: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const EventView = z.object({
  version: z.number().int(),
  at: z.string(),
  actor: Person.nullable(),
  party: z.string(),
  type: z.string(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const AttachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  visibility: z.enum(['public', 'internal']),
  createdAt: z.string(),
});

export const TicketDetail = z.object({
  ticket: TicketView,
  messages: z.array(MessageView),
  attachments: z.array(AttachmentView),
  history: z.array(EventView),
});
export const TicketResponse = z.object({ ticket: TicketView });
