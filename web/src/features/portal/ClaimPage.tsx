import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { signInPath } from '../auth/safe-next';
import { useMe } from '../auth/use-me';
import { ticketNoticeState } from './ticket-notice';
import { useClaimTicket } from './use-portal-tickets';

/** Where to register and come back: the same `next` parameter as the sign-in page. */
const registerPath = (next: string) => `/daftar?next=${encodeURIComponent(next)}`;

/**
 * `/klaim/:code?token=`: the link a helpdesk gives a caller whose question could not reach the
 * Admin PPE (telephone procedure 1b.5). Signed out: sign in or register, then come back here.
 * Signed in: the ticket is claimed and opened, its question carried over.
 */
export function ClaimPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.claim.title'));
  const { code = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const me = useMe();
  const token = searchParams.get('token') ?? '';
  const here = `${location.pathname}${location.search}`;

  if (me.isPending) return <LoadingMessage />;
  if (me.isError)
    return (
      <QueryErrorMessage title={t('portal.claim.title')} error={me.error} onRetry={() => void me.refetch()} />
    );
  if (!me.data) {
    return (
      <PageMessage title={t('portal.claim.title')}>
        <p>{t('portal.claim.signedOut', { code: code.toUpperCase() })}</p>
        <div className="button-row">
          <Link className="button button--primary" to={signInPath(here)}>
            {t('portal.claim.signIn')}
          </Link>
          <Link className="button button--secondary" to={registerPath(here)}>
            {t('portal.claim.register')}
          </Link>
        </div>
      </PageMessage>
    );
  }
  return <Claim code={code.toUpperCase()} token={token} />;
}

function Claim({ code, token }: { code: string; token: string }) {
  const { t } = useTranslation();
  const claim = useClaimTicket();
  const started = useRef(false);

  // Once per visit, even when React runs effects twice in development.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    claim.mutate({ code, token });
  }, [claim, code, token]);

  if (claim.isSuccess)
    return (
      <Navigate
        to={`/tiket/${encodeURIComponent(claim.data.ticket.code)}`}
        replace
        state={ticketNoticeState('claimed')}
      />
    );
  if (claim.isError) {
    return (
      <PageMessage title={t('portal.claim.title')} tone="error">
        <p role="alert">{claim.error.message}</p>
        <p>{t('portal.claim.failedHint')}</p>
        <p>
          <Link to="/tiket">{t('portal.detail.backToList')}</Link>
        </p>
      </PageMessage>
    );
  }
  return (
    <p className="muted" role="status">
      {t('portal.claim.claiming', { code })}
    </p>
  );
}
