import { api, unwrap } from '../../api';
import type { BodyOf, QueryOf, ResponseOf, TicketChange } from '../../api';
import { assertNever } from '@domain/assert-never';

const ticketPath = (code: string) => `/api/tickets/${encodeURIComponent(code)}`;

/** `GET /api/tickets` with the queue's filters. */
export function fetchQueue(query: QueryOf<'/api/tickets', 'get'>, signal: AbortSignal) {
  return unwrap(api.GET('/api/tickets', { params: { query }, signal }));
}

export function fetchTicket(code: string, signal: AbortSignal) {
  return unwrap(api.GET('/api/tickets/{code}', { params: { path: { code } }, signal }));
}

/**
 * The changes staff make to a ticket, by the path after `/api/tickets/{code}/`, each with the
 * body the API declares for it (every one carries the version the user saw).
 */
export type ActionRequest =
  | { path: 'assignment'; body: BodyOf<'/api/tickets/{code}/assignment', 'post'> }
  | { path: 'closure'; body: BodyOf<'/api/tickets/{code}/closure', 'post'> }
  | { path: 'coordination'; body: BodyOf<'/api/tickets/{code}/coordination', 'post'> }
  | { path: 'difficulty'; body: BodyOf<'/api/tickets/{code}/difficulty', 'post'> }
  | { path: 'escalations'; body: BodyOf<'/api/tickets/{code}/escalations', 'post'> }
  | { path: 'extension-decision'; body: BodyOf<'/api/tickets/{code}/extension-decision', 'post'> }
  | { path: 'extension-requests'; body: BodyOf<'/api/tickets/{code}/extension-requests', 'post'> }
  | { path: 'info-requests'; body: BodyOf<'/api/tickets/{code}/info-requests', 'post'> }
  | { path: 'lkpp-reference'; body: BodyOf<'/api/tickets/{code}/lkpp-reference', 'post'> }
  | { path: 'redirect-to-portal'; body: BodyOf<'/api/tickets/{code}/redirect-to-portal', 'post'> }
  | { path: 'replies'; body: BodyOf<'/api/tickets/{code}/replies', 'post'> }
  | { path: 'resolution'; body: BodyOf<'/api/tickets/{code}/resolution', 'post'> }
  | { path: 'returns'; body: BodyOf<'/api/tickets/{code}/returns', 'post'> };

/** What a change answers: the ticket, and for a redirect to the portal the caller's claim link. */
export type ActionAnswer = TicketChange &
  Partial<Pick<ResponseOf<'/api/tickets/{code}/redirect-to-portal', 'post'>, 'claimUrl'>>;

/** One change to a ticket (`POST /api/tickets/{code}/{path}`), carrying the version it was made on. */
export function changeTicket(code: string, request: ActionRequest): Promise<ActionAnswer> {
  const params = { path: { code } };
  switch (request.path) {
    case 'assignment':
      return unwrap(api.POST('/api/tickets/{code}/assignment', { params, body: request.body }));
    case 'closure':
      return unwrap(api.POST('/api/tickets/{code}/closure', { params, body: request.body }));
    case 'coordination':
      return unwrap(api.POST('/api/tickets/{code}/coordination', { params, body: request.body }));
    case 'difficulty':
      return unwrap(api.POST('/api/tickets/{code}/difficulty', { params, body: request.body }));
    case 'escalations':
      return unwrap(api.POST('/api/tickets/{code}/escalations', { params, body: request.body }));
    case 'extension-decision':
      return unwrap(api.POST('/api/tickets/{code}/extension-decision', { params, body: request.body }));
    case 'extension-requests':
      return unwrap(api.POST('/api/tickets/{code}/extension-requests', { params, body: request.body }));
    case 'info-requests':
      return unwrap(api.POST('/api/tickets/{code}/info-requests', { params, body: request.body }));
    case 'lkpp-reference':
      return unwrap(api.POST('/api/tickets/{code}/lkpp-reference', { params, body: request.body }));
    case 'redirect-to-portal':
      return unwrap(api.POST('/api/tickets/{code}/redirect-to-portal', { params, body: request.body }));
    case 'replies':
      return unwrap(api.POST('/api/tickets/{code}/replies', { params, body: request.body }));
    case 'resolution':
      return unwrap(api.POST('/api/tickets/{code}/resolution', { params, body: request.body }));
    case 'returns':
      return unwrap(api.POST('/api/tickets/{code}/returns', { params, body: request.body }));
    default:
      return assertNever(request);
  }
}

/**
 * `POST /api/tickets` from an intake form. The form leaves out what was not filled in, even a
 * field the API requires (`description`), so that the API's own "required" message names it:
 * the one body sent as the form has it rather than as the contract requires.
 */
export function createTicket(body: Partial<BodyOf<'/api/tickets', 'post'>>) {
  return unwrap(api.POST('/api/tickets', { body: body as BodyOf<'/api/tickets', 'post'> }));
}

export function attachmentUrl(code: string, attachmentId: string): string {
  return `${ticketPath(code)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function fetchAdminPpe(unitCode: string, signal: AbortSignal) {
  return unwrap(api.GET('/api/units/{unitCode}/admin-ppe', { params: { path: { unitCode } }, signal }));
}

export function setMyAvailability(availability: BodyOf<'/api/me/availability', 'put'>['availability']) {
  return unwrap(api.PUT('/api/me/availability', { body: { availability } }));
}

export function fetchNotifications(signal: AbortSignal) {
  return unwrap(api.GET('/api/notifications', { params: { query: { limit: 50 } }, signal }));
}

export function markNotificationsRead(body: BodyOf<'/api/notifications/read', 'post'>) {
  return unwrap(api.POST('/api/notifications/read', { body }));
}
