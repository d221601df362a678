/**
 * The access token lives in memory only (never localStorage): a page load gets one from the httpOnly
 * refresh cookie through POST /auth/refresh (docs/sessions.md, "Browser clients").
 */
type Listener = (token: string | null) => void;

let accessToken: string | null = null;
/** True once a signed-in session was found to have ended (expired or revoked), until the next sign-in. */
let ended = false;
const listeners = new Set<Listener>();

export const sessionStore = {
  token: (): string | null => accessToken,
  /** The sign-in screen says "your session has expired" rather than nothing. */
  ended: (): boolean => ended,
  set(token: string | null): void {
    if (token) ended = false;
    else if (accessToken) ended = true;
    accessToken = token;
    for (const l of listeners) l(token);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The non-simple header the /auth endpoints require (a cross-site form cannot send it). */
const CSRF = { 'X-Navet-CSRF': '1' };

let refreshing: Promise<string | null> | null = null;

/** One refresh at a time: concurrent 401s share it. Resolves to the new token, or null when signed out. */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: CSRF })
    .then(async (res) => (res.ok ? (((await res.json()) as { token?: string }).token ?? null) : null))
    .catch(() => null)
    .then((token) => {
      sessionStore.set(token);
      return token;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * After a sign-in through GraphQL: binds the refresh cookie to the new session, so a reload keeps it, then
 * trades the sign-in's token (as long-lived as the session) for a short browser token from the cookie.
 */
export async function keepSession(token: string): Promise<void> {
  sessionStore.set(token);
  const bound = await fetch('/auth/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...CSRF, Authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!bound?.ok) return;
  const short = await refreshAccessToken();
  // A failed refresh must not sign the user out: the sign-in's token still works.
  if (!short) sessionStore.set(token);
}

/** Clears the refresh cookie (the GraphQL `logout` revokes the session itself). */
export async function forgetSession(): Promise<void> {
  sessionStore.set(null);
  ended = false; // signing out is not an expiry
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: CSRF }).catch(() => undefined);
}
