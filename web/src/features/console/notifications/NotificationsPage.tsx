import { useTranslation } from 'react-i18next';
import { asNotificationType } from '@domain/tickets/notifications';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useConsole } from '../console-context';
import type { Notification } from '../../../api';
import { notificationKeys } from '../lifecycle-labels';
import { formatDateTime } from '../format';
import { consolePaths, ticketPath } from '../paths';
import { useMarkRead, useNotifications } from './use-notifications';

function useTitle() {
  const { t } = useTranslation();
  return (n: Notification) => {
    const code = n.ticketCode ?? '';
    // A type from a newer server than this page: said in general words, never its code.
    const type = asNotificationType(n.type);
    return type ? t(notificationKeys[type], { code }) : t('console.notifications.type.other', { code });
  };
}

/** `/konsol/notifikasi`: what happened to my tickets, unread first marked; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit } = useConsole();
  useDocumentTitle(t('console.notifications.title'));
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const title = useTitle();
  const timeZone = unit?.timezone ?? 'Asia/Jakarta';

  if (notifications.isPending) return <LoadingMessage />;
  if (notifications.isError) {
    return (
      <QueryErrorMessage
        title={t('console.notifications.title')}
        error={notifications.error}
        onRetry={() => void notifications.refetch()}
      />
    );
  }
  const { notifications: items, unreadCount } = notifications.data;
  return (
    <>
      <h1>{t('console.notifications.title')}</h1>
      {unreadCount > 0 ? (
        <p>
          <Button
            variant="secondary"
            isBusy={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('console.notifications.markAll')}
          </Button>
        </p>
      ) : null}
      {items.length === 0 ? <p className="card">{t('console.notifications.empty')}</p> : null}
      <ol className="notifications">
        {items.map((n) => {
          const subject = typeof n.data.subject === 'string' ? n.data.subject : '';
          const open = () => {
            if (!n.readAt) markRead.mutate({ ids: [n.id] });
          };
          return (
            <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
              {n.readAt ? null : (
                <span className="badge badge--new">{t('console.notifications.unread')}</span>
              )}{' '}
              {n.ticketCode ? (
                <Link to={ticketPath(n.ticketCode)} onClick={open}>
                  {title(n)}
                </Link>
              ) : n.type === 'mail_held' ? (
                <Link to={consolePaths.heldMail} onClick={open}>
                  {title(n)}
                </Link>
              ) : (
                <strong>{title(n)}</strong>
              )}
              {subject ? <span className="notification__subject"> · {subject}</span> : null}
              <span className="muted">
                {' · '}
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language, timeZone)}</time>
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
