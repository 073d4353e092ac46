/**
 * Survei Kepuasan Masyarakat (SKM) and its Indeks Kepuasan Masyarakat (IKM), per Peraturan
 * Menteri PANRB No. 14 Tahun 2017. Pure domain: no I/O, no clock.
 */
export { SKM_ELEMENTS, SKM_ELEMENT_IDS, SKM_SCORES, isSkmElementId, isSkmScore } from './skm-elements.js';
export type { LocalizedText, SkmAnswerOption, SkmElement, SkmElementId, SkmScore } from './skm-elements.js';
export { SKM_GRADE_TABLE, gradeFor, gradeForHundredths, roundFractionHalfUp } from './skm-grade.js';
export type { SkmGrade, SkmGradeBand } from './skm-grade.js';
export { computeSkmIndex, computeSkmIndexFromTallies } from './skm-index.js';
export type { PerElement, SkmIndexResult, SkmResponse, SkmTally } from './skm-index.js';
export { validateSkmAnswers } from './skm-answers.js';
export type { SkmAnswersErrorCode, SkmAnswersFieldError, SkmAnswersValidation } from './skm-answers.js';
export {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  OCCUPATION_OPTIONS,
  PROCUREMENT_ROLE_OPTIONS,
  SEX_OPTIONS,
  ageBandFor,
  isOptionValue,
} from './respondent-profile.js';
export type {
  AgeBand,
  EducationLevel,
  Occupation,
  ProcurementRole,
  ProfileOption,
  Sex,
} from './respondent-profile.js';
export { SURVEY_OPEN_STATUSES, surveyRefusal } from './survey-eligibility.js';
