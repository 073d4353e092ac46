import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { Field } from '../../../../ui/Field';
import { FormAlert } from '../../../../ui/FormAlert';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { wholeNumber } from '../../../../ui/form-values';
import type { Ticket } from '../../../../api';
import { actionErrors, useTicketAction } from '../use-ticket';

/** The holder asks the Kepala LPSE for more working days than the difficulty level gives. */
export function ExtensionRequestForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState('1');
  const [reason, setReason] = useState('');
  const action = useTicketAction(ticket.code);
  const errors = actionErrors(action.error, ['workingDays', 'reason'], t);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      {
        path: 'extension-requests',
        body: { workingDays: wholeNumber(days), reason, version: ticket.version },
      },
      {
        onSuccess: () => {
          setReason('');
          onDone();
        },
      },
    );
  };
  return (
    <form className="action-form" noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      <Field
        label={t('console.actions.extension.days')}
        name="workingDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        required
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={errors.fields.workingDays}
      />
      <TextAreaField
        label={t('console.actions.extension.reason')}
        name="reason"
        required
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <Button type="submit" isBusy={action.isPending}>
        {t('console.actions.extension.submit')}
      </Button>
    </form>
  );
}

/** The Kepala LPSE approves or refuses the pending extension, with a note. */
export function ExtensionDecisionForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const action = useTicketAction(ticket.code);
  const errors = actionErrors(action.error, ['note'], t);
  const decide = (approve: boolean) => {
    action.mutate(
      { path: 'extension-decision', body: { approve, note, version: ticket.version } },
      {
        onSuccess: () => {
          setNote('');
          onDone();
        },
      },
    );
  };
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    decide(true);
  };
  const sent = action.variables;
  const approving = sent?.path === 'extension-decision' ? sent.body?.approve : undefined;
  return (
    <form className="action-form" noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      <TextAreaField
        label={t('console.actions.extension.note')}
        name="note"
        required
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields.note}
      />
      <p className="button-row">
        <Button type="submit" isBusy={action.isPending && approving === true}>
          {t('console.actions.extension.approve')}
        </Button>
        <Button
          variant="secondary"
          isBusy={action.isPending && approving === false}
          onClick={() => decide(false)}
        >
          {t('console.actions.extension.refuse')}
        </Button>
      </p>
    </form>
  );
}
