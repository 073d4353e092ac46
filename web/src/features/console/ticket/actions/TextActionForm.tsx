import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { ActionAnswer, ActionRequest } from '../../console-api';
import { assertNever } from '@domain/assert-never';
import type { Ticket } from '../../../../api';
import { actionErrors, useTicketAction } from '../use-ticket';

/** The actions that take one text: the API path after `/api/tickets/{code}/` and the body field the text goes in. */
type TextAction =
  | { path: 'info-requests'; field: 'question' }
  | { path: 'returns'; field: 'answer' }
  | { path: 'lkpp-reference'; field: 'reference' }
  | { path: 'resolution'; field: 'answer' }
  | { path: 'coordination'; field: 'note' }
  | { path: 'closure'; field: 'reason' };

function textRequest(action: TextAction, text: string, version: number): ActionRequest {
  switch (action.path) {
    case 'info-requests':
      return { path: action.path, body: { question: text, version } };
    case 'returns':
      return { path: action.path, body: { answer: text, version } };
    case 'lkpp-reference':
      return { path: action.path, body: { reference: text, version } };
    case 'resolution':
      return { path: action.path, body: { answer: text, version } };
    case 'coordination':
      return { path: action.path, body: { note: text, version } };
    case 'closure':
      return { path: action.path, body: { reason: text, version } };
    default:
      return assertNever(action);
  }
}

export type TextActionFormProps = TextAction & {
  ticket: Ticket;
  label: string;
  submit: string;
  hint?: string;
  onDone?: (change: ActionAnswer) => void;
};

/** An action that takes one text: ask the reporter, resolve, hand back, close, coordinate… */
export function TextActionForm({ ticket, label, submit, hint, onDone, ...textAction }: TextActionFormProps) {
  const { field } = textAction;
  const { t } = useTranslation();
  const action = useTicketAction(ticket.code);
  const [text, setText] = useState('');
  const errors = actionErrors(action.error, [field], t);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(textRequest(textAction, text, ticket.version), {
      onSuccess: (change) => {
        setText('');
        onDone?.(change);
      },
    });
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
