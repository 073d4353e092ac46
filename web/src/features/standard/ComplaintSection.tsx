import { useTranslation } from 'react-i18next';
import { isMailChannel, isPhoneChannel } from '@domain/tickets/channels';
import { mailtoHref, telHref } from './contact-links';
import type { ComplaintChannel, StandardText } from '../../api';
import { StandardSection } from './StandardSection';

type ComplaintSectionProps = {
  number: number;
  complaintHandling: StandardText['complaintHandling'];
};

function contactHref({ channel, contact }: ComplaintChannel): string | undefined {
  if (!contact) return undefined;
  if (isPhoneChannel(channel)) return telHref(contact);
  if (isMailChannel(channel)) return mailtoHref(contact);
  return undefined;
}

/** The channel's label with its phone number or address turned into a link, in place. */
function ChannelLabel({ channel }: { channel: ComplaintChannel }) {
  const href = contactHref(channel);
  const { label, contact } = channel;
  if (!href || !contact) return <>{label}</>;
  const at = label.indexOf(contact);
  if (at < 0) {
    return (
      <>
        {label} <a href={href}>{contact}</a>
      </>
    );
  }
  return (
    <>
      {label.slice(0, at)}
      <a href={href}>{contact}</a>
      {label.slice(at + contact.length)}
    </>
  );
}

/** "Penanganan Pengaduan, Saran dan Masukan": where to complain, and how it is handled. */
export function ComplaintSection({ number, complaintHandling }: ComplaintSectionProps) {
  const { t } = useTranslation();
  return (
    <StandardSection number={number} id="pengaduan" title={t('standard.sections.complaints')}>
      <p>{complaintHandling.submissionTitle}</p>
      <ul>
        {complaintHandling.channels.map((channel, index) => (
          <li key={`${channel.channel}-${index}`}>
            <ChannelLabel channel={channel} />
          </li>
        ))}
      </ul>
      <p>{complaintHandling.handling}</p>
    </StandardSection>
  );
}
