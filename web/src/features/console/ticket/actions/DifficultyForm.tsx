import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { SelectField } from '../../../../ui/SelectField';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { DIFFICULTIES } from '@domain/sla/targets';
import type { Difficulty, Ticket } from '../../../../api';
import { difficultyKeys } from '../../labels';
import { actionErrors, useTicketAction } from '../use-ticket';

/** The difficulty level sets the target ("1 hari, disesuaikan dengan tingkat kesulitan"); a reason is required. */
export function DifficultyForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const [difficulty, setDifficulty] = useState<Difficulty>(ticket.sla.difficulty);
  const [reason, setReason] = useState('');
  const action = useTicketAction(ticket.code);
  const errors = actionErrors(action.error, ['difficulty', 'reason'], t);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      { path: 'difficulty', body: { difficulty, reason, version: ticket.version } },
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
      <SelectField
        label={t('console.actions.difficulty.level')}
        name="difficulty"
        value={difficulty}
        options={DIFFICULTIES.map((level) => ({ value: level, label: t(difficultyKeys[level]) }))}
        onChange={(e) => setDifficulty(e.target.value as Difficulty)}
        error={errors.fields.difficulty}
      />
      <TextAreaField
        label={t('console.actions.difficulty.reason')}
        name="reason"
        required
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <Button type="submit" isBusy={action.isPending}>
        {t('console.actions.difficulty.submit')}
      </Button>
    </form>
  );
}
