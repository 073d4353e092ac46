import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const UNIT = 'lpse-kota-payakumbuh';

describe.each(TEST_DIALECTS)('staff administration on %s', (dialect) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.login('admin@demo.test');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie }, payload });

  it('creates a helpdesk account whose generated password works once printed', async () => {
    const res = await post(admin, {
      name: 'Yanti Helpdesk',
      email: 'yanti@payakumbuhkota.go.id',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { user, initialPassword } = res.json();
    expect(user.roles).toEqual([{ unitCode: UNIT, role: 'helpdesk' }]);
    expect(initialPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    await t.login('yanti@payakumbuhkota.go.id', initialPassword);
  });

  it('gives one person several roles, and a new Admin PPE starts available', async () => {
    const res = await post(admin, {
      name: 'Andi',
      email: 'andi@payakumbuhkota.go.id',
      password: 'kata-sandi-andi',
      roles: [
        { unitCode: UNIT, role: 'helpdesk' },
        { unitCode: UNIT, role: 'admin_ppe' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.availability).toBe('available');
    expect(res.json().initialPassword).toBeNull();
  });

  it('refuses roles that do not belong on a unit', async () => {
    const res = await post(admin, {
      name: 'Salah',
      email: 'salah@x.id',
      roles: [{ unitCode: UNIT, role: 'lkpp' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'role_not_allowed_on_unit',
      errors: [{ field: 'roles.0.role' }],
    });
  });

  it('does not let helpdesk or Kepala create staff', async () => {
    for (const email of ['helpdesk@demo.test', 'kepala@demo.test']) {
      const res = await post(await t.login(email), {
        name: 'X Y',
        email: 'xy@x.id',
        roles: [{ unitCode: UNIT, role: 'helpdesk' }],
      });
      expect(res.statusCode).toBe(403);
    }
    const count = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'xy@x.id')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('keeps a unit administrator inside their unit', async () => {
    await post(admin, {
      name: 'Admin Unit',
      email: 'admin.unit@payakumbuhkota.go.id',
      password: 'kata-sandi-admin',
      roles: [{ unitCode: UNIT, role: 'admin' }],
    });
    const unitAdmin = await t.login('admin.unit@payakumbuhkota.go.id', 'kata-sandi-admin');
    const national = await post(unitAdmin, {
      name: 'LKPP Baru',
      email: 'baru@lkpp.go.id',
      roles: [{ unitCode: 'lkpp-ri', role: 'lkpp' }],
    });
    expect(national.statusCode).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/admin/users?unitCode=${UNIT}`,
      headers: { cookie: unitAdmin },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().users.map((u: { email: string }) => u.email)).toContain('helpdesk@demo.test');
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: { cookie: unitAdmin },
    });
    expect(all.statusCode).toBe(403);
  });

  it('changes roles and records who did it', async () => {
    const created = await post(admin, {
      name: 'Roni',
      email: 'roni@payakumbuhkota.go.id',
      password: 'kata-sandi-roni',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    const id = created.json().user.id;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${id}/roles`,
      headers: { cookie: admin },
      payload: { roles: [{ unitCode: UNIT, role: 'kepala' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.roles).toEqual([{ unitCode: UNIT, role: 'kepala' }]);
    const events = await t.database.db
      .selectFrom('account_events')
      .selectAll()
      .where('user_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['staff_created', 'roles_changed']);
  });

  it('deactivating an account ends its sessions and refuses sign-in', async () => {
    const created = await post(admin, {
      name: 'Tono',
      email: 'tono@payakumbuhkota.go.id',
      password: 'kata-sandi-tono',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    const tono = await t.login('tono@payakumbuhkota.go.id', 'kata-sandi-tono');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${created.json().user.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    expect(res.json().user.isActive).toBe(false);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: tono } })).statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'tono@payakumbuhkota.go.id', password: 'kata-sandi-tono' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('account_inactive');
  });

  it('never deactivates the last deployment administrator', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: admin } });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${me.json().user.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('last_admin');
  });

  it('lets the Admin PPE switch availability, which the helpdesk sees', async () => {
    const ppe = await t.login('adminppe@demo.test');
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie: ppe },
      payload: { availability: 'unreachable' },
    });
    expect(off.json().user.availability).toBe('unreachable');
    const helpdesk = await t.login('helpdesk@demo.test');
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/units/${UNIT}/admin-ppe`,
      headers: { cookie: helpdesk },
    });
    expect(seen.json().adminPpe).toContainEqual(
      expect.objectContaining({ name: 'Budi Admin PPE', availability: 'unreachable' }),
    );
    const lkpp = await t.login('lkpp@demo.test');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/units/${UNIT}/admin-ppe`, headers: { cookie: lkpp } }))
        .statusCode,
    ).toBe(403);
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie: ppe },
      payload: { availability: 'available' },
    });
  });

  it('refuses availability from someone who is not an Admin PPE', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie: await t.login('helpdesk@demo.test') },
      payload: { availability: 'unreachable' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('not_admin_ppe');
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      headers: { cookie: await t.login('adminppe@demo.test') },
      payload: { availability: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('availability');
  });
});
