import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appWithCast, json, problem } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import type { StandardResponse, UnitListResponse } from './units.schemas.js';

type UnitListBody = z.infer<typeof UnitListResponse>;
type StandardBody = z.infer<typeof StandardResponse>;

/** The signed standard as published, kept in the repository (docs/sources/). */
const SEED = path.resolve(
  import.meta.dirname,
  '../../../../docs/sources/standar-pelayanan-pengaduan-lpse-payakumbuh.txt',
);
/** The project's shared copy, beside the checkout where there is one (as in CI). */
const SHARED_SEED = path.resolve(
  import.meta.dirname,
  '../../../../../shared/seed/standar-pelayanan-pengaduan-lpse-payakumbuh.txt',
);

/** The seed as plain words: markdown emphasis and list markers gone, white space folded. */
function normalise(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => k !== 'channel' && k !== 'contact')
      .flatMap(([, v]) => stringsOf(v));
  return [];
}

describe.each(TEST_DIALECTS)('units and the published standard on %s', (dialect) => {
  const given = appWithCast(dialect);

  it('lists LPSE Kota Payakumbuh and the national unit LKPP-RI above it', async () => {
    const res = await given.cast.anonymous.get('/api/units');
    expect(res.statusCode).toBe(200);
    const { units } = json<UnitListBody>(res);
    expect(units).toContainEqual(
      expect.objectContaining({ code: 'lkpp-ri', kind: 'national', parentCode: null }),
    );
    expect(units).toContainEqual(
      expect.objectContaining({
        code: 'lpse-kota-payakumbuh',
        kind: 'lpse',
        parentCode: 'lkpp-ri',
        timezone: 'Asia/Jakarta',
        phone: '(0752) 92317',
        email: 'helpdesk.lpse.pyk@gmail.com',
      }),
    );
  });

  it('returns the six public components of the standard, word for word from the seed', async () => {
    const res = await given.cast.anonymous.get('/api/units/lpse-kota-payakumbuh/standard');
    expect(res.statusCode).toBe(200);
    const { standard, unit } = json<StandardBody>(res);
    expect(unit.address).toBe('Jalan. Veteran No.70 Kelurahan Kapalo Koto Dibalai 26211');
    const id = standard.id;
    expect(id.completionTime).toEqual({
      value: '1 Hari',
      note: 'Menyesuaikan dengan tingkat kesulitan permasalahan',
    });
    expect(id.fee).toBe('Tidak dipungut biaya');
    expect(id.products).toEqual(['Jasa pendampingan dan penanganan permasalahan.']);
    expect(id.procedure.channels.map((c) => c.channel)).toEqual(['portal', 'phone', 'walk_in']);
    expect(id.procedure.channels.map((c) => c.steps.length)).toEqual([4, 5, 4]);
    expect(id.complaintHandling.channels.map((c) => c.contact).filter(Boolean)).toEqual([
      '(0752) 92317',
      'helpdesk.lpse.pyk@gmail.com',
    ]);
    const seed = normalise(readFileSync(SEED, 'utf8'));
    for (const text of stringsOf(id)) expect(seed, `"${text}" is not in the seed`).toContain(normalise(text));
    expect(standard.en.fee).toBe('Free of charge');
  });

  it.skipIf(!existsSync(SHARED_SEED))(
    'keeps the repository copy of the standard identical to the shared seed',
    () => {
      expect(readFileSync(SEED, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
    },
  );

  it('answers 404 problem JSON for an unknown unit', async () => {
    const res = await given.cast.anonymous.get('/api/units/lpse-kota-antah/standard');
    expect(res.statusCode).toBe(404);
    expect(problem(res)).toMatchObject({
      code: 'unit_not_found',
      detail: 'Unit "lpse-kota-antah" tidak ditemukan.',
    });
  });

  it('answers 404 for a unit that publishes no standard', async () => {
    const res = await given.app.app.inject({
      method: 'GET',
      url: '/api/units/lkpp-ri/standard',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(problem(res).code).toBe('standard_not_published');
  });

  it('lets the deployment administrator add a second unit, and no one else', async () => {
    const file = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../../../config/units/lpse-kota-payakumbuh.json'),
        'utf8',
      ),
    );
    const second = {
      ...file,
      code: 'lpse-kabupaten-lima-puluh-kota',
      name: 'LPSE Kabupaten Lima Puluh Kota',
      ticketPrefix: 'LPK',
    };
    const { helpdesk, admin, anonymous } = given.cast;
    const refused = await helpdesk.put(`/api/units/${second.code}`, second);
    expect(refused.statusCode).toBe(403);
    const bad = await admin.put(`/api/units/${second.code}`, { ...second, timezone: 'Asia/Atlantis' });
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).errors).toContainEqual(expect.objectContaining({ field: 'timezone' }));
    const ok = await admin.put(`/api/units/${second.code}`, second);
    expect(ok.statusCode, ok.body).toBe(200);
    const standard = await anonymous.get(`/api/units/${second.code}/standard`).then(json<StandardBody>);
    expect(standard.unit.name).toBe('LPSE Kabupaten Lima Puluh Kota');
  });
});
