import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isId } from '@navet/core';

/**
 * The browser's refresh cookie value: `<session id>.<32 random bytes, base64url>`. Only the SHA-256 of the
 * whole value is stored (sessions.refresh_hash); the session id lets the server find the row, so a value
 * that names a live session but is not its current one is a rotated (or stolen and replayed) value.
 */
export interface RefreshValue {
  sessionId: string;
  value: string;
}

export function newRefreshValue(sessionId: string): RefreshValue {
  return { sessionId, value: `${sessionId}.${randomBytes(32).toString('base64url')}` };
}

/** The session a cookie value names, or null when it is not shaped like one of ours. */
export function parseRefreshValue(value: string | undefined | null): RefreshValue | null {
  if (!value) return null;
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value);
  return m && isId(m[1]!) ? { sessionId: m[1]!, value } : null;
}

export const refreshHash = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison of a presented value with the stored hash. */
export function refreshMatches(value: string, stored: Buffer | null): boolean {
  if (!stored || stored.length !== 32) return false;
  return timingSafeEqual(refreshHash(value), stored);
}
