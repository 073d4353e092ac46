/**
 * Failed sign-ins are counted per account, not per address, so a whole office behind one
 * address is never locked out by one person's typos. After SLOW_AFTER failures each attempt
 * is slowed; after LOCK_AFTER the account refuses sign-in for LOCK_MINUTES.
 */
export const LOGIN_POLICY = { slowAfter: 3, lockAfter: 10, lockMinutes: 15 } as const;

export type LoginThrottleState = Readonly<{ failedCount: number; lockedUntil: string | null }>;

export type LoginGate = { kind: 'open' } | { kind: 'slow' } | { kind: 'locked'; retryAfterSeconds: number };

/** Whether an attempt may proceed now, slowed, or must be refused. */
export function loginGate(state: LoginThrottleState, now: Date): LoginGate {
  if (state.lockedUntil !== null) {
    const remainingMs = Date.parse(state.lockedUntil) - now.getTime();
    if (remainingMs > 0) return { kind: 'locked', retryAfterSeconds: Math.ceil(remainingMs / 1000) };
  }
  return state.failedCount >= LOGIN_POLICY.slowAfter ? { kind: 'slow' } : { kind: 'open' };
}

/** The state after one more failed attempt; the LOCK_AFTER-th failure locks the account. */
export function afterFailedLogin(state: LoginThrottleState, now: Date): LoginThrottleState {
  const failedCount = state.failedCount + 1;
  if (failedCount >= LOGIN_POLICY.lockAfter) {
    return {
      failedCount: 0,
      lockedUntil: new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000).toISOString(),
    };
  }
  return { failedCount, lockedUntil: state.lockedUntil };
}

export const AFTER_SUCCESSFUL_LOGIN: LoginThrottleState = { failedCount: 0, lockedUntil: null };
