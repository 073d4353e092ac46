import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../../domain/errors.js';
import { fieldMessage } from './field-messages.js';
import { pickLanguage, type Lang } from './language.js';
import { isMalformedMultipart } from './multipart-errors.js';
import { PROBLEMS, problemMessage, problemTitle } from './problem-catalogue.js';

/** RFC 9457 problem details, as every error of the API is answered. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: { field: string; code: string; message: string }[];
};

export function buildProblem(
  code: ErrorCode,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
  errors?: Problem['errors'],
): Problem {
  return {
    type: `urn:tanggap:problem:${code}`,
    title: problemTitle(code),
    status: PROBLEMS[code].status,
    detail: problemMessage(code, lang, params),
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** One error handler for the whole API: typed codes to HTTP, never a bare 500 for bad input. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = pickLanguage(request.headers['accept-language']);
    const problem = toProblem(error, request, lang);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code }, 'request refused');
    if (problem.code === 'rate_limited' || problem.code === 'too_many_attempts') {
      const seconds = Number((error as DomainError).params?.retryAfterSeconds ?? 60);
      reply.header('retry-after', String(seconds));
    }
    return sendProblem(reply, { ...problem, instance: request.url });
  });
}

function toProblem(error: FastifyError, request: FastifyRequest, lang: Lang): Problem {
  if (error instanceof DomainError) {
    const fields = error.fieldErrors.map((f) => ({
      field: f.field,
      code: f.code,
      message: f.message
        ? f.message[lang]
        : fieldMessage({ code: f.code, missing: f.code === 'required', params: {} }, lang),
    }));
    return buildProblem(error.code, lang, error.params, fields);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const source = sourceOf(request, context);
    const fields = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
      const missing =
        v.keyword !== 'unrecognized_keys' && path.length > 0 && valueAt(source, path) === undefined;
      const code = customCode(v.keyword, v.params) ?? v.keyword;
      return {
        field: path.length > 0 ? path.join('.') : context,
        code: missing ? 'required' : code,
        message: fieldMessage({ code, missing, params: v.params }, lang),
      };
    });
    return buildProblem('validation_failed', lang, {}, fields);
  }
  if (isMalformedMultipart(error)) {
    const issue = { code: 'malformed_multipart', missing: false, params: {} };
    return buildProblem('validation_failed', lang, {}, [
      { field: 'body', code: issue.code, message: fieldMessage(issue, lang) },
    ]);
  }
  return buildProblem(frameworkCode(error), lang, {
    method: request.method,
    path: request.url.split('?')[0] ?? '',
  });
}

function frameworkCode(error: FastifyError): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'malformed_json';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    default:
      break;
  }
  if (error instanceof SyntaxError) return 'malformed_json';
  const status = error.statusCode ?? 500;
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'validation_failed';
  return 'internal';
}

/** The field code a custom check states in `params.code` (text-fields.ts), if any. */
function customCode(keyword: string, params: Readonly<Record<string, unknown>>): string | null {
  if (keyword !== 'custom') return null;
  const inner = params.params as Readonly<Record<string, unknown>> | undefined;
  return typeof inner?.code === 'string' ? inner.code : null;
}

function sourceOf(request: FastifyRequest, context: string): unknown {
  switch (context) {
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    default:
      return request.body;
  }
}

function valueAt(source: unknown, path: readonly string[]): unknown {
  let current: unknown = source;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
