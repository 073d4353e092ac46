import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { SurveyForm } from './SurveyForm';
import { SurveyThanks } from './SurveyThanks';
import { useQuestionnaire, useTicketSurveyState } from './use-survey';

/**
 * `/survei/:code` (and `?pin=` for reporters without an account): the satisfaction survey of
 * a resolved ticket, answered once by its reporter.
 */
export function TicketSurveyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [searchParams] = useSearchParams();
  const pin = searchParams.get('pin');
  useDocumentTitle(t('survey.ticket.title', { code }));
  const questionnaire = useQuestionnaire();
  const state = useTicketSurveyState(code, pin);
  const [isDone, setDone] = useState(false);
  const backTo = pin
    ? { path: `/lacak?kode=${encodeURIComponent(code)}`, label: t('survey.thanks.backToTracking') }
    : { path: `/tiket/${encodeURIComponent(code)}`, label: t('survey.thanks.backToTicket') };

  if (isDone) return <SurveyThanks backTo={backTo} />;
  if (questionnaire.isPending || state.isPending) return <LoadingMessage />;
  if (state.isError) {
    // No ticket, no right to answer it, or not signed in: the API's message says which.
    return (
      <QueryErrorMessage
        title={t('survey.ticket.unavailableTitle')}
        error={state.error}
        onRetry={() => void state.refetch()}
      />
    );
  }
  if (questionnaire.isError)
    return (
      <QueryErrorMessage
        title={t('survey.ticket.title', { code })}
        error={questionnaire.error}
        onRetry={() => void questionnaire.refetch()}
      />
    );
  if (state.data.state === 'answered') {
    return (
      <PageMessage title={t('survey.ticket.answeredTitle')}>
        <p>{t('survey.ticket.answeredBody')}</p>
      </PageMessage>
    );
  }
  if (state.data.state === 'not_resolved') {
    return (
      <PageMessage title={t('survey.ticket.notYetTitle')}>
        <p>{t('survey.ticket.notYetBody')}</p>
      </PageMessage>
    );
  }
  return (
    <>
      <h1>{t('survey.ticket.title', { code: state.data.ticketCode })}</h1>
      <p>{t('survey.ticket.intro')}</p>
      <SurveyForm
        questionnaire={questionnaire.data}
        target={{ ticketCode: state.data.ticketCode, ...(pin ? { pin } : {}) }}
        onDone={() => setDone(true)}
      />
    </>
  );
}
