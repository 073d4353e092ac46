import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import type { Ticket } from '../../../../api';
import { actionErrors, useTicketAction } from '../use-ticket';

/** Telephone procedure 1b.5: no Admin PPE can be reached, so the caller is sent to LPSE Support. */
export function RedirectForm({
  ticket,
  onRedirected,
}: {
  ticket: Ticket;
  onRedirected: (claimUrl: string) => void;
}) {
  const { t } = useTranslation();
  const redirect = useTicketAction(ticket.code);
  const errors = actionErrors(redirect.error, [], t);
  const send = () =>
    redirect.mutate(
      { path: 'redirect-to-portal', body: { version: ticket.version } },
      {
        onSuccess: (change) => {
          if (change.claimUrl) onRedirected(change.claimUrl);
        },
      },
    );
  return (
    <div className="action-form">
      <FormAlert messages={errors.general} />
      <p>{t('console.actions.redirect.intro')}</p>
      <Button isBusy={redirect.isPending} onClick={send}>
        {t('console.actions.redirect.submit')}
      </Button>
    </div>
  );
}
