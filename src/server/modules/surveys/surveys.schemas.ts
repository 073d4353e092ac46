import { z } from 'zod';
import {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  OCCUPATION_OPTIONS,
  PROCUREMENT_ROLE_OPTIONS,
  SEX_OPTIONS,
  SKM_ELEMENT_IDS,
  type ProfileOption,
} from '../../../domain/survey/index.js';
import { multiLine, singleLine } from '../../http/text-fields.js';

/** The values of a profile question as a zod enum. */
function optionEnum<V extends string>(options: readonly ProfileOption<V>[]) {
  return z.enum(options.map((o) => o.value) as [V, ...V[]]);
}

const Score = z
  .number()
  .int()
  .min(1)
  .max(4)
  .nullable()
  .optional()
  .describe('1 (worst) … 4 (best); absent or null = skipped');

/** u1…u9 of PermenPANRB 14/2017, each 1–4; any may be absent. */
export const SurveyAnswers = z.strictObject(
  Object.fromEntries(SKM_ELEMENT_IDS.map((id) => [id, Score])) as Record<
    (typeof SKM_ELEMENT_IDS)[number],
    typeof Score
  >,
);

export const RespondentProfile = z.strictObject({
  age: z.number().int().min(10).max(120).optional().describe('Age in whole years; only its band is kept'),
  ageBand: optionEnum(AGE_BAND_OPTIONS).optional(),
  sex: optionEnum(SEX_OPTIONS).optional(),
  education: optionEnum(EDUCATION_OPTIONS).optional(),
  occupation: optionEnum(OCCUPATION_OPTIONS).optional(),
  procurementRole: optionEnum(PROCUREMENT_ROLE_OPTIONS).optional(),
});
export type RespondentProfile = z.infer<typeof RespondentProfile>;

export const SurveyBody = z.strictObject({
  ticketCode: singleLine(5, 40).optional().describe('The ticket the survey is about (its reporter answers)'),
  pin: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .optional()
    .describe("The ticket's tracking PIN, when the respondent has no account"),
  unitCode: singleLine(1, 64)
    .optional()
    .describe('A general survey of the unit (counter, suggestion box), not tied to a ticket'),
  answers: SurveyAnswers,
  respondent: RespondentProfile.optional(),
  comment: multiLine(0, 2000).optional(),
});
export type SurveyInput = z.infer<typeof SurveyBody>;

export const SurveyReceived = z.object({
  received: z.literal(true),
  unitCode: z.string(),
  ticketCode: z.string().nullable(),
});

export const TicketSurveyState = z.object({
  ticketCode: z.string(),
  unitCode: z.string(),
  state: z.enum(['open', 'answered', 'not_resolved']),
});

const Localized = z.object({ id: z.string(), en: z.string() });
const Option = z.object({ value: z.string(), label: Localized });

export const Questionnaire = z.object({
  elements: z.array(
    z.object({
      id: z.enum(SKM_ELEMENT_IDS),
      code: z.string(),
      name: Localized,
      question: Localized,
      options: z.array(z.object({ score: z.number().int(), label: Localized })),
    }),
  ),
  profile: z.object({
    ageBand: z.array(Option),
    sex: z.array(Option),
    education: z.array(Option),
    occupation: z.array(Option),
    procurementRole: z.array(Option),
  }),
});

export const PeriodQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .describe('First local day, YYYY-MM-DD'),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .describe('Last local day, YYYY-MM-DD (included)'),
});

/** Exactly the figures the issue names, for responses received in the period. */
export const SkmResult = z.object({
  respondents: z.number().int(),
  nrr: z.object(
    Object.fromEntries(SKM_ELEMENT_IDS.map((id) => [id, z.number().nullable()])) as Record<
      (typeof SKM_ELEMENT_IDS)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  ikm: z
    .number()
    .nullable()
    .describe('Σ NRR × 1/9, 1.00–4.00, half up to 2 decimals; null when an element has no answer'),
  ikmConverted: z.number().nullable().describe('IKM × 25 from the exact index, half up to 2 decimals'),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  label: z.enum(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']).nullable(),
});
export type SkmResult = z.infer<typeof SkmResult>;
