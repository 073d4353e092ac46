import type { AppContext } from '../../context/app-context.js';
import { listMailboxes } from './mailbox.repository.js';
import { pendingMailCount } from '../mail/outbox.repository.js';

export type SetupLine = Readonly<{ msg: string; [key: string]: unknown }>;

/**
 * What the start-up log says about mail: whether mail leaves (SMTP_URL) or waits in the
 * outbox, and for each unit mailbox whether its password variable is set. Never a secret.
 */
export async function describeMailSetup(ctx: AppContext): Promise<SetupLine[]> {
  const lines: SetupLine[] = [];
  const pending = await pendingMailCount(ctx.db);
  if (ctx.config.smtpUrl) {
    const url = new URL(ctx.config.smtpUrl);
    lines.push({
      msg: `Mail: sent through ${url.protocol}//${url.host} as ${ctx.config.mailFrom.address} (${pending} waiting)`,
      smtpHost: url.host,
      pending,
    });
  } else {
    lines.push({
      msg: `Mail: SMTP_URL is not set, so mail is not sent: it waits in the outbox (${pending} waiting) until SMTP_URL is set and Tanggap restarts`,
      pending,
    });
  }
  for (const mailbox of await listMailboxes(ctx.db)) {
    const { settings } = mailbox;
    const state = !settings.enabled
      ? 'turned off'
      : ctx.config.mailboxSecrets[settings.passwordEnv]
        ? 'read every minute'
        : `not read: ${settings.passwordEnv} is not set`;
    lines.push({
      msg: `Mailbox of ${mailbox.unitCode}: ${settings.user} at ${settings.host}:${settings.port} folder ${settings.folder}, ${state}`,
      unit: mailbox.unitCode,
    });
  }
  return lines;
}
