import type { RateLimitOptions, RateLimitPluginOptions } from '@fastify/rate-limit';
import { DomainError } from '../../domain/errors.js';
import type { Config } from '../core/config.js';

/**
 * Limits are per client address and sized for a whole office (or a training room of
 * vendors) behind one NAT address. Failed sign-ins are limited per account as well, in the
 * login use case.
 */
export const LIMITS = {
  publicPerMinute: 600,
  loginPerMinute: 120,
  registerPerHour: 120,
} as const;

export function rateLimitPluginOptions(
  config: Config,
  store?: RateLimitPluginOptions['store'],
): RateLimitPluginOptions {
  return {
    global: false,
    ...(store ? { store } : {}),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new DomainError('rate_limited', { seconds, retryAfterSeconds: seconds });
    },
    ...(config.rateLimits ? {} : { allowList: () => true }),
  };
}

export const publicRateLimit: RateLimitOptions = { max: LIMITS.publicPerMinute, timeWindow: '1 minute' };
export const loginRateLimit: RateLimitOptions = { max: LIMITS.loginPerMinute, timeWindow: '1 minute' };
export const registerRateLimit: RateLimitOptions = { max: LIMITS.registerPerHour, timeWindow: '1 hour' };
