import { describe, expect, it, vi } from 'vitest';

// The i18n module marks the page's language on `document`; these tests run without a page.
vi.hoisted(() => {
  vi.stubGlobal('document', { documentElement: { lang: 'id' } });
});

const { createApiClient, unwrap } = await import('./client');
const { ApiError } = await import('./api-error');

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function clientAnswering(answer: (request: Request) => Promise<Response>) {
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: 'http://tanggap.test',
    fetch: (request) => {
      requests.push(request);
      return answer(request);
    },
  });
  return { api, requests };
}

describe('the typed API client', () => {
  it('fills the path and query, asks in the UI language and answers the typed body', async () => {
    const { api, requests } = clientAnswering(async () => json(200, { status: 'ok' }));
    const answer = await unwrap(
      api.GET('/api/units/{unitCode}/holidays', {
        params: { path: { unitCode: 'lpse kota' }, query: { year: '2026' } },
      }),
    );
    expect(answer).toEqual({ status: 'ok' });
    expect(requests[0]?.url).toBe('http://tanggap.test/api/units/lpse%20kota/holidays?year=2026');
    expect(requests[0]?.headers.get('accept-language')).toBe('id');
    expect(requests[0]?.headers.get('accept')).toBe('application/json, application/problem+json');
    expect(requests[0]?.credentials).toBe('same-origin');
  });

  it('sends a body as JSON', async () => {
    const { api, requests } = clientAnswering(async () => json(200, { user: {} }));
    await unwrap(api.POST('/api/auth/login', { body: { email: 'a@b.test', password: 'secret-123' } }));
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual({ email: 'a@b.test', password: 'secret-123' });
  });

  it('answers undefined for 204', async () => {
    const { api } = clientAnswering(async () => new Response(null, { status: 204 }));
    await expect(unwrap(api.POST('/api/auth/logout'))).resolves.toBeUndefined();
  });

  it('throws the problem the server sent as an ApiError', async () => {
    const { api } = clientAnswering(async () =>
      json(
        400,
        {
          status: 400,
          code: 'validation_failed',
          detail: 'Periksa kembali isian Anda.',
          errors: [{ field: 'email', code: 'invalid_format', message: 'Alamat email tidak valid.' }],
        },
        'application/problem+json',
      ),
    );
    const failure = await unwrap(api.POST('/api/auth/password-reset', { body: { email: 'x' } })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Periksa kembali isian Anda.',
      fieldErrors: { email: 'Alamat email tidak valid.' },
    });
  });

  it('throws an ApiError for a failure without a problem body', async () => {
    const { api } = clientAnswering(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(unwrap(api.GET('/api/me'))).rejects.toMatchObject({
      status: 502,
      code: 'unexpected_response',
    });
  });

  it('turns a request that got no answer into a network error', async () => {
    const { api } = clientAnswering(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(api.GET('/api/me'))).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('lets a cancelled request stay an abort, for TanStack Query', async () => {
    const controller = new AbortController();
    const { api } = clientAnswering(async (request) => {
      controller.abort();
      throw request.signal.reason;
    });
    const failure = await unwrap(api.GET('/api/me', { signal: controller.signal })).catch(
      (error: unknown) => error,
    );
    expect(failure).not.toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ name: 'AbortError' });
  });
});
