import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api';
import { mailtoHref, telHref, websiteHref, websiteLabel } from './contact-links';

/** A link when the value can be one, plain text otherwise. */
function MaybeLink({ href, text }: { href: string | undefined; text: string }) {
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

/** The unit's address and contacts; empty fields are left out. */
export function UnitContact({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'address', label: t('standard.contact.address'), value: unit.address, href: undefined },
    { key: 'phone', label: t('standard.contact.phone'), value: unit.phone, href: telHref(unit.phone) },
    { key: 'email', label: t('standard.contact.email'), value: unit.email, href: mailtoHref(unit.email) },
    {
      key: 'website',
      label: t('standard.contact.website'),
      value: websiteLabel(unit.website),
      href: websiteHref(unit.website),
    },
  ].filter((row) => row.value.trim() !== '');

  return (
    <section className="card contact" id="kontak" aria-labelledby="kontak-judul">
      <h2 id="kontak-judul">{t('standard.contact.title')}</h2>
      <address>
        <p>
          <strong>{unit.name}</strong>
          {unit.organization ? (
            <>
              <br />
              {unit.organization}
            </>
          ) : null}
        </p>
        <dl className="details">
          {rows.map((row) => (
            <div key={row.key} className="details__row">
              <dt>{row.label}</dt>
              <dd>
                <MaybeLink href={row.href} text={row.value} />
              </dd>
            </div>
          ))}
        </dl>
      </address>
    </section>
  );
}
