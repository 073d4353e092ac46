import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage, i18n } from '../i18n';
import { ApiError, problemToApiError } from './api-error';
import type { paths } from './contract.gen';

/**
 * Every call asks for JSON in the reader's language; a request that never got an answer is a
 * network error, unless it was cancelled: TanStack Query must see that abort as it is.
 */
const tanggapHeadersAndNetworkErrors: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  onError({ request }) {
    if (request.signal.aborted) return undefined;
    return new ApiError({ status: 0, code: 'network_error', message: i18n.t('errors.network') });
  },
};

export type ApiClientOptions = {
  /** Where the API is; the page's own origin when left out. */
  baseUrl?: string;
  fetch?: (request: Request) => Promise<Response>;
};

/** A client of the Tanggap API typed by the contract; the app uses `api`, tests make their own. */
export function createApiClient({ baseUrl, fetch: send }: ApiClientOptions = {}) {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    // Looked up at each call, not once: tools may replace `fetch`.
    fetch: send ?? ((request) => fetch(request)),
  });
  client.use(tanggapHeadersAndNetworkErrors);
  return client;
}

/**
 * The Tanggap API on the same origin (the session cookie goes along), typed by the contract
 * generated from the server's OpenAPI (`contract.gen.ts`): paths, parameters, bodies and
 * answers. Wrap a call in `unwrap` to get its answer or have its failure thrown.
 */
export const api = createApiClient();

/** What an `api` call resolves to: its typed answer, or the error body of a failure. */
type Outcome = { data?: unknown; error?: unknown; response: Response };
type Answered<O extends Outcome> = Extract<O, { data: unknown }>;

/** openapi-fetch sets `error` (possibly to undefined, for an empty body) exactly when a call failed. */
const isAnswered = <O extends Outcome>(outcome: O): outcome is Answered<O> => !('error' in outcome);

/**
 * The answer of an `api` call, or its failure thrown as an ApiError made from the RFC 9457
 * problem the server sent.
 */
export async function unwrap<O extends Outcome>(call: Promise<O>): Promise<Answered<O>['data']> {
  const outcome = await call;
  if (isAnswered(outcome)) return outcome.data;
  throw problemToApiError(outcome.response.status, outcome.error, i18n.t('errors.unexpected'));
}
