import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { reporterCan } from '../reporter/reporter-can';
import { ReporterTicket } from '../reporter/ReporterTicket';
import type { ConversationEntry } from '../reporter/Conversation';
import type { TicketDetail } from '../../api';
import { useUnitTimeZone } from '../reporter/use-unit-time-zone';
import { useTicketSurveyState } from '../survey/use-survey';
import { RequireSignIn } from './RequireSignIn';
import { ticketNoticeOf } from './ticket-notice';
import { TicketDetails } from './TicketDetails';
import { useReporterActions, useTicket } from './use-portal-tickets';

/** `/tiket/:code`: one of the user's tickets, with the conversation and what they can do now. */
export function TicketPage() {
  const { code = '' } = useParams();
  return <RequireSignIn>{() => <TicketLoader code={code.toUpperCase()} />}</RequireSignIn>;
}

function TicketLoader({ code }: { code: string }) {
  const { t } = useTranslation();
  const ticket = useTicket(code);
  useDocumentTitle(ticket.data ? `${ticket.data.ticket.code} · ${ticket.data.ticket.subject}` : code);

  if (ticket.data) return <TicketView detail={ticket.data} />;
  if (ticket.isError) {
    if (isApiError(ticket.error) && ticket.error.status === 404) {
      return (
        <PageMessage title={code}>
          <p>{ticket.error.message}</p>
          <p>
            <Link to="/tiket">{t('portal.detail.backToList')}</Link>
          </p>
        </PageMessage>
      );
    }
    return <QueryErrorMessage title={code} error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  return <LoadingMessage />;
}

function TicketView({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const { ticket } = detail;
  const timeZone = useUnitTimeZone(ticket.unitCode);
  const actions = useReporterActions(ticket.code);
  const location = useLocation();
  const navigate = useNavigate();
  // Said once: kept for this visit, then cleared from history so a reload does not repeat it.
  const [notice] = useState(() => ticketNoticeOf(location.state));
  useEffect(() => {
    if (ticketNoticeOf(location.state))
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);
  const survey = useTicketSurveyState(ticket.code, null).data;
  const entries: ConversationEntry[] = detail.messages
    .filter((message) => message.visibility === 'public')
    .map((message) => ({
      key: message.id,
      from: message.authorParty === 'reporter' || message.authorParty === 'tracker' ? 'reporter' : 'staff',
      purpose: message.purpose,
      body: message.body,
      createdAt: message.createdAt,
      authorName: message.authorName,
    }));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/tiket">{t('portal.detail.backToList')}</Link>
      </p>
      <h1 className="ticket-heading">
        <span className="ticket-heading__code">{ticket.code}</span>
        <span>{ticket.subject}</span>
      </h1>
      {notice ? (
        <p className="notice" role="status">
          {notice === 'claimed'
            ? t('portal.detail.claimed', { code: ticket.code })
            : t('portal.detail.submitted', { code: ticket.code })}
        </p>
      ) : null}
      <ReporterTicket
        summary={{ ...ticket, dueAt: ticket.sla.dueAt, slaState: ticket.sla.state }}
        timeZone={timeZone}
        entries={entries}
        can={reporterCan(ticket.allowedActions)}
        reply={actions.reply}
        confirmation={actions.confirmation}
        uploadPath={actions.uploadPath}
        onUploaded={actions.reload}
        survey={
          survey && survey.state !== 'not_resolved' ? { isAnswered: survey.state === 'answered' } : null
        }
        details={
          <TicketDetails
            ticket={ticket}
            attachments={detail.attachments.filter((file) => file.visibility === 'public')}
          />
        }
      />
    </>
  );
}
