import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { purposeLabelKey } from './labels';

/** One message of the public conversation, from the staff or from the reporter. */
export type ConversationEntry = {
  key: string;
  from: 'staff' | 'reporter';
  /** `reply`, `info_request`, `resolution`, `reporter_answer`, `confirmation`, `not_solved`… */
  purpose: string;
  body: string;
  createdAt: string;
  authorName?: string | null;
};

type ConversationProps = {
  entries: readonly ConversationEntry[];
  timeZone: string;
};

/** The public conversation, oldest first: the reporter's messages and the staff's answers. */
export function Conversation({ entries, timeZone }: ConversationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="card" aria-labelledby="percakapan-judul">
      <h2 id="percakapan-judul">{t('portal.ticket.conversationTitle')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('portal.ticket.noReplies')}</p>
      ) : (
        <ol className="conversation">
          {entries.map((entry) => {
            const author =
              entry.from === 'reporter'
                ? t('portal.ticket.you')
                : (entry.authorName ?? t('portal.ticket.staff'));
            return (
              <li key={entry.key} className={`message message--${entry.from} message--${entry.purpose}`}>
                <p className="message__meta">
                  <strong>{author}</strong> · {t(purposeLabelKey(entry.purpose, entry.from))}
                  <br />
                  <time dateTime={entry.createdAt}>
                    {formatDateTime(entry.createdAt, language, timeZone)}
                  </time>
                </p>
                <p className="message__body">{entry.body}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
