/*
 * The multipart parser (@fastify/busboy, under @fastify/multipart) reports a body it cannot
 * read with plain Errors that carry no code, thrown while a handler iterates the parts. They
 * are the client's fault (no boundary, a body cut short, a boundary longer than RFC 2046's 70
 * characters), so they answer 400, not 500. Recognised by message: the versions are pinned in
 * package.json and src/server/modules/attachments/malformed-upload.test.ts sends each case.
 */

const PARSER_MESSAGES: readonly RegExp[] = [
  /^Multipart: Boundary not found$/,
  /unexpected end of multipart data$/i,
  /^The needle cannot/,
];

/** Errors of @fastify/multipart itself that mean the body, not the server, is at fault. */
const PLUGIN_CODES = new Set([
  'FST_MP_PREMATURE_CLOSE',
  'FST_PROTO_VIOLATION',
  'FST_INVALID_JSON_FIELD_ERROR',
]);

/** True when `error` says a multipart body was malformed or incomplete. */
export function isMalformedMultipart(error: Error & { code?: string; statusCode?: number }): boolean {
  if (error.code !== undefined && PLUGIN_CODES.has(error.code)) return true;
  return (
    error.code === undefined &&
    error.statusCode === undefined &&
    PARSER_MESSAGES.some((m) => m.test(error.message))
  );
}
