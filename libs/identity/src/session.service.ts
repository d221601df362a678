import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import type { Queryable } from '@navet/database';
import type { Actor } from './domain/identity';
import { Authenticated, sessionRefusal } from './domain/session';
import { insertSession, revokeSession, revokeUserSessions, storedSession } from './persistence/session.store';
import { invalidToken, TokenService } from './token.service';

/**
 * Server-side sessions (docs/sessions.md): every access token names a session row, and every request
 * checks it against the row and its user with one primary-key lookup. No cache: a revoked session,
 * an erased or deleted user are refused on the very next request.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /** Starts a session in the caller's transaction (it commits with the sign-in) and returns its token. */
  async start(db: Queryable, actor: Actor, now = new Date()): Promise<{ accessToken: string; sessionId: string }> {
    const sessionId = newId();
    const expiresAt = new Date(now.getTime() + this.tokens.ttlSeconds * 1000);
    await insertSession(db, { id: sessionId, userId: actor.userId, expiresAt, now });
    return { accessToken: this.tokens.sign(actor, sessionId, now, expiresAt), sessionId };
  }

  /** Throws UNAUTHENTICATED unless the token is well signed and its session, user and claims hold now. */
  async authenticate(token: string, now = new Date()): Promise<Authenticated> {
    const claims = this.tokens.claims(token);
    const refusal = sessionRefusal(claims, await storedSession(this.ds, claims.jti), now);
    if (refusal) {
      // Expected (a stale token): debug only, so a flood of bad tokens cannot flood the logs; ids only.
      this.logger.debug({ sessionId: claims.jti, refusal }, 'access token refused');
      throw invalidToken();
    }
    return { actor: { userId: claims.sub, organizationId: claims.org, role: claims.role }, sessionId: claims.jti };
  }

  /**
   * The actor of a stored session, checked as a token's would be (exists, not revoked or expired, user not
   * erased), for credentials that name a session without being a token (the queue dashboard's cookie).
   */
  async authenticateSession(sessionId: string, userId: string, now = new Date()): Promise<Authenticated> {
    const stored = await storedSession(this.ds, sessionId);
    const claims = stored && {
      sub: userId,
      org: stored.organizationId,
      role: stored.role,
      jti: sessionId,
      iat: 0,
      exp: Infinity,
    };
    const refusal = claims ? sessionRefusal(claims, stored, now) : 'UNKNOWN_SESSION';
    if (refusal || !stored) {
      this.logger.debug({ sessionId, refusal }, 'session refused');
      throw invalidToken();
    }
    return { actor: { userId, organizationId: stored.organizationId, role: stored.role }, sessionId };
  }

  revoke(sessionId: string, now = new Date()): Promise<void> {
    return revokeSession(this.ds, sessionId, now);
  }

  /** Every session of the user but `keep` (null: all), in the caller's transaction. */
  revokeOthers(db: Queryable, userId: string, keep: string | null, now = new Date()): Promise<void> {
    return revokeUserSessions(db, userId, keep, now);
  }
}
