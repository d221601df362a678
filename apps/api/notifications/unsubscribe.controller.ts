import { Controller, Get, Header, Query } from '@nestjs/common';
import { NotificationsService } from '@navet/notifications';

/** The link in every e-mail: one click turns e-mail notifications off, no sign-in needed. */
@Controller('notifications')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('unsubscribe')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async unsubscribe(@Query('token') token?: string): Promise<string> {
    const done = typeof token === 'string' && token.length > 0 && (await this.notifications.unsubscribe(token));
    return done
      ? 'Du får inte längre e-post från Navet. / You will no longer receive e-mail from Navet.'
      : 'Länken är ogiltig eller redan använd. / The link is invalid or was already used.';
  }
}
