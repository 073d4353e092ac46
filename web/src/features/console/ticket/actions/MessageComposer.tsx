import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { TextAreaField } from '../../../../ui/TextAreaField';
import type { Ticket } from '../../../../api';
import { actionErrors, useTicketAction } from '../use-ticket';

type Mode = 'reply' | 'note' | 'reporter_answer';

const bodies: Record<Mode, { internal: boolean; fromReporter: boolean }> = {
  reply: { internal: false, fromReporter: false },
  note: { internal: true, fromReporter: false },
  reporter_answer: { internal: false, fromReporter: true },
};

/**
 * Public reply, internal note, or the reporter's answer taken down by phone or at the counter
 * (`POST …/replies`): only the kinds the user may write now are offered.
 */
export function MessageComposer({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const modes = (['reply', 'note', 'reporter_answer'] as const).filter((mode) =>
    ticket.allowedActions.includes(mode),
  );
  const [chosen, setChosen] = useState<Mode>(modes[0] ?? 'note');
  const mode = modes.includes(chosen) ? chosen : (modes[0] ?? 'note');
  const [body, setBody] = useState('');
  const action = useTicketAction(ticket.code);
  const errors = actionErrors(action.error, ['body'], t);
  if (modes.length === 0) return null;

  const labels: Record<Mode, { option: string; submit: string }> = {
    reply: { option: t('console.actions.compose.reply'), submit: t('console.actions.compose.sendReply') },
    note: { option: t('console.actions.compose.note'), submit: t('console.actions.compose.sendNote') },
    reporter_answer: {
      option: t('console.actions.compose.reporterAnswer'),
      submit: t('console.actions.compose.sendReporterAnswer'),
    },
  };
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      { path: 'replies', body: { body, ...bodies[mode], version: ticket.version } },
      {
        onSuccess: () => {
          setBody('');
          onDone();
        },
      },
    );
  };

  return (
    <form className={`card composer composer--${mode}`} noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      {modes.length > 1 ? (
        <fieldset className="composer__modes">
          <legend>{t('console.actions.compose.legend')}</legend>
          {modes.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name="composer-mode"
                value={option}
                checked={mode === option}
                onChange={() => setChosen(option)}
              />
              {labels[option].option}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        label={modes.length > 1 ? t('console.actions.compose.body') : labels[mode].option}
        name="body"
        required
        rows={5}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.fields.body}
      />
      <Button type="submit" isBusy={action.isPending}>
        {labels[mode].submit}
      </Button>
    </form>
  );
}
