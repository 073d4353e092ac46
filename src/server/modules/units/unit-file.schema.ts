import { z } from 'zod';
import { UNIT_KINDS } from '../../../domain/accounts/roles.js';
import { emailAddressOrEmpty, singleLine } from '../../http/text-fields.js';
import { UnitCalendarFileSchema } from './calendar-settings.schema.js';
import { MailboxSettingsSchema, passwordEnvPrefix } from './mailbox-settings.schema.js';

const ChannelSchema = z.enum(['portal', 'phone', 'walk_in', 'email', 'suggestion_box']);

/** The six public components of a service standard (PermenPANRB 15/2014), in one language. */
export const StandardTextSchema = z.strictObject({
  title: z.string().min(1),
  decreeNumber: z.string(),
  requirements: z.array(z.string().min(1)).min(1),
  procedure: z.strictObject({
    intro: z.string(),
    channels: z
      .array(
        z.strictObject({
          channel: ChannelSchema,
          title: z.string().min(1),
          steps: z.array(z.string().min(1)).min(1),
        }),
      )
      .min(1),
    escalation: z.string(),
  }),
  completionTime: z.strictObject({ value: z.string().min(1), note: z.string() }),
  fee: z.string().min(1),
  products: z.array(z.string().min(1)).min(1),
  complaintHandling: z.strictObject({
    submissionTitle: z.string(),
    channels: z
      .array(
        z.strictObject({ channel: ChannelSchema, label: z.string().min(1), contact: z.string().optional() }),
      )
      .min(1),
    handling: z.string().min(1),
  }),
});
export type StandardText = z.infer<typeof StandardTextSchema>;

export const CategorySchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
});

/** A unit's file under config/units/: who it is, how to reach it, what it publishes. */
export const UnitFileSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9-]{2,64}$/, 'lowercase letters, digits and hyphens'),
    name: singleLine(1, 200),
    kind: z.enum(UNIT_KINDS),
    parentCode: z.string().optional(),
    ticketPrefix: z.string().regex(/^[A-Z0-9]{2,8}$/, '2–8 capital letters or digits'),
    timezone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
    organization: singleLine(0, 300),
    office: singleLine(0, 200).optional(),
    address: singleLine(0, 500),
    phone: singleLine(0, 100),
    letterheadPhone: singleLine(0, 100).optional(),
    email: emailAddressOrEmpty(),
    website: singleLine(0, 300),
    lkppMode: z.enum(['hosted', 'external']).optional(),
    categories: z.array(CategorySchema).default([]),
    standard: z.strictObject({ id: StandardTextSchema, en: StandardTextSchema }).optional(),
    /** Completion targets when the unit sets its own (defaults: domain/sla/targets.ts). */
    sla: z
      .strictObject({
        workingDayMinutes: z.number().int().min(60).max(1440).optional(),
        targets: z
          .strictObject({
            ringan: z.number().int().min(1).max(60),
            sedang: z.number().int().min(1).max(60),
            berat: z.number().int().min(1).max(60),
          })
          .partial()
          .optional(),
        firstResponseMinutes: z.number().int().min(15).max(4800).optional(),
        atRiskShare: z.number().gt(0).max(1).optional(),
        autoCloseWorkingDays: z.number().int().min(1).max(60).optional(),
      })
      .optional(),
    /** Office hours `{ week?, overrides? }` seeding the unit's working calendar when it has none. */
    calendar: UnitCalendarFileSchema.optional(),
    /** The complaint mailbox read over IMAP (no password: the name of the variable holding it). */
    mailbox: MailboxSettingsSchema.optional(),
  })
  .superRefine((unit, check) => {
    const prefix = passwordEnvPrefix(unit.ticketPrefix);
    if (unit.mailbox && !unit.mailbox.passwordEnv.startsWith(prefix)) {
      check.addIssue({
        code: 'custom',
        path: ['mailbox', 'passwordEnv'],
        message: `must start with ${prefix}`,
      });
    }
  });
export type UnitFile = z.infer<typeof UnitFileSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
