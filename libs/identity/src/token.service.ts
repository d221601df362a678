import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { isId, unauthenticated } from '@navet/core';
import { Actor, ROLES } from './domain/identity';
import type { TokenClaims } from './domain/session';

/**
 * Signs and checks bearer tokens (HS256 JWT). Only the signature and the claims' shape are checked here;
 * SessionService checks a token against its stored session and user on every request.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlSeconds = config.auth.jwtTtlSeconds;
    this.jwt = new JwtService({
      secret: config.auth.jwtSecret,
      // iat and exp are set from the session's own times (see sign), not by the library's clock.
      signOptions: { algorithm: 'HS256', issuer: 'navet' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'navet' },
    });
  }

  /** A token for this session; it expires with the session. */
  sign(actor: Actor, sessionId: string, issuedAt: Date, expiresAt: Date): string {
    const claims: TokenClaims = {
      sub: actor.userId,
      org: actor.organizationId,
      role: actor.role,
      jti: sessionId,
      iat: Math.floor(issuedAt.getTime() / 1000),
      exp: Math.floor(expiresAt.getTime() / 1000),
    };
    return this.jwt.sign(claims);
  }

  /**
   * Throws UNAUTHENTICATED for a malformed, forged or expired token, and for one without `exp`, `iat` or a
   * session id (a token that never expires, or names no session, cannot be revoked or checked).
   */
  claims(token: string): TokenClaims {
    try {
      const c = this.jwt.verify<Partial<TokenClaims>>(token);
      if (!c.sub || !c.org || !c.role || !ROLES.includes(c.role)) throw new Error('bad claims');
      if (typeof c.exp !== 'number' || typeof c.iat !== 'number') throw new Error('exp and iat are required');
      if (typeof c.jti !== 'string' || !isId(c.jti) || !isId(c.sub)) throw new Error('no session');
      return c as TokenClaims;
    } catch {
      throw invalidToken();
    }
  }
}

export const invalidToken = () => unauthenticated('The access token is invalid or has expired; sign in again');
