import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import type { ElementId, ProfileQuestion, Questionnaire, SurveySubmission } from '../../api';
import { useSubmitSurvey } from './use-survey';
import './survey.css';

const PROFILE_QUESTIONS: readonly ProfileQuestion[] = [
  'ageBand',
  'sex',
  'education',
  'occupation',
  'procurementRole',
];

type SurveyFormProps = {
  questionnaire: Questionnaire;
  /** Who the response is about: a ticket (with the PIN when there is no account), or the unit. */
  target: Pick<SurveySubmission, 'ticketCode' | 'pin' | 'unitCode'>;
  onDone: () => void;
};

/**
 * The nine questions of PermenPANRB 14/2017, each with the regulation's four answers as a
 * radio group (any may be skipped), the respondent's profile and a comment. Errors from the
 * API appear at the question or field they name.
 */
export function SurveyForm({ questionnaire, target, onDone }: SurveyFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const submit = useSubmitSurvey();
  const [answers, setAnswers] = useState<Partial<Record<ElementId, number>>>({});
  const [profile, setProfile] = useState<Partial<Record<ProfileQuestion, string>>>({});
  const [comment, setComment] = useState('');
  // "Answer at least one question" (field `answers`) belongs to no one question: it is shown above the form.
  const fields = [
    ...questionnaire.elements.map((e) => `answers.${e.id}`),
    ...PROFILE_QUESTIONS.map((q) => `respondent.${q}`),
    'comment',
  ];
  const errors = formErrors(submit.error, fields, t('errors.unexpected'));
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, take the respondent to the first question or field the API named.
  useEffect(() => {
    if (!submit.error) return;
    const firstError = formRef.current?.querySelector('.field__error');
    const control = firstError
      ?.closest('.field, .survey-question')
      ?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }, [submit.error]);

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const respondent = Object.fromEntries(Object.entries(profile).filter(([, v]) => v));
    submit.mutate(
      {
        ...target,
        answers,
        ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="survey-form" noValidate onSubmit={send} ref={formRef}>
      <FormAlert messages={errors.general} />
      <p className="muted">{t('survey.form.intro')}</p>
      {questionnaire.elements.map((element) => (
        <div className="card survey-question" key={element.id}>
          <RadioGroup
            legend={`${element.code}. ${element.question[language]}`}
            hint={element.name[language]}
            name={element.id}
            options={element.options.map((o) => ({ value: String(o.score), label: o.label[language] }))}
            value={answers[element.id] ? String(answers[element.id]) : ''}
            onChange={(value) => setAnswers((current) => ({ ...current, [element.id]: Number(value) }))}
            error={errors.fields[`answers.${element.id}`]}
          />
          {answers[element.id] ? (
            <Button
              variant="link"
              onClick={() => setAnswers((current) => ({ ...current, [element.id]: undefined }))}
            >
              {t('survey.form.clearAnswer', { code: element.code })}
            </Button>
          ) : null}
        </div>
      ))}
      <fieldset className="card survey-profile">
        <legend>{t('survey.form.profileTitle')}</legend>
        <p className="muted">{t('survey.form.profileHint')}</p>
        {PROFILE_QUESTIONS.map((question) => (
          <SelectField
            key={question}
            label={t(`survey.profile.${question}`)}
            name={question}
            value={profile[question] ?? ''}
            onChange={(event) => setProfile((current) => ({ ...current, [question]: event.target.value }))}
            options={[
              { value: '', label: t('survey.profile.notSaying') },
              ...questionnaire.profile[question].map((o) => ({ value: o.value, label: o.label[language] })),
            ]}
            error={errors.fields[`respondent.${question}`]}
          />
        ))}
      </fieldset>
      <TextAreaField
        label={t('survey.form.comment')}
        hint={t('survey.form.commentHint')}
        name="comment"
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={errors.fields.comment}
      />
      <Button type="submit" isBlock isBusy={submit.isPending}>
        {submit.isPending ? t('survey.form.submitting') : t('survey.form.submit')}
      </Button>
    </form>
  );
}
