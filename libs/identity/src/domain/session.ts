import type { Actor, Role } from './identity';

/** The claims of a Navet access token whose signature and issuer have been checked. */
export interface TokenClaims {
  sub: string;
  org: string;
  role: Role;
  /** The session this token belongs to (a row in `sessions`). */
  jti: string;
  iat: number;
  exp: number;
}

/** A session as stored, with what the request check needs of its user. */
export interface StoredSession {
  userId: string;
  organizationId: string;
  role: Role;
  expiresAt: Date;
  revokedAt: Date | null;
  userErasedAt: Date | null;
}

export type SessionRefusal =
  'UNKNOWN_SESSION' | 'OTHER_USER' | 'REVOKED' | 'EXPIRED' | 'USER_ERASED' | 'OTHER_ORGANIZATION' | 'OTHER_ROLE';

/**
 * Why a correctly signed token must not be believed, or null when it may. The token's claims must
 * agree with what is stored now: a user moved to another organization or role signs in again.
 */
export function sessionRefusal(claims: TokenClaims, stored: StoredSession | null, now: Date): SessionRefusal | null {
  if (!stored) return 'UNKNOWN_SESSION';
  if (stored.userId !== claims.sub) return 'OTHER_USER';
  if (stored.revokedAt) return 'REVOKED';
  if (stored.expiresAt.getTime() <= now.getTime() || claims.exp * 1000 <= now.getTime()) return 'EXPIRED';
  if (stored.userErasedAt) return 'USER_ERASED';
  if (stored.organizationId !== claims.org) return 'OTHER_ORGANIZATION';
  if (stored.role !== claims.role) return 'OTHER_ROLE';
  return null;
}

/** The actor a checked token stands for, with the session it belongs to (logout revokes that one). */
export interface Authenticated {
  actor: Actor;
  sessionId: string;
}
