import { currentLanguage, i18n } from '../i18n';
import { ApiError, problemToApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
};

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Calls the Tanggap API on the same origin (the session cookie goes along) and returns the
 * parsed JSON body, or `undefined` for 204. Every failure is thrown as an ApiError.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  });
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // A cancelled query is not a failure to report: let TanStack Query see the abort.
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'network_error', message: i18n.t('errors.network') });
  }

  if (!response.ok) {
    throw problemToApiError(response.status, await readJson(response), i18n.t('errors.unexpected'));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
};
