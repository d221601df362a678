import { Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotificationsService } from '@navet/notifications';
import { confirmUnsubscribePage, invalidUnsubscribeLinkPage, unsubscribedPage } from './unsubscribe-page';

/** The token is the only secret: keep the page out of caches, referrers, frames and search engines. */
const PAGE_HEADERS: [string, string][] = [
  ['Content-Type', 'text/html; charset=utf-8'],
  ['Cache-Control', 'no-store'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Robots-Tag', 'noindex'],
  ['Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"],
];

function setPageHeaders(res: Response): void {
  for (const [name, value] of PAGE_HEADERS) res.setHeader(name, value);
}

/**
 * The link in every e-mail. GET (and HEAD, which Express answers with the GET route) only asks, since mail
 * scanners prefetch links; POST switches e-mail off. The POST is also RFC 8058 one-click unsubscribe
 * (`List-Unsubscribe=One-Click` sent by the mail client to the same URL). No sign-in needed.
 */
@Controller('notifications')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('unsubscribe')
  async confirm(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    setPageHeaders(res);
    if (typeof token === 'string' && (await this.notifications.isUnsubscribeToken(token))) return confirmUnsubscribePage(token);
    res.status(HttpStatus.BAD_REQUEST);
    return invalidUnsubscribeLinkPage();
  }

  // The body (`List-Unsubscribe=One-Click`) is not read: the token in the URL is what identifies the user.
  @Post('unsubscribe')
  @HttpCode(HttpStatus.OK)
  async unsubscribe(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    setPageHeaders(res);
    if (typeof token === 'string' && (await this.notifications.unsubscribe(token))) return unsubscribedPage();
    res.status(HttpStatus.BAD_REQUEST);
    return invalidUnsubscribeLinkPage();
  }
}
