import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useUnits } from '../../units/use-units';
import { consolePaths } from '../paths';
import { ActionsPanel } from './actions/ActionsPanel';
import { ClaimLinkCard } from './actions/ClaimLinkCard';
import { MessageComposer } from './actions/MessageComposer';
import { AttachmentsPanel } from './AttachmentsPanel';
import { Conversation } from './Conversation';
import { HistoryTimeline } from './HistoryTimeline';
import { SlaClock } from './SlaClock';
import { TicketSummary } from './TicketSummary';
import { useTicket } from './use-ticket';

/** `/konsol/tiket/:code`: the ticket, its conversation, SLA clock, history and the actions allowed now. */
export function TicketPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const detail = useTicket(code);
  const units = useUnits();
  const [claimUrl, setClaimUrl] = useState<string | null>(null);
  const [saves, setSaves] = useState(0);
  useDocumentTitle(detail.data ? `${detail.data.ticket.code} · ${detail.data.ticket.subject}` : code);

  const back = (
    <p className="back-link">
      <Link to={consolePaths.queue}>{t('console.ticket.backToQueue')}</Link>
    </p>
  );
  if (detail.isPending) return <LoadingMessage />;
  if (detail.isError) {
    return (
      <>
        {back}
        <QueryErrorMessage
          title={t('console.ticket.loadFailed')}
          error={detail.error}
          onRetry={() => void detail.refetch()}
        />
      </>
    );
  }
  const { ticket, messages, attachments, history } = detail.data;
  const timeZone = units.data?.find((unit) => unit.code === ticket.unitCode)?.timezone ?? 'Asia/Jakarta';
  const onDone = () => setSaves((n) => n + 1);

  return (
    <>
      {back}
      <p role="status" className="visually-hidden">
        {saves > 0 ? `${t('console.actions.done')} (${saves})` : ''}
      </p>
      <TicketSummary ticket={ticket} timeZone={timeZone} />
      <div className="ticket-layout">
        <div className="ticket-layout__main">
          {claimUrl ? <ClaimLinkCard claimUrl={claimUrl} /> : null}
          <Conversation messages={messages} timeZone={timeZone} />
          <MessageComposer ticket={ticket} onDone={onDone} />
          <ActionsPanel ticket={ticket} onDone={onDone} onRedirected={setClaimUrl} />
        </div>
        <div className="ticket-layout__side">
          <SlaClock sla={ticket.sla} timeZone={timeZone} />
          <AttachmentsPanel ticket={ticket} attachments={attachments} />
          <HistoryTimeline history={history} timeZone={timeZone} />
        </div>
      </div>
    </>
  );
}
