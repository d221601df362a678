import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { forbidden, isId } from '@navet/core';
import type { Actor } from './domain/identity';
import { SessionService } from './session.service';
import { invalidToken } from './token.service';

/** How long a pass to the queue dashboard lasts: the admin asks for a new one from the web app after that. */
export const QUEUE_DASHBOARD_PASS_SECONDS = 15 * 60;

/**
 * The queue dashboard's cookie (/admin/queues, docs/security.md): `<session>.<user>.<expiry>.<HMAC>` keyed
 * by JWT_SECRET. It names an admin's session and is checked against the sessions table on every request,
 * so logging out, a revoked or expired session, an erased user or a lost admin role end it at once.
 */
@Injectable()
export class QueueDashboardPassService {
  private readonly secret: string;

  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = config.auth.jwtSecret;
  }

  /** A pass for the (checked) token's session; FORBIDDEN for anyone but an admin. */
  async issue(accessToken: string, now = new Date()): Promise<{ value: string; expiresAt: Date }> {
    const { actor, sessionId } = await this.sessions.authenticate(accessToken, now);
    if (actor.role !== 'ADMIN') throw forbidden('The queue dashboard is for administrators');
    const expiresAt = new Date(now.getTime() + QUEUE_DASHBOARD_PASS_SECONDS * 1000);
    const body = `${sessionId}.${actor.userId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return { value: `${body}.${this.mac(body)}`, expiresAt };
  }

  /** The admin a pass stands for now: UNAUTHENTICATED for a bad, expired or dead pass, FORBIDDEN for a non-admin. */
  async check(value: string | undefined, now = new Date()): Promise<Actor> {
    const m = value ? /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
    if (!m || !isId(m[1]!) || !isId(m[2]!)) throw invalidToken();
    const body = `${m[1]}.${m[2]}.${m[3]}`;
    const expected = Buffer.from(this.mac(body));
    const presented = Buffer.from(m[4]!);
    if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) throw invalidToken();
    if (Number(m[3]) * 1000 <= now.getTime()) throw invalidToken();
    const { actor } = await this.sessions.authenticateSession(m[1]!, m[2]!, now);
    if (actor.role !== 'ADMIN') throw forbidden('The queue dashboard is for administrators');
    return actor;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(`queue-dashboard:${body}`).digest('base64url');
  }
}
