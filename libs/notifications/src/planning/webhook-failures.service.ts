import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import {} from '@navet/core';
import { NotificationDraft } from '../domain/notification';
import { textLanguageOf, webhookDisabledText } from '../domain/notification-texts';
import { usersOfOrganizations } from '@navet/identity';
import { countWebhookFailure, disableWebhook } from '../persistence/webhook.repository';
import { NotificationWriter } from './notification.writer';

/**
 * Bookkeeping of a delivery that failed for good: counts it against the organization's webhook and,
 * at the configured limit, disables the webhook and tells the organization's users in the app.
 */
@Injectable()
export class WebhookFailures {
  private readonly logger = new Logger(WebhookFailures.name);

  constructor(
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'notifications'>,
    private readonly writer: NotificationWriter,
  ) {}

  async recordFinalFailure(em: EntityManager, organizationId: string, deliveryId: string): Promise<void> {
    const now = new Date();
    const state = await countWebhookFailure(em, organizationId, now);
    const max = this.config.notifications.webhookMaxFailures;
    if (!state || state.disabledAt || state.failures < max) return;
    await disableWebhook(em, organizationId, now);
    this.logger.warn({ organizationId, failures: state.failures }, 'webhook disabled after consecutive failures');
    const users = await usersOfOrganizations(em, [organizationId]);
    const drafts = users.map((u): NotificationDraft => {
      const text = webhookDisabledText(textLanguageOf(u.preferredLanguage), state.failures);
      return {
        userId: u.userId,
        organizationId,
        type: 'WEBHOOK_DISABLED',
        ...text,
        needId: null,
        matchId: null,
        eventKey: `webhook-disabled:${deliveryId}`,
        capped: false,
        deliver: false,
        webhookData: null,
      };
    });
    // In-app only: recordIn creates no deliveries for these.
    await this.writer.recordIn(em, drafts);
  }
}
