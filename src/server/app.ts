import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { systemClock, type AppContext, type Clock } from './context/app-context.js';
import type { Config } from './core/config.js';
import type { DbHandle } from './db/connect.js';
import { healthRoutes } from './health.routes.js';
import { databaseRateLimitStore } from './http/rate-limit-store.repository.js';
import { pickLanguage } from './http/language.js';
import { registerNulGuard } from './http/nul-guard.js';
import { registerOriginCheck } from './http/origin-check.js';
import { buildProblem, registerProblemHandlers, sendProblem } from './http/problem.js';
import { rateLimitPluginOptions } from './http/rate-limits.js';
import { authGuards, isHttps, registerSessions } from './http/session.js';
import { attachmentsRoutes } from './modules/tickets/attachments.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { categoriesRoutes } from './modules/categories/categories.routes.js';
import { passwordResetRoutes } from './modules/auth/password-reset.routes.js';
import { mailboxRoutes } from './modules/mailbox/mailbox.routes.js';
import { notificationPreferencesRoutes } from './modules/notifications/notification-preferences.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { surveysRoutes } from './modules/surveys/surveys.routes.js';
import { ticketsRoutes } from './modules/tickets/tickets.routes.js';
import { trackRoutes } from './modules/tickets/track.routes.js';
import { unitFilesRoutes } from './modules/unit-files/unit-files.routes.js';
import { unitsRoutes } from './modules/units/units.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';

export type AppOptions = Readonly<{
  database: DbHandle;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  logger?: FastifyServerOptions['logger'];
}>;

/** Builds the HTTP application: plugins, then routes. Listening is main.ts's business. */
export async function buildApp(
  config: Config,
  options: AppOptions,
): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: typeof config.trustProxy === 'number' ? hopsTrusted(config.trustProxy) : config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // A connection with nothing sent either way for two minutes is closed: a client that stops
    // reading a report download no longer holds one of the few report slots (reports.service).
    connectionTimeout: 120_000,
    // A request not received whole in time answers 408 and its connection closes (Node's
    // http server does both); headers have their own, shorter limit, and idle kept-alive
    // connections are closed. Node checks these every `connectionsCheckingInterval` (30 s by
    // default, which would let a 30 s limit run to 60 s): a quarter of the shorter limit.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(
        50,
        Math.min(5_000, Math.floor(Math.min(config.requestTimeoutMs, config.headersTimeoutMs) / 4)),
      ),
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    config,
    db: options.database.db,
    dialect: options.database.dialect,
    clock: options.clock ?? systemClock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    auth: authGuards,
    log: app.log,
  };

  registerProblemHandlers(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Security headers from one helmet middleware built here, not per request (which is what
  // @fastify/helmet does: it builds helmet anew, directives parsed, for every request).
  // Over plain http (an office network reaching the server by its LAN address), a browser
  // told to upgrade insecure requests fetches every script over https, which is not there, and
  // the page stays blank: upgrade and HSTS only when the public address is https.
  const overHttps = isHttps(config.publicUrl);
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: overHttps ? [] : null,
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    hsts: overHttps,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error === undefined || error instanceof Error ? error : new Error(String(error))),
    );
  });
  // JSON answers over 1 KB go compressed to whoever asks (a queue page shrinks about tenfold on
  // a vendor's mobile data); brotli at a quality that costs little CPU per answer. Request
  // bodies are never decompressed. The web app's files come precompressed from the build.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    globalDecompression: false,
  });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  // On PostgreSQL several instances may serve together: they count in the database, in
  // windows of the application's clock (a test's clock stays inside one window).
  const rateLimitStore =
    ctx.dialect === 'postgres' ? databaseRateLimitStore(ctx.db, () => ctx.clock.now().getTime()) : undefined;
  await app.register(fastifyRateLimit, rateLimitPluginOptions(config, rateLimitStore as never));
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.attachmentMaxBytes + 1, files: 5, fields: 10, parts: 15 },
  });
  registerSessions(app, { db: ctx.db, clock: ctx.clock, publicUrl: config.publicUrl });
  registerOriginCheck(app, config.publicUrl);
  registerNulGuard(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tanggap API',
        description:
          'Penanganan pengaduan dan pertanyaan LPSE — complaint and question handling for LPSE units and LKPP-RI',
        version: '0.1.0',
      },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(healthRoutes(ctx));
  await app.register(unitsRoutes(ctx));
  await app.register(unitFilesRoutes(ctx));
  await app.register(calendarRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(usersRoutes(ctx));
  await app.register(categoriesRoutes(ctx));
  await app.register(ticketsRoutes(ctx));
  await app.register(trackRoutes(ctx));
  await app.register(attachmentsRoutes(ctx));
  await app.register(notificationsRoutes(ctx));
  await app.register(notificationPreferencesRoutes(ctx));
  await app.register(passwordResetRoutes(ctx));
  await app.register(mailboxRoutes(ctx));
  await app.register(surveysRoutes(ctx));
  await app.register(reportsRoutes(ctx));
  await registerWebApp(app, config.webDistDir);
  return { app, ctx };
}

function hopsTrusted(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** Serves the built web app; any other GET outside the API answers its index.html. */
async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const hasWeb = existsSync(path.join(distDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      // The build writes a .br and a .gz beside every script, style and page (web/vite.config.ts).
      preCompressed: true,
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|healthz|readyz)(\/|$)/.test(pathname) &&
      !path.extname(pathname);
    if (isPage && hasWeb) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    if (isPage)
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('Tanggap: the web app is not built. Run `npm run build:web`.\n');
    const lang = pickLanguage(request.headers['accept-language']);
    return sendProblem(reply, {
      ...buildProblem('route_not_found', lang, { method: request.method, path: pathname }),
      instance: request.url,
    });
  });
}
