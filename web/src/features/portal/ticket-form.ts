import type { NewTicket, TicketType } from '../../api';

/** The LPSE Support form's fields, as typed. */
export type TicketFormValues = {
  unitCode: string;
  subject: string;
  type: TicketType;
  categoryCode: string;
  application: string;
  errorCode: string;
  tenderCode: string;
  description: string;
};

/** The form fields in page order: API field errors are matched to them, the first one focused. */
export const TICKET_FIELDS = [
  'unitCode',
  'subject',
  'type',
  'categoryCode',
  'application',
  'errorCode',
  'tenderCode',
  'description',
] as const;

export const emptyTicketForm = (unitCode: string): TicketFormValues => ({
  unitCode,
  subject: '',
  type: 'permasalahan',
  categoryCode: '',
  application: '',
  errorCode: '',
  tenderCode: '',
  description: '',
});

/** What `POST /api/tickets` receives: trimmed text, optional fields left out when empty. */
export function toNewTicket(values: TicketFormValues): NewTicket {
  const optional = (key: 'categoryCode' | 'application' | 'errorCode' | 'tenderCode') => {
    const value = values[key].trim();
    return value ? { [key]: value } : {};
  };
  return {
    unitCode: values.unitCode,
    channel: 'portal',
    subject: values.subject.trim(),
    type: values.type,
    description: values.description.trim(),
    ...optional('categoryCode'),
    ...optional('application'),
    ...optional('errorCode'),
    ...optional('tenderCode'),
  };
}
