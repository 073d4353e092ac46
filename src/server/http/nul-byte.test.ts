import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const NUL = 'a\u0000b';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
};
type Operation = {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

/** A value a path parameter of that name plausibly has, so only the NUL one is wrong. */
const PLAUSIBLE: Record<string, string> = {
  unitCode: 'lpse-kota-payakumbuh',
  code: 'PYK-2026-000001',
  date: '2026-03-02',
  userId: 'user-1',
  categoryCode: 'password-login',
  attachmentId: 'attachment-1',
  heldId: 'held-1',
};

const isString = (s: JsonSchema | undefined): boolean =>
  s !== undefined &&
  (s.type === 'string' ||
    (Array.isArray(s.type) && s.type.includes('string')) ||
    (s.anyOf ?? []).some(isString));

/** A body with NUL in every string property (nested objects too), and the fields it names. */
function nulBody(schema: JsonSchema, prefix = ''): { body: Record<string, unknown>; fields: string[] } {
  const body: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (isString(property)) {
      body[name] = NUL;
      fields.push(prefix + name);
    } else if (property.properties) {
      const inner = nulBody(property, `${prefix}${name}.`);
      if (inner.fields.length > 0) {
        body[name] = inner.body;
        fields.push(...inner.fields);
      }
    }
  }
  return { body, fields };
}

type Probe = { method: string; url: string; payload?: object; fields: string[] };

/** One request per string parameter and one per JSON body, each with NUL where a string goes. */
function probesOf(paths: Record<string, Record<string, Operation>>): Probe[] {
  const probes: Probe[] = [];
  for (const [template, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = op.parameters ?? [];
      const url = (nulIn?: string, query = '') =>
        template.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(name === nulIn ? NUL : (PLAUSIBLE[name] ?? 'x')),
        ) + query;
      for (const p of params.filter((p) => isString(p.schema))) {
        if (p.in === 'path') probes.push({ method, url: url(p.name), fields: [p.name] });
        if (p.in === 'query')
          probes.push({
            method,
            url: url(undefined, `?${p.name}=${encodeURIComponent(NUL)}`),
            fields: [p.name],
          });
      }
      const json = op.requestBody?.content['application/json']?.schema;
      if (json) {
        const { body, fields } = nulBody(json);
        if (fields.length > 0) probes.push({ method, url: url(), payload: body, fields });
      }
    }
  }
  return probes;
}

describe.each(TEST_DIALECTS)('a NUL byte on %s', (dialect) => {
  let t: TestApp;
  let admin: string;
  let address = 0;
  const send = (probe: Omit<Probe, 'fields'>, cookie: string | null) =>
    t.app.inject({
      method: probe.method.toUpperCase() as 'GET',
      url: probe.url,
      ...(probe.payload ? { payload: probe.payload } : {}),
      headers: cookie ? { cookie } : {},
      // Each probe from its own address, so the sweep is never rate-limited.
      remoteAddress: `10.66.${Math.floor(++address / 250)}.${address % 250}`,
    });
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.login('admin@demo.test');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    [
      'login',
      { method: 'POST', url: '/api/auth/login', payload: { email: `${NUL}@x.id`, password: 'p' } },
      'email',
    ],
    [
      'register',
      {
        method: 'POST',
        url: '/api/auth/register',
        payload: {
          name: `Budi${NUL}`,
          email: 'budi@cv-maju.co.id',
          password: 'password-budi-123',
          phone: '0812 1111 2222',
          userType: 'penyedia',
          organization: 'CV Maju',
        },
      },
      'name',
    ],
    ['the unit path', { method: 'GET', url: '/api/units/lpse%00/standard' }, 'unitCode'],
    ['a query', { method: 'GET', url: '/api/track/PYK-2026-000001?pin=12%0034' }, 'pin'],
  ])('in %s, anonymously, answers 400 naming the field', async (_, probe, field) => {
    const res = await send(probe, null);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        { field, code: 'control_character', message: 'Berisi karakter kontrol yang tidak diizinkan.' },
      ],
    });
  });

  it('anywhere in any operation of the API, as anyone, answers 400 naming the field', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const probes = probesOf(doc.paths);
    expect(probes.length).toBeGreaterThan(80);
    const wrong: string[] = [];
    for (const probe of probes) {
      for (const cookie of [null, admin]) {
        const res = await send(probe, cookie);
        const named =
          res.statusCode === 400 ? (res.json().errors ?? []).map((e: { field: string }) => e.field) : [];
        if (!probe.fields.some((f) => named.includes(f)))
          wrong.push(
            `${probe.method} ${probe.url} (${cookie ? 'admin' : 'anonymous'}): ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});
