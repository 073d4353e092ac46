import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asChannel, isMailChannel } from '@domain/tickets/channels';
import { asEventType } from '@domain/tickets/events';
import type { Party } from '@domain/tickets/parties';
import { useLanguage } from '../../../i18n';
import type { HistoryEvent } from '../../../api';
import { eventKeys } from '../lifecycle-labels';
import { formatDateTime } from '../format';
import { difficultyKeys, isTier, labelOf, tierKeys } from '../labels';

const partyKeys = {
  reporter: 'console.history.party.reporter',
  tracker: 'console.history.party.tracker',
  helpdesk: 'console.history.party.helpdesk',
  admin_ppe: 'console.history.party.admin_ppe',
  lkpp: 'console.history.party.lkpp',
  lkpp_teknis: 'console.history.party.lkpp_teknis',
  kepala: 'console.history.party.kepala',
  admin: 'console.history.party.admin',
  system: 'console.history.party.system',
} as const satisfies Record<Party, ParseKeys>;

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** "Dieskalasi ke Admin PPE": what happened, with the facts the event carries. */
function useDescribe() {
  const { t } = useTranslation();
  return (event: HistoryEvent): string => {
    const tier = isTier(event.data.tier) ? t(tierKeys[event.data.tier]) : '';
    switch (event.type) {
      case 'escalated':
        return t(eventKeys.escalated, { tier: isTier(event.data.to) ? t(tierKeys[event.data.to]) : tier });
      case 'returned':
        return t(eventKeys.returned, { tier });
      case 'lkpp_reference_recorded':
        return t(eventKeys.lkpp_reference_recorded, { reference: text(event.data.reference) });
      case 'difficulty_set':
        return t(eventKeys.difficulty_set, {
          difficulty: labelOf(t, difficultyKeys, text(event.data.difficulty)),
        });
      case 'reporter_answered': {
        // The importer records an answer that came by mail (`via`).
        const via = asChannel(event.data.via);
        return via && isMailChannel(via)
          ? t('console.history.byMail.reporter_answered')
          : t(eventKeys.reporter_answered);
      }
      case 'extension_requested':
        return t(eventKeys.extension_requested, { days: text(event.data.workingDays) });
      default: {
        // A type from a newer server than this page: said in general words, never its code.
        const type = asEventType(event.type);
        return type ? t(eventKeys[type]) : t('console.history.event.other');
      }
    }
  };
}

/** The append-only history: who, when, what, and why. */
export function HistoryTimeline({
  history,
  timeZone,
}: {
  history: readonly HistoryEvent[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useDescribe();
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('console.history.title')}</h2>
      <ol className="history__list">
        {[...history].reverse().map((event) => (
          <li key={event.version} className="history__item">
            <p className="history__what">{describe(event)}</p>
            <p className="history__who muted">
              <time dateTime={event.at}>{formatDateTime(event.at, language, timeZone)}</time>
              {' · '}
              {event.actor
                ? t('console.history.byActor', {
                    name: event.actor.name,
                    party: labelOf(t, partyKeys, event.party),
                  })
                : event.party === 'system'
                  ? t('console.history.system')
                  : labelOf(t, partyKeys, event.party)}
            </p>
            {event.reason ? (
              <p className="history__why">{t('console.history.reason', { reason: event.reason })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
