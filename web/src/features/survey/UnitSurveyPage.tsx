import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { unitPath, useUnits } from '../units/use-units';
import { SurveyForm } from './SurveyForm';
import { SurveyThanks } from './SurveyThanks';
import { useQuestionnaire } from './use-survey';

/**
 * `/u/:unitCode/survei`: the unit's general survey, not tied to a ticket — the link printed on
 * the suggestion box and the tablet at the counter. After a response the form starts afresh
 * for the next visitor.
 */
export function UnitSurveyPage() {
  const { t } = useTranslation();
  const { unitCode = '' } = useParams();
  const units = useUnits();
  const questionnaire = useQuestionnaire();
  const [responses, setResponses] = useState(0);
  const [isDone, setDone] = useState(false);
  const unit = units.data?.find((u) => u.code === unitCode);
  useDocumentTitle(t('survey.unit.title', { unit: unit?.name ?? unitCode }));

  if (units.isPending || questionnaire.isPending) return <LoadingMessage />;
  if (units.isError)
    return (
      <QueryErrorMessage
        title={t('survey.unit.title', { unit: unitCode })}
        error={units.error}
        onRetry={() => void units.refetch()}
      />
    );
  if (questionnaire.isError)
    return (
      <QueryErrorMessage
        title={t('survey.unit.title', { unit: unitCode })}
        error={questionnaire.error}
        onRetry={() => void questionnaire.refetch()}
      />
    );
  if (!unit) {
    return (
      <PageMessage title={t('survey.unit.unknownTitle')}>
        <p>{t('survey.unit.unknownBody')}</p>
      </PageMessage>
    );
  }
  if (isDone) {
    return (
      <>
        <SurveyThanks
          backTo={{ path: unitPath(unit.code), label: t('survey.thanks.backToUnit', { unit: unit.name }) }}
        />
        <p>
          <button type="button" className="button button--secondary" onClick={() => setDone(false)}>
            {t('survey.unit.another')}
          </button>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('survey.unit.title', { unit: unit.name })}</h1>
      <p>{t('survey.unit.intro')}</p>
      {/* A fresh form (new key) for each respondent at a shared tablet. */}
      <SurveyForm
        key={responses}
        questionnaire={questionnaire.data}
        target={{ unitCode: unit.code }}
        onDone={() => {
          setResponses((n) => n + 1);
          setDone(true);
        }}
      />
    </>
  );
}
