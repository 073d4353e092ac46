import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../../api';
import { tierKeys } from '../../labels';
import { ActionDisclosure } from './ActionDisclosure';
import { AssignForm } from './AssignForm';
import { DifficultyForm } from './DifficultyForm';
import { EscalateForm } from './EscalateForm';
import { ExtensionDecisionForm, ExtensionRequestForm } from './ExtensionForms';
import { RedirectForm } from './RedirectForm';
import { TextActionForm } from './TextActionForm';

type ActionsPanelProps = {
  ticket: Ticket;
  onDone: () => void;
  onRedirected: (claimUrl: string) => void;
};

/**
 * The actions this user may take on this ticket now, straight from its `allowedActions`:
 * nothing else is offered. Replies and notes are written under the conversation.
 */
export function ActionsPanel({ ticket, onDone, onRedirected }: ActionsPanelProps) {
  const { t } = useTranslation();
  const can = (action: Ticket['allowedActions'][number]) => ticket.allowedActions.includes(action);
  // Where escalating and returning take it: the server's answer, from the tier chain.
  const up = ticket.escalateTo;
  const down = ticket.returnTo;
  const common = { ticket, onDone: () => onDone() };
  const items = [
    can('escalate') && up ? (
      <ActionDisclosure key="escalate" title={t('console.actions.escalate.title', { tier: t(tierKeys[up]) })}>
        <EscalateForm ticket={ticket} onDone={onDone} onRedirected={onRedirected} />
      </ActionDisclosure>
    ) : null,
    can('redirect_to_portal') ? (
      <ActionDisclosure key="redirect" title={t('console.actions.redirect.title')}>
        <RedirectForm ticket={ticket} onRedirected={onRedirected} />
      </ActionDisclosure>
    ) : null,
    can('request_info') ? (
      <ActionDisclosure key="info" title={t('console.actions.infoRequest.title')}>
        <TextActionForm
          {...common}
          path="info-requests"
          field="question"
          label={t('console.actions.infoRequest.question')}
          hint={t('console.actions.infoRequest.hint')}
          submit={t('console.actions.infoRequest.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('return') && down ? (
      <ActionDisclosure key="return" title={t('console.actions.return.title', { tier: t(tierKeys[down]) })}>
        <TextActionForm
          {...common}
          path="returns"
          field="answer"
          label={t('console.actions.return.answer')}
          submit={t('console.actions.return.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('record_lkpp_reference') ? (
      <ActionDisclosure key="lkpp" title={t('console.actions.lkppReference.title')}>
        <TextActionForm
          {...common}
          path="lkpp-reference"
          field="reference"
          label={t('console.actions.lkppReference.reference')}
          submit={t('console.actions.lkppReference.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('resolve') ? (
      <ActionDisclosure key="resolve" title={t('console.actions.resolve.title')}>
        <TextActionForm
          {...common}
          path="resolution"
          field="answer"
          label={t('console.actions.resolve.answer')}
          submit={t('console.actions.resolve.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('coordinate') ? (
      <ActionDisclosure
        key="coordinate"
        title={t('console.actions.coordination.title')}
        defaultOpen={ticket.coordination?.notedAt === null}
      >
        <TextActionForm
          {...common}
          path="coordination"
          field="note"
          label={t('console.actions.coordination.note')}
          submit={t('console.actions.coordination.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('close') ? (
      <ActionDisclosure key="close" title={t('console.actions.close.title')}>
        <TextActionForm
          {...common}
          path="closure"
          field="reason"
          label={t('console.actions.close.reason')}
          hint={t('console.actions.close.hint')}
          submit={t('console.actions.close.submit')}
        />
      </ActionDisclosure>
    ) : null,
    can('decide_extension') && ticket.extensionPendingMinutes !== null ? (
      <ActionDisclosure key="decide" title={t('console.actions.extension.decideTitle')} defaultOpen>
        <ExtensionDecisionForm {...common} />
      </ActionDisclosure>
    ) : null,
    can('set_difficulty') ? (
      <ActionDisclosure key="difficulty" title={t('console.actions.difficulty.title')}>
        <DifficultyForm {...common} />
      </ActionDisclosure>
    ) : null,
    can('request_extension') ? (
      <ActionDisclosure key="extension" title={t('console.actions.extension.requestTitle')}>
        <ExtensionRequestForm {...common} />
      </ActionDisclosure>
    ) : null,
    can('assign') ? (
      <ActionDisclosure key="assign" title={t('console.actions.assign.title')}>
        <AssignForm {...common} />
      </ActionDisclosure>
    ) : null,
  ].filter((item) => item !== null);
  const canWrite = can('reply') || can('note') || can('reporter_answer');
  if (items.length === 0 && canWrite) return null;

  return (
    <section className="ticket-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('console.actions.title')}</h2>
      {items.length === 0 ? <p className="muted">{t('console.actions.none')}</p> : items}
    </section>
  );
}
