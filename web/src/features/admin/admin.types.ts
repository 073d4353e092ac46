import type { Role, User } from '../auth/auth.types';

/** A staff account as the administration API shows it. */
export type StaffMember = User & { isActive: boolean; spseUserId: string | null; locale: 'id' | 'en' };

export type RoleGrant = { unitCode: string; role: Role };

export type DayHours = { open: string; close: string; breaks: { start: string; end: string }[] };

/** Hours per ISO weekday, "1" = Monday … "7" = Sunday; null = closed all day. */
export type WeekHours = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', DayHours | null>;

export type HoursOverride = { from: string; to: string; hours: 'closed' | WeekHours; reason: string };

export type CalendarSettings = {
  timeZone: string;
  week: WeekHours;
  overrides: HoursOverride[];
  updatedAt: string;
};

export const HOLIDAY_TYPES = ['national_holiday', 'cuti_bersama', 'local'] as const;
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

export type Holiday = { date: string; type: HolidayType; name: string; source: string; confirmed: boolean };

/** A unit's complaint mailbox read over IMAP (`PUT /api/units/{unit}/mailbox`); the password stays in the server's environment. */
export type MailboxSettings = {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  passwordEnv: string;
  folder: string;
  address?: string;
  defaultKind: 'complaint' | 'question';
  importSince?: string;
  senderLimitPerHour: number;
  enabled: boolean;
};

/** `GET /api/units/{unit}/mailbox`: the settings, where they came from, and how the import goes. */
export type MailboxState = {
  mailbox: MailboxSettings | null;
  source: 'file' | 'api' | null;
  updatedAt: string | null;
  address: string | null;
  passwordSet: boolean;
  passwordEnvPrefix: string;
  import: {
    folder: string;
    lastRunAt: string | null;
    lastError: string | null;
    lastUid: number;
    uidValidity: string | null;
  } | null;
};
