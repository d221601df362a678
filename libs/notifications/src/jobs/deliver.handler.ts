import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { DeliveryOutcome } from '../delivery/delivery-outcome';
import { EmailDelivery } from '../delivery/email-delivery.service';
import { safeErrorMessage } from '../delivery/redact';
import { WebhookDelivery } from '../delivery/webhook-delivery.service';
import { lockDelivery, markAttemptFailed, markDelivered } from '../persistence/delivery.repository';
import { resetWebhookFailures } from '../persistence/webhook.repository';
import { WebhookFailures } from '../planning/webhook-failures.service';
import { isFinalAttempt } from './delivery-attempts';

/**
 * Sends one delivery at most once successfully: the row is locked for the send, a SENT/SKIPPED/FAILED
 * row is never sent again, and a failure is recorded and rethrown so BullMQ retries with backoff.
 */
@Injectable()
export class DeliverHandler implements JobHandler<'notifications.deliver'> {
  readonly jobName = 'notifications.deliver' as const;
  private readonly logger = new Logger(DeliverHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly email: EmailDelivery,
    private readonly webhook: WebhookDelivery,
    private readonly failures: WebhookFailures,
  ) {}

  async handle({ deliveryId }: JobPayload<'notifications.deliver'>, ctx: JobContext): Promise<void> {
    if (!isId(deliveryId)) return;
    const final = isFinalAttempt(ctx.attempt);
    const failure = await inTransaction(this.ds, async (em) => {
      const d = await lockDelivery(em, deliveryId);
      if (!d || d.status !== 'PENDING') return null;
      try {
        const outcome: DeliveryOutcome = d.channel === 'EMAIL' ? await this.email.send(em, d) : await this.webhook.send(em, d);
        await markDelivered(em, d.id, outcome.status, outcome.status === 'SKIPPED' ? outcome.reason : null, new Date());
        if (d.channel === 'WEBHOOK' && outcome.status === 'SENT' && d.organizationId)
          await resetWebhookFailures(em, d.organizationId);
        this.logger.debug({ deliveryId, channel: d.channel, status: outcome.status }, 'delivery done');
        return null;
      } catch (e) {
        const message = safeErrorMessage(e);
        await markAttemptFailed(em, d.id, message, final);
        if (final && d.channel === 'WEBHOOK' && d.organizationId)
          await this.failures.recordFinalFailure(em, d.organizationId, d.id);
        this.logger.warn(
          {
            deliveryId,
            channel: d.channel,
            attempt: ctx.attempt,
            final,
            err: message,
          },
          'delivery failed',
        );
        return new Error(`delivery ${deliveryId} failed: ${message}`);
      }
    });
    if (failure) throw failure;
  }
}
