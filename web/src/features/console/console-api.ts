import { api, apiRequest, problemToApiError } from '../../api';
import { currentLanguage, i18n } from '../../i18n';
import type { User } from '../auth/auth.types';
import type {
  AdminPpeStatus,
  Attachment,
  NotificationsResponse,
  QueuePage,
  Ticket,
  TicketDetail,
} from './console.types';

const ticketPath = (code: string) => `/api/tickets/${encodeURIComponent(code)}`;

/** `GET /api/tickets` with the queue's filters already in a query string. */
export function fetchQueue(query: URLSearchParams, signal: AbortSignal): Promise<QueuePage> {
  return api.get<QueuePage>(`/api/tickets?${query.toString()}`, signal);
}

export function fetchTicket(code: string, signal: AbortSignal): Promise<TicketDetail> {
  return api.get<TicketDetail>(ticketPath(code), signal);
}

export type TicketChange = { ticket: Ticket; claimUrl?: string };

/** One change to a ticket (`POST /api/tickets/{code}/{path}`), carrying the version it was made on. */
export function changeTicket(
  code: string,
  path: string,
  body: Record<string, unknown>,
): Promise<TicketChange> {
  return api.post<TicketChange>(`${ticketPath(code)}/${path}`, body);
}

export function createTicket(body: Record<string, unknown>): Promise<{ ticket: Ticket }> {
  return api.post<{ ticket: Ticket }>('/api/tickets', body);
}

export function attachmentUrl(code: string, attachmentId: string): string {
  return `${ticketPath(code)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** Uploads files as `multipart/form-data` (field `files`); the API answers with what it stored. */
export async function uploadAttachments(
  code: string,
  files: readonly File[],
  internal: boolean,
): Promise<{ attachments: Attachment[]; ticket: Ticket }> {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  let response: Response;
  try {
    response = await fetch(`${ticketPath(code)}/attachments?internal=${internal ? 'true' : 'false'}`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLanguage() },
    });
  } catch {
    throw problemToApiError(
      0,
      { code: 'network_error', detail: i18n.t('errors.network') },
      i18n.t('errors.network'),
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemToApiError(response.status, body, i18n.t('errors.unexpected'));
  return body as { attachments: Attachment[]; ticket: Ticket };
}

export function fetchAdminPpe(unitCode: string, signal: AbortSignal): Promise<AdminPpeStatus> {
  return api.get<AdminPpeStatus>(`/api/units/${encodeURIComponent(unitCode)}/admin-ppe`, signal);
}

export function setMyAvailability(availability: 'available' | 'unreachable') {
  return apiRequest<{ user: User }>('/api/me/availability', { method: 'PUT', body: { availability } });
}

export function fetchNotifications(signal: AbortSignal): Promise<NotificationsResponse> {
  return api.get<NotificationsResponse>('/api/notifications?limit=50', signal);
}

export function markNotificationsRead(body: {
  ids?: string[];
  all?: boolean;
}): Promise<{ unreadCount: number }> {
  return api.post<{ unreadCount: number }>('/api/notifications/read', body);
}
