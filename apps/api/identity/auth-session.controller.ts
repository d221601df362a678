import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { DomainError, RateLimitedError } from '@navet/core';
import { BrowserSessionService, QueueDashboardPassService, RateLimitUnavailableError, RefreshRateLimiter } from '@navet/identity';
import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from '../admin/queue-dashboard-paths';
import { bearerToken } from '../graphql/graphql-context';
import { hasCsrfHeader, readCookie } from '../http/cookies';
import { graphqlErrorBody } from '../http/graphql-error-body';

export const REFRESH_COOKIE = 'navet_refresh';

/**
 * Browser sessions (docs/sessions.md, "Browser clients"): POST /auth/session binds an httpOnly refresh
 * cookie to the bearer token's session, /auth/refresh rotates it for a new access token, /auth/logout
 * revokes the session and clears it. Every call needs `X-Navet-CSRF: 1` (403 without). Errors answer in
 * the GraphQL shape.
 */
@Controller('auth')
export class AuthSessionController {
  private readonly secure: boolean;

  constructor(
    private readonly browser: BrowserSessionService,
    private readonly limiter: RefreshRateLimiter,
    private readonly dashboardPasses: QueueDashboardPassService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = config.app.isProduction;
  }

  @Post('session')
  session(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.setCookieForToken(req, res, async (token) => {
      const cookie = await this.browser.bind(token);
      res.cookie(REFRESH_COOKIE, cookie.value, { ...this.cookieOptions(), expires: cookie.expiresAt });
    });
  }

  @Post('refresh')
  async refresh(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.csrf(req, res)) return;
    await answer(res, async () => {
      await this.limiter.countRefresh(req.ip ?? 'unknown');
      const { accessToken, cookie } = await this.browser.refresh(readCookie(req, REFRESH_COOKIE));
      res.cookie(REFRESH_COOKIE, cookie.value, { ...this.cookieOptions(), expires: cookie.expiresAt });
      res.status(200).json({ token: accessToken });
    });
  }

  @Post('logout')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.csrf(req, res)) return;
    await this.browser.logout(readCookie(req, REFRESH_COOKIE));
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
    res.status(204).end();
  }

  /** An admin's short-lived pass to the queue dashboard (/admin/queues), bound to the token's session. */
  @Post('queue-dashboard')
  queueDashboard(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.setCookieForToken(req, res, async (token) => {
      const pass = await this.dashboardPasses.issue(token);
      res.cookie(QUEUE_DASHBOARD_COOKIE, pass.value, {
        ...this.cookieOptions(),
        path: QUEUE_DASHBOARD_PATH,
        expires: pass.expiresAt,
      });
    });
  }

  /** CSRF header and Bearer token checked, `set` sets a cookie for the token; 204. */
  private async setCookieForToken(req: Request, res: Response, set: (token: string) => Promise<void>): Promise<void> {
    if (!this.csrf(req, res)) return;
    const token = bearerToken(req);
    if (!token) return void unauthenticated(res, 'A Bearer token is required');
    await answer(res, async () => {
      await set(token);
      res.status(204).end();
    });
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', path: '/auth', secure: this.secure };
  }

  private csrf(req: Request, res: Response): boolean {
    res.setHeader('cache-control', 'no-store');
    if (hasCsrfHeader(req)) return true;
    res.status(403).json(graphqlErrorBody('The X-Navet-CSRF: 1 header is required', 'FORBIDDEN'));
    return false;
  }
}

function unauthenticated(res: Response, message: string): void {
  res.status(401).json(graphqlErrorBody(message, 'UNAUTHENTICATED'));
}

/** Runs the call; expected failures answer 401/403/429/503 in the GraphQL shape, anything else is a 500. */
async function answer(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    if (e instanceof RateLimitedError) {
      res.setHeader('retry-after', String(e.retryAfterSeconds));
      res.status(429).json(graphqlErrorBody(e.message, 'RATE_LIMITED'));
    } else if (e instanceof RateLimitUnavailableError) {
      res.setHeader('retry-after', '5');
      res.status(503).json(graphqlErrorBody('Sessions cannot be refreshed right now; try again shortly', 'SERVICE_UNAVAILABLE'));
    } else if (e instanceof DomainError && e.code === 'UNAUTHENTICATED') unauthenticated(res, e.message);
    else if (e instanceof DomainError && e.code === 'FORBIDDEN') res.status(403).json(graphqlErrorBody(e.message, 'FORBIDDEN'));
    else throw e;
  }
}
