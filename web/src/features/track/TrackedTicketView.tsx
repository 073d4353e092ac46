import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReporterTicket } from '../reporter/ReporterTicket';
import { reporterCan } from '../reporter/reporter-can';
import type { TrackedTicket } from '../../api';
import { useUnitTimeZone } from '../reporter/use-unit-time-zone';
import { useTrackerActions, type TrackKey } from './use-track';

/**
 * A tracked ticket and what its reporter can do without an account: answer a request for
 * more data, add files, confirm or say it is not solved, rate the service. Which of these is
 * offered is the server's answer (`allowedActions` for the holder of the PIN).
 */
export function TrackedTicketView({ ticket, trackKey }: { ticket: TrackedTicket; trackKey: TrackKey }) {
  const { t } = useTranslation();
  const timeZone = useUnitTimeZone(ticket.unitCode);
  const actions = useTrackerActions(trackKey);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A newly found ticket is announced by moving focus to its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [ticket.code]);

  const entries = ticket.replies.map((reply, index) => ({ key: `${index}-${reply.createdAt}`, ...reply }));
  return (
    <div className="tracked-ticket">
      <h2 ref={headingRef} tabIndex={-1} className="ticket-heading">
        <span className="ticket-heading__code">{ticket.code}</span>
        <span>{ticket.subject}</span>
      </h2>
      <ReporterTicket
        summary={{ ...ticket }}
        timeZone={timeZone}
        entries={entries}
        can={reporterCan(ticket.allowedActions)}
        reply={actions.reply}
        confirmation={actions.confirmation}
        uploadPath={actions.uploadPath}
        onUploaded={actions.reload}
        pin={trackKey.pin}
        survey={ticket.survey ? { isAnswered: ticket.survey.answered } : null}
      />
      <p className="muted">{t('track.privacy')}</p>
    </div>
  );
}
