import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId, newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { passwordResetById, passwordResetState } from '@navet/identity';
import { OutboxWriter } from '@navet/outbox';
import type { JobHandler, JobPayload } from '@navet/queue';
import { PASSWORD_RESET_EVENT } from '../domain/password-reset-email';
import { insertDelivery } from '../persistence/delivery.repository';

/**
 * Turns a password reset into one e-mail delivery (key PASSWORD_RESET:<resetId>, so a rerun plans nothing
 * twice); `notifications.deliver` sends it like any e-mail: once, with retries and a recorded outcome.
 */
@Injectable()
export class PlanPasswordResetHandler implements JobHandler<'notifications.plan-password-reset'> {
  readonly jobName = 'notifications.plan-password-reset' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async handle({ resetId }: JobPayload<'notifications.plan-password-reset'>): Promise<void> {
    if (!isId(resetId)) return;
    const reset = await passwordResetById(this.ds, resetId);
    if (!reset || passwordResetState(reset, new Date()) !== 'USABLE') return;
    await inTransaction(this.ds, async (em) => {
      const deliveryId = newId();
      const created = await insertDelivery(em, {
        id: deliveryId,
        deliveryKey: `${PASSWORD_RESET_EVENT}:${resetId}`,
        channel: 'EMAIL',
        notificationId: null,
        organizationId: null,
        userId: reset.userId,
        eventType: PASSWORD_RESET_EVENT,
        eventKey: null,
        payload: { passwordResetId: resetId },
      });
      if (created) await this.outbox.add(em, { type: 'delivery.created', payload: { deliveryId } });
    });
  }
}
