import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { TicketChange } from '../../console-api';
import type { Ticket } from '../../console.types';
import { actionErrors, useTicketAction } from '../use-ticket';

export type TextActionFormProps = {
  ticket: Ticket;
  /** The API path after `/api/tickets/{code}/`. */
  path: string;
  /** The body field the text goes in (`answer`, `reason`, `question`…). */
  field: string;
  label: string;
  submit: string;
  hint?: string;
  extraBody?: Record<string, unknown>;
  onDone?: (change: TicketChange) => void;
};

/** An action that takes one text: ask the reporter, resolve, hand back, close, coordinate… */
export function TextActionForm({
  ticket,
  path,
  field,
  label,
  submit,
  hint,
  extraBody,
  onDone,
}: TextActionFormProps) {
  const { t } = useTranslation();
  const action = useTicketAction(ticket.code);
  const [text, setText] = useState('');
  const errors = actionErrors(action.error, [field], t);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      { path, body: { ...extraBody, [field]: text, version: ticket.version } },
      {
        onSuccess: (change) => {
          setText('');
          onDone?.(change);
        },
      },
    );
  };
  return (
    <form className="action-form" noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      <TextAreaField
        label={label}
        hint={hint}
        name={field}
        required
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.fields[field]}
      />
      <Button type="submit" isBusy={action.isPending}>
        {submit}
      </Button>
      {action.isSuccess ? (
        <p role="status" className="action-form__done">
          {t('console.actions.done')}
        </p>
      ) : null}
    </form>
  );
}
