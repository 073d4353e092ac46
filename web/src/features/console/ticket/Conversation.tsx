import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asMessagePurpose } from '@domain/tickets/messages';
import { useLanguage } from '../../../i18n';
import type { Message } from '../../../api';
import { formatDateTime } from '../format';
import { purposeKeys } from '../lifecycle-labels';

/** A purpose from a newer server than this page reads as "other". */
function purposeKey(purpose: string): ParseKeys {
  const known = asMessagePurpose(purpose);
  return known ? purposeKeys[known] : 'console.conversation.purpose.other';
}

/**
 * The conversation. Internal notes look different from what the reporter sees (another
 * background, a dashed border, a label saying "Internal · hanya petugas"), never by colour alone.
 */
export function Conversation({ messages, timeZone }: { messages: readonly Message[]; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('console.conversation.title')}</h2>
      {messages.length === 0 ? <p className="muted">{t('console.conversation.empty')}</p> : null}
      <ol className="conversation__list">
        {messages.map((message) => {
          const fromReporter = message.authorParty === 'reporter' || message.authorParty === 'tracker';
          const classes = [
            'message',
            `message--${message.visibility}`,
            fromReporter ? 'message--reporter' : 'message--staff',
          ].join(' ');
          return (
            <li key={message.id} className={classes}>
              <p className="message__meta">
                <span className={`badge badge--${message.visibility}`}>
                  {message.visibility === 'internal'
                    ? t('console.conversation.internal')
                    : t('console.conversation.public')}
                </span>{' '}
                <strong>{t(purposeKey(message.purpose))}</strong>
                {' · '}
                {message.authorName ?? t('console.conversation.reporter')}
                {' · '}
                <time dateTime={message.createdAt}>
                  {formatDateTime(message.createdAt, language, timeZone)}
                </time>
              </p>
              <p className="message__body">{message.body}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
