import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import type { HistoryEvent } from '../../../api';
import { formatDateTime } from '../format';
import { difficultyKeys, isTier, labelOf, tierKeys } from '../labels';

const eventKeys = {
  created: 'console.history.event.created',
  escalated: 'console.history.event.escalated',
  returned: 'console.history.event.returned',
  replied: 'console.history.event.replied',
  noted: 'console.history.event.noted',
  info_requested: 'console.history.event.info_requested',
  reporter_answered: 'console.history.event.reporter_answered',
  resolved: 'console.history.event.resolved',
  confirmed: 'console.history.event.confirmed',
  reopened: 'console.history.event.reopened',
  closed_by_staff: 'console.history.event.closed_by_staff',
  auto_closed: 'console.history.event.auto_closed',
  coordinated: 'console.history.event.coordinated',
  redirected_to_portal: 'console.history.event.redirected_to_portal',
  claimed: 'console.history.event.claimed',
  lkpp_reference_recorded: 'console.history.event.lkpp_reference_recorded',
  assigned: 'console.history.event.assigned',
  difficulty_set: 'console.history.event.difficulty_set',
  extension_requested: 'console.history.event.extension_requested',
  extension_approved: 'console.history.event.extension_approved',
  extension_refused: 'console.history.event.extension_refused',
  attachment_added: 'console.history.event.attachment_added',
} as const satisfies Record<string, ParseKeys>;

const partyKeys = {
  reporter: 'console.history.party.reporter',
  tracker: 'console.history.party.tracker',
  helpdesk: 'console.history.party.helpdesk',
  admin_ppe: 'console.history.party.admin_ppe',
  lkpp: 'console.history.party.lkpp',
  kepala: 'console.history.party.kepala',
  admin: 'console.history.party.admin',
  system: 'console.history.party.system',
} as const satisfies Record<string, ParseKeys>;

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
      case 'extension_requested':
        return t(eventKeys.extension_requested, { days: text(event.data.workingDays) });
      default:
        return event.type in eventKeys
          ? t(eventKeys[event.type as keyof typeof eventKeys])
          : t('console.history.event.other', { type: event.type });
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
