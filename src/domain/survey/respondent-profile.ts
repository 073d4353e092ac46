/**
 * Respondent profile of the SKM questionnaire (PermenPANRB 14/2017 annex: umur, jenis
 * kelamin, pendidikan, pekerjaan), as option lists with Indonesian and English labels.
 * The annex asks the age in years; the bands are Tanggap's choice for reports. The
 * procurement role is an LPSE addition, optional, to tell vendors from government users.
 */
import type { LocalizedText } from './skm-elements.js';

export type ProfileOption<V extends string = string> = Readonly<{ value: V; label: LocalizedText }>;

export const SEX_OPTIONS = [
  { value: 'laki-laki', label: { id: 'Laki-laki', en: 'Male' } },
  { value: 'perempuan', label: { id: 'Perempuan', en: 'Female' } },
] as const satisfies readonly ProfileOption[];
export type Sex = (typeof SEX_OPTIONS)[number]['value'];

export const EDUCATION_OPTIONS = [
  { value: 'sd', label: { id: 'SD ke bawah', en: 'Primary school or below' } },
  { value: 'smp', label: { id: 'SMP', en: 'Junior secondary school' } },
  { value: 'sma', label: { id: 'SMA/SMK sederajat', en: 'Senior secondary school' } },
  { value: 'd1-d3', label: { id: 'D1–D3', en: 'Diploma (D1–D3)' } },
  { value: 'd4-s1', label: { id: 'D4/S1', en: "Bachelor's degree (D4/S1)" } },
  { value: 's2', label: { id: 'S2', en: "Master's degree (S2)" } },
  { value: 's3', label: { id: 'S3', en: 'Doctorate (S3)' } },
] as const satisfies readonly ProfileOption[];
export type EducationLevel = (typeof EDUCATION_OPTIONS)[number]['value'];

/** The annex lists TNI and POLRI apart; a report may merge them. */
export const OCCUPATION_OPTIONS = [
  { value: 'pns', label: { id: 'PNS', en: 'Civil servant (PNS)' } },
  { value: 'tni', label: { id: 'TNI', en: 'Armed forces (TNI)' } },
  { value: 'polri', label: { id: 'POLRI', en: 'Police (POLRI)' } },
  { value: 'swasta', label: { id: 'Swasta', en: 'Private-sector employee' } },
  { value: 'wirausaha', label: { id: 'Wirausaha', en: 'Self-employed / business owner' } },
  { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
] as const satisfies readonly ProfileOption[];
export type Occupation = (typeof OCCUPATION_OPTIONS)[number]['value'];

/** LPSE addition: the respondent's role in procurement (SPSE/SiRUP user types). */
export const PROCUREMENT_ROLE_OPTIONS = [
  { value: 'penyedia', label: { id: 'Pelaku Usaha/Penyedia', en: 'Vendor (business)' } },
  { value: 'ppk', label: { id: 'PPK', en: 'Commitment-making officer (PPK)' } },
  { value: 'pp', label: { id: 'Pejabat Pengadaan', en: 'Procurement officer (PP)' } },
  { value: 'pokja', label: { id: 'Pokja Pemilihan', en: 'Selection working group (Pokja)' } },
  { value: 'pa-kpa', label: { id: 'PA/KPA', en: 'Budget user / authority (PA/KPA)' } },
  { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
] as const satisfies readonly ProfileOption[];
export type ProcurementRole = (typeof PROCUREMENT_ROLE_OPTIONS)[number]['value'];

type AgeBandOption = ProfileOption & Readonly<{ minAge: number; maxAge: number | null }>;

/** Age bands in whole years, both ends inclusive; `maxAge: null` is open-ended. */
export const AGE_BAND_OPTIONS = [
  { value: 'upto-20', minAge: 0, maxAge: 20, label: { id: '20 tahun ke bawah', en: '20 or under' } },
  { value: '21-30', minAge: 21, maxAge: 30, label: { id: '21–30 tahun', en: '21–30' } },
  { value: '31-40', minAge: 31, maxAge: 40, label: { id: '31–40 tahun', en: '31–40' } },
  { value: '41-50', minAge: 41, maxAge: 50, label: { id: '41–50 tahun', en: '41–50' } },
  { value: '51-60', minAge: 51, maxAge: 60, label: { id: '51–60 tahun', en: '51–60' } },
  { value: '61-plus', minAge: 61, maxAge: null, label: { id: 'Di atas 60 tahun', en: 'Over 60' } },
] as const satisfies readonly AgeBandOption[];
export type AgeBand = (typeof AGE_BAND_OPTIONS)[number]['value'];

/**
 * The age band of an age in whole years, as asked by the PermenPANRB 14/2017 questionnaire
 * ("Umur … tahun"). Throws RangeError for a negative or fractional age.
 */
export function ageBandFor(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0)
    throw new RangeError(`Age must be a whole number ≥ 0: ${String(age)}`);
  const band = AGE_BAND_OPTIONS.find((b) => age >= b.minAge && (b.maxAge === null || age <= b.maxAge));
  // Unreachable: the bands cover 0 and up without gaps.
  if (!band) throw new RangeError(`No age band for ${String(age)}`);
  return band.value;
}

/**
 * True when `value` is one of the `options` of a PermenPANRB 14/2017 profile question,
 * e.g. `isOptionValue(EDUCATION_OPTIONS, body.education)`.
 */
export function isOptionValue<V extends string>(
  options: readonly ProfileOption<V>[],
  value: unknown,
): value is V {
  return typeof value === 'string' && options.some((o) => o.value === value);
}
