import type { paths } from './contract.gen';

/*
 * Names for the shapes of the API, read from the contract generated from the server's
 * OpenAPI: a component that needs a name for an answer derives it here, never re-types it.
 */

export type ApiPath = keyof paths;
type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The methods a path answers. */
export type MethodOf<P extends ApiPath> = {
  [M in Method]: paths[P][M] extends { responses: unknown } ? M : never;
}[Method];

type Operation<P extends ApiPath, M extends MethodOf<P>> = paths[P][M];
type JsonContent<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessStatus = 200 | 201 | 202;

/** The JSON a call answers when it succeeds, e.g. `ResponseOf<'/api/tickets/{code}', 'get'>`. */
export type ResponseOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: infer R }
    ? { [S in keyof R]: S extends SuccessStatus ? JsonContent<R[S]> : never }[keyof R]
    : never;

/** The JSON body a call sends, e.g. `BodyOf<'/api/tickets/{code}/escalations', 'post'>`. */
export type BodyOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query parameters of a call, e.g. `QueryOf<'/api/tickets', 'get'>`. */
export type QueryOf<P extends ApiPath, M extends MethodOf<P>> = NonNullable<
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never
>;
