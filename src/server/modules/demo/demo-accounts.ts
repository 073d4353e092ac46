import type { RoleGrant } from '../../../domain/accounts/roles.js';
import type { Db } from '../../db/connect.js';
import { generatePassword, hashPassword } from '../accounts/password.js';
import { countUsers, insertUser, recordAccountEvent, replaceRoles } from '../accounts/users.repository.js';

export const DEMO_UNIT = 'lpse-kota-payakumbuh';
export const NATIONAL_UNIT = 'lkpp-ri';

type DemoAccount = { email: string; name: string; roles: RoleGrant[]; what: string };

const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'helpdesk@demo.test',
    name: 'Rina Helpdesk',
    roles: [{ unitCode: DEMO_UNIT, role: 'helpdesk' }],
    what: 'Helpdesk LPSE Kota Payakumbuh',
  },
  {
    email: 'adminppe@demo.test',
    name: 'Budi Admin PPE',
    roles: [{ unitCode: DEMO_UNIT, role: 'admin_ppe' }],
    what: 'Admin PPE LPSE Kota Payakumbuh',
  },
  {
    email: 'kepala@demo.test',
    name: 'Hendra Kepala LPSE',
    roles: [{ unitCode: DEMO_UNIT, role: 'kepala' }],
    what: 'Kepala LPSE Kota Payakumbuh',
  },
  {
    email: 'admin@demo.test',
    name: 'Sari Administrator',
    roles: [
      { unitCode: DEMO_UNIT, role: 'admin' },
      { unitCode: NATIONAL_UNIT, role: 'admin' },
    ],
    what: 'Administrator (unit and deployment)',
  },
  {
    email: 'lkpp@demo.test',
    name: 'Dewi Helpdesk Eproc LKPP',
    roles: [{ unitCode: NATIONAL_UNIT, role: 'lkpp' }],
    what: 'Helpdesk Eproc LKPP',
  },
  {
    email: 'lkpp-teknis@demo.test',
    name: 'Agus Helpdesk Teknis LKPP',
    roles: [{ unitCode: NATIONAL_UNIT, role: 'lkpp_teknis' }],
    what: 'Helpdesk Teknis LKPP',
  },
  { email: 'penyedia@demo.test', name: 'CV Maju Bersama', roles: [], what: 'Pengguna layanan: penyedia' },
];

export type DemoLogin = { email: string; what: string };

/**
 * On a new database outside production, creates one demo account per role. Returns the logins
 * and the password to print once; null when the database already had accounts.
 */
export async function seedDemoAccounts(
  db: Db,
  demoPassword: string | null,
  now: Date,
): Promise<{ accounts: DemoLogin[]; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = demoPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      const isPublic = account.roles.length === 0;
      const user = await insertUser(
        trx,
        {
          email: account.email,
          name: account.name,
          phone: isPublic ? '0812-6600-1234' : null,
          user_type: isPublic ? 'penyedia' : null,
          organization: isPublic ? 'CV Maju Bersama' : null,
          spse_user_id: isPublic ? 'majubersama' : null,
          password_hash: passwordHash,
          availability: account.roles.some((g) => g.role === 'admin_ppe') ? 'available' : null,
        },
        now,
      );
      await replaceRoles(trx, user.id, account.roles, null, now);
      await recordAccountEvent(trx, { actorId: null, userId: user.id, type: 'demo_seeded', data: {} }, now);
    }
  });
  return { accounts: DEMO_ACCOUNTS.map(({ email, what }) => ({ email, what })), password };
}

export function formatDemoLogins(demo: { accounts: DemoLogin[]; password: string }, url: string): string {
  const width = Math.max(...demo.accounts.map((a) => a.email.length));
  const lines = demo.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.what}`);
  return [
    '',
    `Demo accounts (created once on this new database) — sign in at ${url}/masuk`,
    ...lines,
    `  password for all: ${demo.password}`,
    '',
  ].join('\n');
}
