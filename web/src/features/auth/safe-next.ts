/**
 * Where to go after signing in. Only a path on this site is accepted, so a crafted
 * `?next=https://evil.example` or `?next=//evil.example` cannot send the user elsewhere.
 */
export function safeNextPath(next: string | null, fallback = '/akun'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export function signInPath(next: string): string {
  return `/masuk?next=${encodeURIComponent(next)}`;
}

/** Registration, then back to `next` (the claim link, the question form). */
export function registerPath(next: string): string {
  return `/daftar?next=${encodeURIComponent(next)}`;
}
