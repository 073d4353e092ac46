import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatFileSize } from '../../i18n/format';
import { typeLabelKeys } from '../reporter/labels';
import type { Attachment, Ticket } from '../../api';
import { ticketPath } from './use-portal-tickets';
import { useCategories } from './use-categories';

/** The question as the reporter submitted it (LPSE Support fields), and the files on the ticket. */
export function TicketDetails({
  ticket,
  attachments,
}: {
  ticket: Ticket;
  attachments: readonly Attachment[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const categories = useCategories(ticket.unitCode);
  const category = categories.data?.find((candidate) => candidate.code === ticket.categoryCode);
  const categoryName = category ? (language === 'en' ? category.nameEn : category.name) : ticket.categoryCode;

  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'type', label: t('portal.form.type'), value: t(typeLabelKeys[ticket.type]) },
    ...(categoryName ? [{ key: 'category', label: t('portal.form.category'), value: categoryName }] : []),
    ...(ticket.application
      ? [{ key: 'application', label: t('portal.form.application'), value: ticket.application }]
      : []),
    ...(ticket.errorCode
      ? [{ key: 'errorCode', label: t('portal.form.errorCode'), value: ticket.errorCode }]
      : []),
    ...(ticket.tenderCode
      ? [{ key: 'tenderCode', label: t('portal.form.tenderCode'), value: ticket.tenderCode }]
      : []),
  ];

  return (
    <section className="card" aria-labelledby="pertanyaan-judul">
      <h2 id="pertanyaan-judul">{t('portal.detail.questionTitle')}</h2>
      <dl className="details">
        {rows.map((row) => (
          <div key={row.key} className="details__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="message__body">{ticket.description}</p>
      <h3>{t('portal.detail.attachmentsTitle')}</h3>
      {attachments.length === 0 ? (
        <p className="muted">{t('portal.detail.noAttachments')}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a
                href={`${ticketPath(ticket.code)}/attachments/${encodeURIComponent(attachment.id)}`}
                download={attachment.filename}
              >
                {attachment.filename}
              </a>{' '}
              <span className="muted">({formatFileSize(attachment.size, language)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
