import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../server/db/connect.js';
import type { Problem } from '../server/http/problem.js';
import { CAST_ACCOUNTS, castEmail, type CastMember } from './cast-accounts.js';
import { startTestApp, type TestApp } from './test-app.js';

export type Caller = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: object) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: object) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: object) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  /** Any other request (a query object, `accept-language`…), sent with this person's cookie. */
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
};

/**
 * The JSON body of a response as the type the route declares, taken from the server's own
 * response schema: `await cast.helpdesk.get(url).then(json<z.infer<typeof TicketResponse>>)`.
 */
export function json<T>(res: LightMyRequestResponse): T {
  return res.json<T>();
}

/** The problem details (RFC 9457) of a refused request. */
export function problem(res: LightMyRequestResponse): Problem {
  return res.json<Problem>();
}

/** Requests as one signed-in person (or as nobody, with `cookie` null). */
export function as(t: TestApp, cookie: string | null): Caller {
  const headers = cookie ? { cookie } : {};
  return {
    get: (url) => t.app.inject({ method: 'GET', url, headers }),
    post: (url, payload) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) }),
    put: (url, payload) => t.app.inject({ method: 'PUT', url, headers, ...(payload ? { payload } : {}) }),
    patch: (url, payload) => t.app.inject({ method: 'PATCH', url, headers, ...(payload ? { payload } : {}) }),
    delete: (url) => t.app.inject({ method: 'DELETE', url, headers }),
    inject: (options) => t.app.inject({ ...options, headers: { ...options.headers, ...headers } }),
  };
}

export type Cast = Record<CastMember, Caller> & {
  anonymous: Caller;
};

/** Every demo account signed in, plus someone who is not. */
export async function signInCast(t: TestApp): Promise<Cast> {
  const entries = await Promise.all(
    (Object.keys(CAST_ACCOUNTS) as CastMember[]).map(
      async (member) => [member, as(t, await t.login(castEmail(member)))] as const,
    ),
  );
  return {
    ...(Object.fromEntries(entries) as Record<CastMember, Caller>),
    anonymous: as(t, null),
  };
}

/**
 * For a describe block: a fresh app on `dialect` with every demo account signed in, started
 * before its tests and closed after. Read `app` and `cast` inside the tests.
 */
export function appWithCast(dialect: Dialect): { readonly app: TestApp; readonly cast: Cast } {
  let app: TestApp | undefined;
  let cast: Cast | undefined;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    cast = await signInCast(app);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app starts in beforeAll');
      return app;
    },
    get cast() {
      if (!cast) throw new Error('the cast signs in in beforeAll');
      return cast;
    },
  };
}

export const PORTAL_QUESTION = {
  unitCode: 'lpse-kota-payakumbuh',
  channel: 'portal',
  type: 'permasalahan',
  categoryCode: 'tender-nontender',
  application: 'SPSE',
  subject: 'CV Maju Bersama: gagal unggah dokumen penawaran',
  description: 'Saat mengunggah dokumen penawaran paket 10023456 muncul pesan galat. Mohon bantuan.',
  tenderCode: '10023456',
} as const;
