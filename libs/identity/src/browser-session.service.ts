import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { inTransaction } from '@navet/database';
import { newRefreshValue, parseRefreshValue, refreshHash, refreshMatches } from './domain/refresh-token';
import { sessionRefusal } from './domain/session';
import { lockedRefreshableSession, revokeSession, setRefreshHash } from './persistence/session.store';
import { SessionService } from './session.service';
import { invalidToken, TokenService } from './token.service';

/** What the API sets as the refresh cookie: its value and when it stops being useful (the session's expiry). */
export interface RefreshCookie {
  value: string;
  expiresAt: Date;
}

/**
 * Browser sessions (docs/sessions.md, "Browser clients"): an httpOnly refresh cookie bound to a session,
 * rotated on every use. A value that names a session but is not its current one was rotated away (or
 * stolen and replayed): the whole session is revoked. The session's expiry never moves; access tokens from
 * a refresh live `BROWSER_ACCESS_TTL_SECONDS`, never beyond it.
 */
@Injectable()
export class BrowserSessionService {
  private readonly logger = new Logger(BrowserSessionService.name);
  private readonly accessTtlMs: number;

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.accessTtlMs = config.auth.browserAccessTtlSeconds * 1000;
  }

  /** Binds a fresh refresh value to the (checked) access token's session; a previous value dies. */
  async bind(accessToken: string, now = new Date()): Promise<RefreshCookie> {
    const { sessionId } = await this.sessions.authenticate(accessToken, now);
    return inTransaction(this.ds, async (em) => {
      const stored = await lockedRefreshableSession(em, sessionId);
      if (!stored || stored.revokedAt) throw invalidToken();
      const next = newRefreshValue(sessionId);
      await setRefreshHash(em, sessionId, refreshHash(next.value));
      return { value: next.value, expiresAt: stored.expiresAt };
    });
  }

  /**
   * Rotates the cookie's value and returns a short access token for the same session. UNAUTHENTICATED
   * for anything but the session's current value of a live session; a rotated value revokes the session.
   */
  async refresh(cookie: string | undefined, now = new Date()): Promise<{ accessToken: string; cookie: RefreshCookie }> {
    const presented = parseRefreshValue(cookie);
    if (!presented) throw invalidToken();
    const outcome = await inTransaction(this.ds, async (em) => {
      const stored = await lockedRefreshableSession(em, presented.sessionId);
      if (!stored || !stored.refreshHash) return { refused: 'UNKNOWN' as const };
      if (!refreshMatches(presented.value, stored.refreshHash)) {
        if (!stored.revokedAt) await revokeSession(em, presented.sessionId, now);
        return { refused: 'REUSED' as const };
      }
      const claims = { sub: stored.userId, org: stored.organizationId, role: stored.role, jti: presented.sessionId };
      const refusal = sessionRefusal({ ...claims, iat: 0, exp: Infinity }, stored, now);
      if (refusal) return { refused: refusal };
      const next = newRefreshValue(presented.sessionId);
      await setRefreshHash(em, presented.sessionId, refreshHash(next.value));
      const expiresAt = new Date(Math.min(now.getTime() + this.accessTtlMs, stored.expiresAt.getTime()));
      const actor = { userId: stored.userId, organizationId: stored.organizationId, role: stored.role };
      return {
        accessToken: this.tokens.sign(actor, presented.sessionId, now, expiresAt),
        cookie: { value: next.value, expiresAt: stored.expiresAt },
      };
    });
    if ('refused' in outcome) {
      if (outcome.refused === 'REUSED')
        this.logger.warn({ sessionId: presented.sessionId }, 'a rotated refresh value was presented: session revoked');
      else this.logger.debug({ sessionId: presented.sessionId, refusal: outcome.refused }, 'refresh refused');
      throw invalidToken();
    }
    return outcome;
  }

  /** Revokes the session the cookie names (a current or rotated value alike); nothing for a foreign value. */
  async logout(cookie: string | undefined, now = new Date()): Promise<void> {
    const presented = parseRefreshValue(cookie);
    if (!presented) return;
    await inTransaction(this.ds, async (em) => {
      const stored = await lockedRefreshableSession(em, presented.sessionId);
      if (stored?.refreshHash && !stored.revokedAt) await revokeSession(em, presented.sessionId, now);
    });
  }
}
