import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isWaitingForReporter } from '@domain/tickets/statuses';
import { AttachFilesCard } from './AttachFilesCard';
import { ClaimNotice } from './ClaimNotice';
import { ConfirmForm, type Confirmation } from './ConfirmForm';
import { Conversation } from './Conversation';
import type { ReporterCan } from './reporter-can';
import { ReplyForm } from './ReplyForm';
import { SurveyLink } from './SurveyLink';
import { TicketStatusCard } from './TicketStatusCard';
import type { ConversationEntry } from './Conversation';
import type { TicketStatus, TrackedTicket } from '../../api';

/** What the status card shows, as `GET /api/track/{code}` names it (the portal maps its ticket to it). */
export type TicketSummary = Pick<
  TrackedTicket,
  'code' | 'status' | 'tier' | 'createdAt' | 'resolvedAt' | 'closedAt' | 'dueAt' | 'slaState'
>;

export type MutationView<T> = { isPending: boolean; error: unknown; submit: (value: T) => Promise<unknown> };

type ReporterTicketProps = {
  summary: TicketSummary;
  timeZone: string;
  entries: readonly ConversationEntry[];
  /** What the reporter may do now: the ticket's `allowedActions`, as the lifecycle decides. */
  can: ReporterCan;
  reply: MutationView<string>;
  confirmation: MutationView<Confirmation>;
  uploadPath: string;
  onUploaded: () => void;
  /** The question as submitted and its files (portal), shown before the conversation. */
  details?: ReactNode;
  /** A reporter without an account rates the service with the PIN. */
  pin?: string | undefined;
  /** The satisfaction survey, once the API says it may be answered (and whether it was); else null. */
  survey: { isAnswered: boolean } | null;
};

/** The latest request for more data from the staff, if the ticket is waiting on it. */
function openRequest(
  entries: readonly ConversationEntry[],
  status: TicketStatus,
): ConversationEntry | undefined {
  if (!isWaitingForReporter(status)) return undefined;
  const last = [...entries].reverse().find((entry) => entry.from === 'staff');
  return last?.purpose === 'info_request' ? last : undefined;
}

/**
 * One ticket as its reporter follows it, on the tracking page (code and PIN) and in
 * "Tiket saya" (signed in): where it stands, what they can do now, the conversation.
 */
export function ReporterTicket({
  summary,
  timeZone,
  entries,
  can,
  reply,
  confirmation,
  uploadPath,
  onUploaded,
  details,
  pin,
  survey,
}: ReporterTicketProps) {
  const { t } = useTranslation();
  const request = openRequest(entries, summary.status);
  return (
    <>
      <TicketStatusCard {...summary} timeZone={timeZone} />
      {can.claim ? <ClaimNotice /> : null}
      {can.confirm || can.reject ? (
        <ConfirmForm
          canConfirm={can.confirm}
          canReject={can.reject}
          isPending={confirmation.isPending}
          error={confirmation.error}
          onSubmit={confirmation.submit}
        />
      ) : null}
      {survey ? <SurveyLink code={summary.code} pin={pin} isAnswered={survey.isAnswered} /> : null}
      {can.answer && request ? (
        <ReplyForm
          title={t('portal.ticket.answer.title')}
          request={<blockquote className="quote">{request.body}</blockquote>}
          label={t('portal.ticket.answer.label')}
          submitLabel={t('portal.ticket.answer.submit')}
          isPending={reply.isPending}
          error={reply.error}
          onSubmit={reply.submit}
        />
      ) : null}
      {details}
      <Conversation entries={entries} timeZone={timeZone} />
      {can.answer && !request ? (
        <ReplyForm
          title={t('portal.ticket.more.title')}
          label={t('portal.ticket.more.label')}
          submitLabel={t('portal.ticket.more.submit')}
          isPending={reply.isPending}
          error={reply.error}
          onSubmit={reply.submit}
        />
      ) : null}
      {can.attach ? <AttachFilesCard uploadPath={uploadPath} onUploaded={onUploaded} /> : null}
    </>
  );
}
