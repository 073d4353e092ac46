import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { formErrors } from '../../../ui/form-errors';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useConsole } from '../console-context';
import { formatDateTime } from '../format';
import { ticketPath } from '../paths';
import type { HeldMail } from '../../../api';
import { rawMailUrl, useHeldMail, useHeldMailAction } from './use-held-mail';

/** Held mail that importing again can turn into a ticket or a message (not an unreadable one). */
const releasable = (mail: HeldMail) => mail.hasRaw && mail.reason !== 'unreadable';

/**
 * `/konsol/surel-tertahan`: mail the unit's mailbox did not turn into a ticket by itself
 * (unreadable, a sender over the hourly limit, too large, an import that kept failing). The
 * helpdesk reads it, imports it now, or marks it dealt with.
 */
export function HeldMailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit } = useConsole();
  useDocumentTitle(t('console.heldMail.title'));
  const unitCode = unit?.code ?? '';
  const held = useHeldMail(unitCode);
  const act = useHeldMailAction(unitCode);
  const errors = formErrors(act.error, [], t('errors.unexpected'));
  const timeZone = unit?.timezone ?? 'Asia/Jakarta';

  if (held.isPending) return <LoadingMessage />;
  if (held.isError)
    return (
      <QueryErrorMessage
        title={t('console.heldMail.title')}
        error={held.error}
        onRetry={() => void held.refetch()}
      />
    );
  const released = act.data?.ticketCode ?? null;
  return (
    <>
      <h1>{t('console.heldMail.title')}</h1>
      <p className="muted">{t('console.heldMail.intro')}</p>
      <FormAlert messages={errors.general} />
      {act.isSuccess ? (
        <p className="notice" role="status">
          {act.variables.action === 'dismiss'
            ? t('console.heldMail.dismissed')
            : released
              ? t('console.heldMail.imported')
              : t('console.heldMail.importedNoTicket')}{' '}
          {released ? <Link to={ticketPath(released)}>{released}</Link> : null}
        </p>
      ) : null}
      {held.data.length === 0 ? <p className="card">{t('console.heldMail.empty')}</p> : null}
      <ul className="held-mail">
        {held.data.map((mail) => (
          <li key={mail.id} className="card held-mail__item">
            <h2 className="held-mail__subject">{mail.subject ?? t('console.heldMail.noSubject')}</h2>
            <dl className="details">
              <div className="details__row">
                <dt>{t('console.heldMail.from')}</dt>
                <dd>{mail.from ?? t('console.heldMail.noSender')}</dd>
              </div>
              <div className="details__row">
                <dt>{t('console.heldMail.received')}</dt>
                <dd>
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, language, timeZone)}</time>
                </dd>
              </div>
              <div className="details__row">
                <dt>{t('console.heldMail.why')}</dt>
                <dd>{t(`console.heldMail.reason.${mail.reason}`)}</dd>
              </div>
              {mail.detail && (mail.reason === 'unreadable' || mail.reason === 'import_failed') ? (
                <div className="details__row">
                  <dt>{t('console.heldMail.detail')}</dt>
                  {/* The parser's or importer's own words, as the server logged them. */}
                  <dd lang="en">{mail.detail}</dd>
                </div>
              ) : null}
            </dl>
            <p className="held-mail__actions">
              {releasable(mail) ? (
                <Button
                  variant="primary"
                  isBusy={act.isPending && act.variables.id === mail.id && act.variables.action === 'release'}
                  disabled={act.isPending}
                  onClick={() => act.mutate({ id: mail.id, action: 'release' })}
                >
                  {t('console.heldMail.release')}
                </Button>
              ) : null}{' '}
              <Button
                variant="secondary"
                isBusy={act.isPending && act.variables.id === mail.id && act.variables.action === 'dismiss'}
                disabled={act.isPending}
                onClick={() => act.mutate({ id: mail.id, action: 'dismiss' })}
              >
                {t('console.heldMail.dismiss')}
              </Button>{' '}
              {mail.hasRaw ? (
                <a href={rawMailUrl(unitCode, mail.id)} download>
                  {t('console.heldMail.download')}
                </a>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
