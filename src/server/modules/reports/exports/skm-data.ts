import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  OCCUPATION_OPTIONS,
  PROCUREMENT_ROLE_OPTIONS,
  SEX_OPTIONS,
  SKM_ELEMENTS,
  SKM_GRADE_TABLE,
  computeSkmIndexFromTallies,
  roundFractionHalfUp,
  type ProfileOption,
} from '../../../../domain/survey/index.js';
import type { Db } from '../../../db/connect.js';
import {
  commentsOf,
  profileCounts,
  skmTotals,
  type ProfileQuestion,
} from '../../surveys/surveys.repository.js';
import { unitProfile } from '../../units/units.repository.js';
import type { UnitFile } from '../../units/unit-file.schema.js';
import type { ReportScope } from '../../report-scope/report-scope.js';
import { idNumber } from './labels.js';

export type SkmElementLine = Readonly<{
  code: string;
  name: string;
  sum: number;
  answers: number;
  nrr: number | null;
  weighted: number | null;
}>;
export type ProfileTable = Readonly<{
  question: string;
  rows: ReadonlyArray<{ label: string; count: number }>;
}>;

/** The SKM report of a period, in the layout local governments publish (PermenPANRB 14/2017). */
export type SkmReportData = Readonly<{
  unitName: string;
  profile: UnitFile;
  period: Readonly<{ from: string; to: string }>;
  respondents: number;
  elements: readonly SkmElementLine[];
  ikm: number | null;
  ikmConverted: number | null;
  grade: string | null;
  label: string | null;
  profiles: readonly ProfileTable[];
  comments: readonly string[];
  generatedAt: Date;
  calendar: WorkCalendar;
}>;

export const GRADE_TABLE_ROWS = SKM_GRADE_TABLE.map((b) => ({
  grade: b.grade,
  range: `${idNumber(b.min, 2)} – ${idNumber(b.max, 2)}`,
  label: b.label.id,
}));

const PROFILE_QUESTIONS: ReadonlyArray<{
  key: ProfileQuestion;
  question: string;
  options: readonly ProfileOption[];
}> = [
  { key: 'ageBand', question: 'Umur', options: AGE_BAND_OPTIONS },
  { key: 'sex', question: 'Jenis kelamin', options: SEX_OPTIONS },
  { key: 'education', question: 'Pendidikan', options: EDUCATION_OPTIONS },
  { key: 'occupation', question: 'Pekerjaan', options: OCCUPATION_OPTIONS },
  { key: 'procurementRole', question: 'Peran dalam pengadaan', options: PROCUREMENT_ROLE_OPTIONS },
];

const MAX_COMMENTS = 500;

/**
 * Everything the SKM report shows: the sums and answers per element (aggregate SQL), NRR and
 * the weighted NRR (NRR × 1/9, 3 decimals, from the exact fraction), the index from the
 * domain, the respondent profile counted per answer, and the comments in alphabetical order
 * (nothing ties a comment to a ticket or a time).
 */
export async function skmReportData(
  db: Db,
  scope: ReportScope,
  calendar: WorkCalendar,
  generatedAt: Date,
): Promise<SkmReportData> {
  const totals = await skmTotals(db, scope.unit.code, scope.startIso, scope.endIso);
  const result = computeSkmIndexFromTallies(totals.respondents, totals.tallies);
  const profiles = await Promise.all(
    PROFILE_QUESTIONS.map(async ({ key, question, options }) => {
      const counts = await profileCounts(db, scope.unit.code, scope.startIso, scope.endIso, key);
      return {
        question,
        rows: [
          ...options.map((o) => ({ label: o.label.id, count: counts.get(o.value) ?? 0 })),
          { label: 'Tidak diisi', count: counts.get(null) ?? 0 },
        ],
      };
    }),
  );
  return {
    unitName: scope.unit.name,
    profile: unitProfile(scope.unit),
    period: scope.period,
    respondents: result.respondents,
    elements: SKM_ELEMENTS.map((e) => {
      const { sum, count } = totals.tallies[e.id];
      return {
        code: e.code,
        name: e.name.id,
        sum,
        answers: count,
        nrr: result.nrr[e.id],
        weighted: count === 0 ? null : roundFractionHalfUp(BigInt(sum), BigInt(count) * 9n, 3) / 1000,
      };
    }),
    ikm: result.ikm,
    ikmConverted: result.ikmConverted,
    grade: result.grade,
    label: result.label?.id ?? null,
    profiles,
    comments: await commentsOf(db, scope.unit.code, scope.startIso, scope.endIso, MAX_COMMENTS),
    generatedAt,
    calendar,
  };
}
