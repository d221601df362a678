import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import type { JobHandler, JobPayload } from '@navet/queue';
import { parseDay } from '../domain/daily-cap';
import { digestDeliveryKey } from '../domain/notification';
import { insertDelivery, stalePendingDeliveryIds } from '../persistence/delivery.repository';
import { lockPreferences } from '../persistence/preferences.repository';
import { selectRows } from '../persistence/sql';
import { DeliveryQueue } from '../planning/delivery-queue';

/** PENDING deliveries older than this are assumed to have lost their job and are enqueued again. */
export const STALE_DELIVERY_MINUTES = 15;
const STALE_BATCH = 1000;

/**
 * Once a day: one e-mail per user listing the notifications the daily cap held back, and a sweep
 * that re-enqueues deliveries whose job was lost between commit and enqueue.
 */
@Injectable()
export class DailyDigestHandler implements JobHandler<'notifications.daily-digest'> {
  readonly jobName = 'notifications.daily-digest' as const;
  private readonly logger = new Logger(DailyDigestHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly queue: DeliveryQueue,
  ) {}

  async handle({ day }: JobPayload<'notifications.daily-digest'>): Promise<void> {
    parseDay(day);
    const groups = await selectRows<{ userId: string; ids: string[] }>(
      this.ds,
      `SELECT user_id AS "userId", array_agg(id ORDER BY created_at, id) AS ids
       FROM notifications WHERE in_digest AND digested_at IS NULL GROUP BY user_id`,
    );
    const created: string[] = [];
    for (const g of groups) {
      const id = await inTransaction(this.ds, (em) => this.digestFor(em, g.userId, g.ids, day));
      if (id) created.push(id);
    }
    await this.queue.enqueue(created);
    const stale = await stalePendingDeliveryIds(this.ds, new Date(Date.now() - STALE_DELIVERY_MINUTES * 60_000), STALE_BATCH);
    await this.queue.enqueue(stale, `r${day}`);
    this.logger.log({ day, digests: created.length, requeued: stale.length }, 'daily digest planned');
  }

  /**
   * The delivery key makes one digest per user and day. Notifications are marked digested only with
   * the delivery that lists them (or when the user does not want e-mail); ones arriving after
   * today's digest wait for tomorrow's.
   */
  private async digestFor(em: EntityManager, userId: string, ids: string[], day: string): Promise<string | null> {
    const prefs = (await lockPreferences(em, [userId])).get(userId);
    let deliveryId: string | null = null;
    if (prefs?.email) {
      deliveryId = newId();
      const inserted = await insertDelivery(em, {
        id: deliveryId,
        deliveryKey: digestDeliveryKey(userId, day),
        channel: 'EMAIL',
        notificationId: null,
        organizationId: null,
        userId,
        eventType: 'DIGEST',
        eventKey: null,
        payload: { notificationIds: ids },
      });
      if (!inserted) return null;
    }
    await em.query(`UPDATE notifications SET digested_at = $2 WHERE id = ANY($1::uuid[]) AND digested_at IS NULL`, [
      ids,
      new Date(),
    ]);
    return deliveryId;
  }
}
