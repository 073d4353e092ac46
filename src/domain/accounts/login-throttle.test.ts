import { describe, expect, it } from 'vitest';
import {
  AFTER_SUCCESSFUL_LOGIN,
  afterFailedLogin,
  LOGIN_POLICY,
  loginGate,
  type LoginThrottleState,
} from './login-throttle.js';

const t0 = new Date('2026-03-02T01:00:00Z');

function failTimes(n: number, now = t0): LoginThrottleState {
  let state: LoginThrottleState = AFTER_SUCCESSFUL_LOGIN;
  for (let i = 0; i < n; i++) state = afterFailedLogin(state, now);
  return state;
}

describe('login throttle', () => {
  it('lets the first attempts through at full speed', () => {
    expect(loginGate(failTimes(LOGIN_POLICY.slowAfter - 1), t0)).toEqual({ kind: 'open' });
  });

  it('slows attempts after a few failures', () => {
    expect(loginGate(failTimes(LOGIN_POLICY.slowAfter), t0)).toEqual({ kind: 'slow' });
  });

  it('locks the account for a while after too many failures, then opens again', () => {
    const locked = failTimes(LOGIN_POLICY.lockAfter);
    expect(loginGate(locked, t0)).toEqual({
      kind: 'locked',
      retryAfterSeconds: LOGIN_POLICY.lockMinutes * 60,
    });
    const later = new Date(t0.getTime() + LOGIN_POLICY.lockMinutes * 60_000);
    expect(loginGate(locked, later)).toEqual({ kind: 'open' });
  });
});
