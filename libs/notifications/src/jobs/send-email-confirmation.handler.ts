import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { isId } from '@navet/core';
import { confirmationUrl, issueEmailConfirmation } from '@navet/identity';
import type { JobHandler, JobPayload } from '@navet/queue';
import { emailConfirmationEmail } from '../domain/email-confirmation-content';
import { textLanguageOf } from '../domain/notification-texts';
import { ACCOUNT_MAIL_HEADER, MailSender } from '../delivery/mail-sender.service';

/**
 * E-mails a new user the link that confirms their address. The token is made here, at send time,
 * and only its hash is stored (by the identity lib): the queue and the outbox never hold it. A
 * second run (a retry after a failed send) issues a new token, so only the latest link works.
 */
@Injectable()
export class SendEmailConfirmationHandler implements JobHandler<'notifications.send-email-confirmation'> {
  readonly jobName = 'notifications.send-email-confirmation' as const;
  private readonly logger = new Logger(SendEmailConfirmationHandler.name);

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
    private readonly mail: MailSender,
  ) {}

  async handle({ userId }: JobPayload<'notifications.send-email-confirmation'>): Promise<void> {
    if (!isId(userId)) return;
    if (!this.mail.configured) {
      this.logger.warn({ userId }, 'SMTP is not configured: no e-mail confirmation sent');
      return;
    }
    const issued = await issueEmailConfirmation(this.ds, userId);
    if (!issued) return; // confirmed already, or the account is gone
    const url = confirmationUrl(this.config.app.publicUrl, issued.token);
    await this.mail.send({
      to: issued.email,
      ...emailConfirmationEmail(textLanguageOf(issued.preferredLanguage), url),
      headers: { [ACCOUNT_MAIL_HEADER]: 'email-confirmation' },
      messageId: `<confirm-${userId}-${Date.now()}@${new URL(this.config.app.publicUrl).hostname}>`,
    });
    this.logger.log({ userId }, 'e-mail confirmation sent');
  }
}
