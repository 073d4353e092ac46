import { describe, expect, it } from 'vitest';
import { appWithCast } from '../../../test-support/api.js';

const UNIT = 'lpse-kota-payakumbuh';

/** Names an administrator types are shown in the console and in mail: one honest line each. */
describe("an administrator's staff and category names", () => {
  const t = appWithCast('sqlite');

  it('refuses a staff name that hides a right-to-left override or a line break, naming the field', async () => {
    for (const name of ['Rina\u202Egnp.exe', 'Rina\nAdmin']) {
      const res = await t.cast.admin.post('/api/admin/users', {
        name,
        email: 'rina@payakumbuhkota.go.id',
        roles: [{ unitCode: UNIT, role: 'helpdesk' }],
      });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'name' })]);
    }
    const nobody = await t.cast.admin.post('/api/admin/users', {
      name: 'Rina Helpdesk',
      email: 'rina@payakumbuhkota',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('refuses a category name with a control character, and keeps the category as it was', async () => {
    const bad = await t.cast.helpdesk.put(`/api/units/${UNIT}/categories/pelatihan`, {
      name: 'Pelatihan\u0007SPSE',
      nameEn: 'SPSE training',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'name' })]);
    const list = (await t.cast.anonymous.get(`/api/units/${UNIT}/categories`)).json() as {
      categories: { code: string }[];
    };
    expect(list.categories.map((c) => c.code)).not.toContain('pelatihan');
  });
});
