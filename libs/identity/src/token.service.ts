import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { unauthenticated } from '@navet/core';
import { Actor, ROLES, Role } from './domain/identity';

interface TokenClaims {
  sub: string;
  org: string;
  role: Role;
}

/** Issues and checks bearer tokens (HS256 JWT with expiry). */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      secret: config.auth.jwtSecret,
      signOptions: { expiresIn: config.auth.jwtTtlSeconds, algorithm: 'HS256', issuer: 'navet' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'navet' },
    });
  }

  issue(actor: Actor): string {
    const claims: TokenClaims = { sub: actor.userId, org: actor.organizationId, role: actor.role };
    return this.jwt.sign(claims);
  }

  /** Throws UNAUTHENTICATED for a malformed, forged or expired token. */
  verify(token: string): Actor {
    try {
      const c = this.jwt.verify<TokenClaims>(token);
      if (!c.sub || !c.org || !ROLES.includes(c.role)) throw new Error('bad claims');
      return { userId: c.sub, organizationId: c.org, role: c.role };
    } catch {
      throw unauthenticated('The access token is invalid or has expired; sign in again');
    }
  }
}
