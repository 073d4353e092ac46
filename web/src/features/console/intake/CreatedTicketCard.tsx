import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import type { Ticket } from '../../../api';
import { CopyButton } from '../CopyButton';
import { ticketPath } from '../paths';

type CreatedTicketCardProps = { ticket: Ticket; onAnother: () => void };

/** The new ticket's code and tracking PIN, large, to read out on the phone or hand over at the counter. */
export function CreatedTicketCard({ ticket, onAnother }: CreatedTicketCardProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card created-ticket" aria-labelledby="created-ticket-title">
      <h2 id="created-ticket-title" tabIndex={-1} ref={headingRef}>
        {t('console.intake.createdTitle')}
      </h2>
      <dl className="created-ticket__secrets">
        <div>
          <dt>{t('console.intake.code')}</dt>
          <dd className="secret" data-testid="created-code">
            {ticket.code}
          </dd>
        </div>
        {ticket.trackingPin ? (
          <div>
            <dt>{t('console.intake.pin')}</dt>
            <dd className="secret" data-testid="created-pin">
              {ticket.trackingPin}
            </dd>
          </div>
        ) : null}
      </dl>
      {ticket.trackingPin ? (
        <p>
          {t('console.intake.pinHint')} <CopyButton text={`${ticket.code} · PIN ${ticket.trackingPin}`} />
        </p>
      ) : null}
      <p className="button-row">
        <Link className="button button--primary" to={ticketPath(ticket.code)}>
          {t('console.intake.openTicket', { code: ticket.code })}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t('console.intake.another')}
        </Button>
      </p>
    </section>
  );
}
