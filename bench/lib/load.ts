import autocannon from 'autocannon';

/** `failures`: the first few answers that were not 2xx, as status and the start of the body, to say what went wrong. */
export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  failures: string[];
};

export type LoadRequest = {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
  }) => { method?: string; path: string; headers?: Record<string, string>; body?: string };
  onResponse?: (status: number, body: string) => void;
};

/**
 * A bounded load on loopback: `connections` at once for `seconds`, or `amount` requests at
 * most, whichever ends first. It stops by itself.
 */
export async function load(
  url: string,
  request: LoadRequest,
  options: { connections: number; seconds: number; amount?: number },
): Promise<LoadResult> {
  const failures: string[] = [];
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.amount ? { amount: options.amount } : {}),
    requests: [
      {
        method: request.method ?? 'GET',
        path: request.path,
        headers: { 'content-type': 'application/json', ...(request.headers ?? {}) },
        ...(request.body ? { body: request.body } : {}),
        ...(request.setupRequest ? { setupRequest: request.setupRequest as never } : {}),
        onResponse: ((status: number, body: string) => {
          if ((status < 200 || status > 299) && failures.length < 3)
            failures.push(`${status} ${body.slice(0, 160)}`);
          request.onResponse?.(status, body);
        }) as never,
      },
    ],
  } as autocannon.Options);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    failures,
  };
}
