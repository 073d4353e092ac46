import type { FastifyInstance } from 'fastify';
import { DomainError, type FieldError } from '../../domain/errors.js';

/**
 * Refuses a NUL character anywhere in a request's path parameters, query or parsed body with
 * 400 `validation_failed` naming the field, before any schema or handler sees it. PostgreSQL
 * cannot store U+0000 in text (it answers an error, which would be a 500), and no text a person
 * types holds one; passwords, tokens and PINs included. Runs for every route, with a schema or
 * not. A multipart body is streamed by its handler, not parsed here: file names are made safe
 * there (safe-filename.ts).
 */
export function registerNulGuard(app: FastifyInstance): void {
  // A callback hook, not an async one: it runs on every request, and needs no promise.
  app.addHook('preValidation', (request, _reply, done) => {
    const errors = [
      ...nulFields(request.params, ''),
      ...nulFields(request.query, ''),
      ...nulFields(request.body, ''),
    ];
    done(errors.length > 0 ? new DomainError('validation_failed', {}, errors) : undefined);
  });
}

const MAX_DEPTH = 32;

/** The fields (dotted paths, as validation names them) whose value or key holds U+0000. */
function nulFields(value: unknown, path: string, depth = 0): FieldError[] {
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ field: path || 'body', code: 'control_character' }] : [];
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(value)) return [];
  const found: FieldError[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) found.push({ field, code: 'control_character' });
    else found.push(...nulFields(inner, field, depth + 1));
  }
  return found;
}
