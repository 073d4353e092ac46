/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, as set by Peraturan Menteri
 * PANRB No. 14 Tahun 2017, with the question and the four answers of its questionnaire annex.
 * Every answer is scored 1 (worst) to 4 (best); U4 reads "backwards" in words (Sangat mahal = 1
 * … Gratis = 4) but not in score. LPSE services are free, so U4 is normally "Gratis" = 4.
 */

/** A text in Bahasa Indonesia (`id`) and English (`en`). */
export type LocalizedText = Readonly<{ id: string; en: string }>;

/** Element ids, in the regulation's order U1–U9. */
export const SKM_ELEMENT_IDS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type SkmElementId = (typeof SKM_ELEMENT_IDS)[number];

/** The four scores of every SKM answer (PermenPANRB 14/2017). */
export const SKM_SCORES = [1, 2, 3, 4] as const;
export type SkmScore = (typeof SKM_SCORES)[number];

export type SkmAnswerOption<S extends SkmScore = SkmScore> = Readonly<{ score: S; label: LocalizedText }>;

export type SkmElement = Readonly<{
  id: SkmElementId;
  /** The code printed on the regulation's forms and reports: U1 … U9. */
  code: string;
  name: LocalizedText;
  question: LocalizedText;
  options: readonly [SkmAnswerOption<1>, SkmAnswerOption<2>, SkmAnswerOption<3>, SkmAnswerOption<4>];
}>;

type Pair = readonly [id: string, en: string];

/** Builds the four options from worst (score 1) to best (score 4). */
function scored(a: Pair, b: Pair, c: Pair, d: Pair): SkmElement['options'] {
  const text = ([id, en]: Pair): LocalizedText => ({ id, en });
  return [
    { score: 1, label: text(a) },
    { score: 2, label: text(b) },
    { score: 3, label: text(c) },
    { score: 4, label: text(d) },
  ];
}

const SUITABILITY = scored(
  ['Tidak sesuai', 'Not suitable'],
  ['Kurang sesuai', 'Not very suitable'],
  ['Sesuai', 'Suitable'],
  ['Sangat sesuai', 'Very suitable'],
);

/** The nine SKM elements U1–U9 of PermenPANRB 14/2017, in order, with their questionnaire. */
export const SKM_ELEMENTS = [
  {
    id: 'u1',
    code: 'U1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements suit the type of service?',
    },
    options: SUITABILITY,
  },
  {
    id: 'u2',
    code: 'U2',
    name: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'Systems, mechanisms and procedures' },
    question: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy do you find the service procedure at this unit?',
    },
    options: scored(
      ['Tidak mudah', 'Not easy'],
      ['Kurang mudah', 'Not very easy'],
      ['Mudah', 'Easy'],
      ['Sangat mudah', 'Very easy'],
    ),
  },
  {
    id: 'u3',
    code: 'U3',
    name: { id: 'Waktu Penyelesaian', en: 'Completion time' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service delivered?',
    },
    options: scored(
      ['Tidak cepat', 'Not fast'],
      ['Kurang cepat', 'Not very fast'],
      ['Cepat', 'Fast'],
      ['Sangat cepat', 'Very fast'],
    ),
  },
  {
    id: 'u4',
    code: 'U4',
    name: { id: 'Biaya/Tarif', en: 'Cost/tariff' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How reasonable was the cost/tariff of the service?',
    },
    // Worded from expensive to free: the cheapest answer scores best.
    options: scored(
      ['Sangat mahal', 'Very expensive'],
      ['Cukup mahal', 'Fairly expensive'],
      ['Murah', 'Inexpensive'],
      ['Gratis', 'Free of charge'],
    ),
  },
  {
    id: 'u5',
    code: 'U5',
    name: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Product specification by type of service' },
    question: {
      id:
        'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam ' +
        'standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does the service delivered match the product stated in the service standard?',
    },
    options: SUITABILITY,
  },
  {
    id: 'u6',
    code: 'U6',
    name: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent/capable were the staff who served you?',
    },
    options: scored(
      ['Tidak kompeten', 'Not competent'],
      ['Kurang kompeten', 'Not very competent'],
      ['Kompeten', 'Competent'],
      ['Sangat kompeten', 'Very competent'],
    ),
  },
  {
    id: 'u7',
    code: 'U7',
    name: { id: 'Perilaku Pelaksana', en: 'Staff conduct' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How polite and friendly were the staff who served you?',
    },
    options: scored(
      ['Tidak sopan dan ramah', 'Not polite and friendly'],
      ['Kurang sopan dan ramah', 'Not very polite and friendly'],
      ['Sopan dan ramah', 'Polite and friendly'],
      ['Sangat sopan dan ramah', 'Very polite and friendly'],
    ),
  },
  {
    id: 'u8',
    code: 'U8',
    name: { id: 'Sarana dan Prasarana', en: 'Facilities and infrastructure' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How do you rate the quality of the facilities and infrastructure?',
    },
    options: scored(['Buruk', 'Poor'], ['Cukup', 'Fair'], ['Baik', 'Good'], ['Sangat baik', 'Very good']),
  },
  {
    id: 'u9',
    code: 'U9',
    name: {
      id: 'Penanganan Pengaduan, Saran dan Masukan',
      en: 'Handling of complaints, suggestions and feedback',
    },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'How are complaints from service users handled?',
    },
    options: scored(
      ['Tidak ada', 'Not available'],
      ['Ada tetapi tidak berfungsi', 'Available but not working'],
      ['Berfungsi kurang maksimal', 'Working, but not fully'],
      ['Dikelola dengan baik', 'Well managed'],
    ),
  },
] as const satisfies readonly SkmElement[];

/** True when `value` is an SKM element id `u1`…`u9` (PermenPANRB 14/2017). */
export function isSkmElementId(value: unknown): value is SkmElementId {
  return typeof value === 'string' && (SKM_ELEMENT_IDS as readonly string[]).includes(value);
}

/** True when `value` is an SKM score: an integer 1–4 (PermenPANRB 14/2017). */
export function isSkmScore(value: unknown): value is SkmScore {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
