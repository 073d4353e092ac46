import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit } from '../../api';
import { mailtoHref, telHref } from './contact-links';

/**
 * What a visitor most often came to do, first on the page: ask a question (LPSE Support),
 * follow a ticket, or phone or write to the helpdesk.
 */
export function ServiceActions({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const phone = telHref(unit.phone);
  const email = mailtoHref(unit.email);
  return (
    <section className="card service-actions" aria-labelledby="layanan-judul">
      <h2 id="layanan-judul">{t('portal.home.actions.title')}</h2>
      <div className="button-row">
        <Link className="button button--primary" to={`/tiket/baru?unit=${encodeURIComponent(unit.code)}`}>
          {t('portal.home.actions.ask')}
        </Link>
        <Link className="button button--secondary" to="/lacak">
          {t('portal.home.actions.track')}
        </Link>
      </div>
      {phone || email ? (
        <ul className="channel-links">
          {phone ? (
            <li>
              <span className="channel-links__label">{t('portal.home.actions.phone')}</span>{' '}
              <a href={phone}>{unit.phone}</a>
            </li>
          ) : null}
          {email ? (
            <li>
              <span className="channel-links__label">{t('portal.home.actions.email')}</span>{' '}
              <a href={email}>{unit.email}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
