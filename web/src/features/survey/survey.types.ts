/** A text the API gives in both languages. */
export type Localized = { id: string; en: string };

export type ElementId = 'u1' | 'u2' | 'u3' | 'u4' | 'u5' | 'u6' | 'u7' | 'u8' | 'u9';

/** `GET /api/surveys/questionnaire`: the nine elements of PermenPANRB 14/2017 and the profile questions. */
export type Questionnaire = {
  elements: Array<{
    id: ElementId;
    code: string;
    name: Localized;
    question: Localized;
    options: Array<{ score: number; label: Localized }>;
  }>;
  profile: Record<ProfileQuestion, Array<{ value: string; label: Localized }>>;
};

export type ProfileQuestion = 'ageBand' | 'sex' | 'education' | 'occupation' | 'procurementRole';

/** What the form sends to `POST /api/surveys`. */
export type SurveySubmission = {
  ticketCode?: string;
  pin?: string;
  unitCode?: string;
  answers: Partial<Record<ElementId, number>>;
  respondent?: Partial<Record<ProfileQuestion, string>>;
  comment?: string;
};

/** `GET /api/surveys/tickets/:code`. */
export type TicketSurveyState = {
  ticketCode: string;
  unitCode: string;
  state: 'open' | 'answered' | 'not_resolved';
};
