import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { prepareDatabase } from './bootstrap.js';
import { ConfigError, isPostgresUrl, loadConfig } from './core/config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { createAttachmentStore } from './modules/attachments/attachment-store.js';
import { copyFilesToDatabase } from './modules/attachments/database-attachment-store.js';
import { generatePassword, hashPassword } from './modules/accounts/password.js';
import {
  findUserByEmail,
  insertUser,
  recordAccountEvent,
  replaceRoles,
} from './modules/accounts/users.repository.js';
import { requireUnit } from './modules/units/units.service.js';

const USAGE = `Usage:
  npm run cli -- migrate
  npm run cli -- backup [--to FILE]
      SQLite: an online, consistent copy of the database while the server runs (default
      $DATA_DIR/backups/tanggap-YYYYMMDD-HHMMSS.db). PostgreSQL: use pg_dump.
  npm run cli -- attachments-to-database
      Copies attachments and held mails kept as files under $DATA_DIR/attachments into the
      database (ATTACHMENT_STORAGE=database); what is already there is skipped.
  npm run cli -- create-admin --email EMAIL --name "NAME" [--unit UNIT_CODE]
      Creates an administrator (default: of the national unit, lkpp-ri, i.e. of the whole
      deployment) and prints a generated password once.`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const database = connect(config.databaseUrl);
      const done = await migrateToLatest(database.db);
      await database.close();
      process.stdout.write(done.length ? `Applied: ${done.join(', ')}\n` : 'Schema already up to date.\n');
      return 0;
    }
    case 'create-admin':
      return createAdmin(config, rest);
    case 'backup':
      return backup(config, rest);
    case 'attachments-to-database':
      return attachmentsToDatabase(config);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command ? 2 : 0;
  }
}

async function createAdmin(config: ReturnType<typeof loadConfig>, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string', default: 'lkpp-ri' },
    },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
    throw new ConfigError('--email: a valid email address is required');
  if (!values.name || values.name.trim().length < 2)
    throw new ConfigError("--name: the administrator's name is required");
  const { database } = await prepareDatabase({ ...config, nodeEnv: 'production' });
  try {
    const now = new Date();
    await requireUnit(database.db, values.unit ?? 'lkpp-ri');
    if (await findUserByEmail(database.db, values.email))
      throw new ConfigError(`--email: ${values.email} already has an account`);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await database.db.transaction().execute(async (trx) => {
      const user = await insertUser(
        trx,
        {
          email: values.email!,
          name: values.name!.trim(),
          phone: null,
          user_type: null,
          organization: null,
          spse_user_id: null,
          password_hash: passwordHash,
          availability: null,
        },
        now,
      );
      await replaceRoles(trx, user.id, [{ unitCode: values.unit ?? 'lkpp-ri', role: 'admin' }], null, now);
      await recordAccountEvent(
        trx,
        { actorId: null, userId: user.id, type: 'admin_created_by_cli', data: { unitCode: values.unit } },
        now,
      );
    });
    process.stdout.write(
      `Administrator ${values.email} created on ${values.unit}.\nPassword (shown once, change it after signing in): ${password}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function attachmentsToDatabase(config: ReturnType<typeof loadConfig>): Promise<number> {
  const database = connect(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const report = await copyFilesToDatabase(
      database.db,
      createAttachmentStore(path.join(config.dataDir, 'attachments')),
    );
    process.stdout.write(
      `Copied ${report.copied} file(s) into the database; ${report.alreadyThere} already there.\n`,
    );
    for (const sha256 of report.missing)
      process.stdout.write(`Missing on disk and in the database: ${sha256}\n`);
    if (config.attachmentStorage !== 'database')
      process.stdout.write(
        'ATTACHMENT_STORAGE is not "database": the server still keeps new files on disk.\n',
      );
    return report.missing.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function backup(config: ReturnType<typeof loadConfig>, args: string[]): Promise<number> {
  if (isPostgresUrl(config.databaseUrl))
    throw new ConfigError('backup: the database is PostgreSQL; use pg_dump (see docs/operations.md)');
  const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const target = path.resolve(values.to ?? path.join(config.dataDir, 'backups', `tanggap-${stamp}.db`));
  mkdirSync(path.dirname(target), { recursive: true });
  const sqlite = new SQLite(config.databaseUrl, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(target);
  } finally {
    sqlite.close();
  }
  process.stdout.write(`Backup written to ${target}\n`);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`tanggap: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
