import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
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

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly ds: DataSource,
  ) {
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

  /**
   * verify, and the token's user must still exist: an erased account's tokens stop working at once
   * (a signed token is not enough on its own).
   */
  async verifyCurrent(token: string): Promise<Actor> {
    const actor = this.verify(token);
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM users WHERE id = $1 AND organization_id = $2`, [
      actor.userId,
      actor.organizationId,
    ]);
    if (rows.length === 0) throw unauthenticated('The access token is invalid or has expired; sign in again');
    return actor;
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
