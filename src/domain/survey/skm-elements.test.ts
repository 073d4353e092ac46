import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, SKM_ELEMENT_IDS, isSkmElementId, isSkmScore } from './skm-elements.js';

const labelsOf = (index: number) => SKM_ELEMENTS[index]!.options.map((o) => o.label.id);

describe('SKM elements (PermenPANRB 14/2017)', () => {
  it('lists the nine elements u1…u9 in order with their regulation codes', () => {
    expect(SKM_ELEMENTS.map((e) => e.id)).toEqual([...SKM_ELEMENT_IDS]);
    expect(SKM_ELEMENTS.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it('names the elements as the regulation does', () => {
    expect(SKM_ELEMENTS.map((e) => e.name.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Sarana dan Prasarana',
      'Penanganan Pengaduan, Saran dan Masukan',
    ]);
  });

  it.each(SKM_ELEMENTS.map((e) => [e.code, e] as const))(
    '%s has a bilingual question and four options scored 1–4',
    (_, e) => {
      expect(e.name.en).not.toBe('');
      expect(e.question.id).toMatch(/\?$/);
      expect(e.question.en).toMatch(/\?$/);
      expect(e.options.map((o) => o.score)).toEqual([1, 2, 3, 4]);
      for (const o of e.options) {
        expect(o.label.id).not.toBe('');
        expect(o.label.en).not.toBe('');
      }
    },
  );

  it('uses the questionnaire wording for the answers', () => {
    expect(labelsOf(0)).toEqual(['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']);
    expect(labelsOf(2)).toEqual(['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']);
    expect(labelsOf(5)).toEqual(['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten']);
    expect(labelsOf(6)).toEqual([
      'Tidak sopan dan ramah',
      'Kurang sopan dan ramah',
      'Sopan dan ramah',
      'Sangat sopan dan ramah',
    ]);
    expect(labelsOf(7)).toEqual(['Buruk', 'Cukup', 'Baik', 'Sangat baik']);
    expect(labelsOf(8)).toEqual([
      'Tidak ada',
      'Ada tetapi tidak berfungsi',
      'Berfungsi kurang maksimal',
      'Dikelola dengan baik',
    ]);
  });

  it('scores U4 from "Sangat mahal" = 1 to "Gratis" = 4', () => {
    const u4 = SKM_ELEMENTS[3];
    expect(u4.options.map((o) => [o.score, o.label.id])).toEqual([
      [1, 'Sangat mahal'],
      [2, 'Cukup mahal'],
      [3, 'Murah'],
      [4, 'Gratis'],
    ]);
  });

  it('recognises element ids and scores', () => {
    expect(isSkmElementId('u9')).toBe(true);
    expect(isSkmElementId('u10')).toBe(false);
    expect(isSkmElementId('U1')).toBe(false);
    expect([1, 2, 3, 4].every(isSkmScore)).toBe(true);
    for (const bad of [0, 5, 2.5, '3', null, undefined, Number.NaN]) expect(isSkmScore(bad)).toBe(false);
  });
});
