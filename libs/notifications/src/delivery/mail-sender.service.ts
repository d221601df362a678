import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@navet/config';

/**
 * Marks account e-mails (confirmation links) apart from notifications: they are not deliveries,
 * have no unsubscribe link, and mail filters and tests can tell them apart by it.
 */
export const ACCOUNT_MAIL_HEADER = 'X-Navet-Account-Mail';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Stable per delivery, so a receiving system can drop a duplicate after a crash-and-retry. */
  messageId: string;
}

/** SMTP via nodemailer, configured by SMTP_URL; without it e-mail is switched off. */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'smtp' | 'notifications'>,
  ) {}

  get configured(): boolean {
    return !!this.config.smtp.url;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const url = this.config.smtp.url;
    if (!url) throw new Error('SMTP is not configured');
    this.transport ??= createTransport(url);
    await this.transport.sendMail({
      from: this.config.notifications.mailFrom,
      ...mail,
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
