import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPhoneChannel } from '@domain/tickets/channels';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { Ticket } from '../../../../api';
import { tierKeys } from '../../labels';
import { actionErrors, useTicketAction } from '../use-ticket';

type EscalateFormProps = {
  /** Escalated to `ticket.escalateTo`, the next desk the server names. */
  ticket: Ticket;
  onDone: () => void;
  /** Called with the link for the caller when the officer redirects instead (Admin PPE unreachable). */
  onRedirected: (claimUrl: string) => void;
};

/**
 * Escalation one tier up, with the reason (procedure 1a.4, 1b.4, 1c.4 and 2). A phone ticket
 * whose Admin PPE cannot be reached is refused with `admin_ppe_unreachable`: the API's message
 * is shown with the way out the standard gives, "Alihkan ke portal" (procedure 1b.5).
 */
export function EscalateForm({ ticket, onDone, onRedirected }: EscalateFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const escalate = useTicketAction(ticket.code);
  const redirect = useTicketAction(ticket.code);
  const errors = actionErrors(escalate.error ?? redirect.error, ['reason'], t);
  const to = ticket.escalateTo;
  const tier = to ? t(tierKeys[to]) : '';
  const unreachable = escalate.error?.code === 'admin_ppe_unreachable';

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) return;
    redirect.reset();
    escalate.mutate(
      { path: 'escalations', body: { to, reason, version: ticket.version } },
      { onSuccess: onDone },
    );
  };
  const redirectToPortal = () => {
    redirect.mutate(
      { path: 'redirect-to-portal', body: { version: ticket.version } },
      {
        onSuccess: (change) => {
          if (change.claimUrl) onRedirected(change.claimUrl);
        },
      },
    );
  };

  return (
    <form className="action-form" noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      {unreachable && isPhoneChannel(ticket.channel) ? (
        <p>
          <Button variant="primary" isBusy={redirect.isPending} onClick={redirectToPortal}>
            {t('console.actions.redirect.submit')}
          </Button>
        </p>
      ) : null}
      <TextAreaField
        label={t('console.actions.escalate.reason')}
        name="reason"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <Button type="submit" isBusy={escalate.isPending}>
        {t('console.actions.escalate.submit', { tier })}
      </Button>
    </form>
  );
}
