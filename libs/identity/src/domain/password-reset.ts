import { createHmac, timingSafeEqual } from 'node:crypto';
import { isId } from '@navet/core';

/** How long an e-mailed reset link works (the contract says 30 minutes). */
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;

export interface StoredPasswordReset {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export type PasswordResetState = 'USABLE' | 'USED' | 'EXPIRED';

/** A reset works once, and only until it expires. */
export function passwordResetState(reset: Pick<StoredPasswordReset, 'expiresAt' | 'usedAt'>, now: Date): PasswordResetState {
  if (reset.usedAt) return 'USED';
  if (reset.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'USABLE';
}

export const passwordResetExpiry = (now: Date): Date => new Date(now.getTime() + PASSWORD_RESET_TTL_MS);

/**
 * The token mailed for a reset: its id and an HMAC of that id under the server secret. Nothing secret is
 * stored (a database leak yields no usable link) and the mailing job rebuilds the token from the id alone.
 * The `password-reset:` prefix keeps these MACs apart from any other use of the secret.
 */
export function passwordResetToken(secret: string, resetId: string): string {
  return `${resetId}.${mac(secret, resetId)}`;
}

/** The reset id a token names when its MAC is right; null for anything else (no hint why). */
export function passwordResetIdOf(secret: string, token: string): string | null {
  const [id, given, ...rest] = token.trim().split('.');
  if (!id || !given || rest.length > 0 || !isId(id)) return null;
  const expected = Buffer.from(mac(secret, id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}

const mac = (secret: string, id: string): string =>
  createHmac('sha256', secret).update(`password-reset:${id.toLowerCase()}`).digest('base64url');
