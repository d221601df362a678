import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import type { JobHandler, JobPayload } from '@navet/queue';
import { parseDay } from '../domain/daily-cap';
import { digestDeliveryKey } from '../domain/notification';
import { insertDelivery, stalePendingDeliveryIds } from '../persistence/delivery.repository';
import { releaseStaleHolds } from '../persistence/notification.repository';
import { lockPreferences } from '../persistence/preferences.repository';
import { selectRows } from '../persistence/sql';

/** PENDING deliveries older than this are assumed to have lost their job and are sent again. */
export const STALE_DELIVERY_MINUTES = 15;
const STALE_BATCH = 1000;

/**
 * Once a day: one e-mail per user listing the notifications the daily cap held back, and a sweep
 * of deliveries still PENDING long after they were created.
 *
 * The sweep is no longer about the gap between commit and enqueue (every delivery commits with its
 * `delivery.created` outbox row). It guards what the outbox cannot: a job that used up its attempts
 * without the database recording the outcome (PostgreSQL unreachable through every retry; BullMQ
 * then keeps it failed for days), and jobs Redis lost after the relay published them. Each stalled
 * delivery gets a `delivery.stalled` row, so a fresh job; the deliver handler sends only PENDING rows.
 */
@Injectable()
export class DailyDigestHandler implements JobHandler<'notifications.daily-digest'> {
  readonly jobName = 'notifications.daily-digest' as const;
  private readonly logger = new Logger(DailyDigestHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async handle({ day }: JobPayload<'notifications.daily-digest'>): Promise<void> {
    parseDay(day);
    // A hold whose release job was lost (Redis) would keep its match out of e-mail forever: digest it.
    await releaseStaleHolds(this.ds, new Date(Date.now() - STALE_DELIVERY_MINUTES * 60_000));
    const groups = await selectRows<{ userId: string; ids: string[] }>(
      this.ds,
      `SELECT user_id AS "userId", array_agg(id ORDER BY created_at, id) AS ids
       FROM notifications WHERE in_digest AND digested_at IS NULL GROUP BY user_id`,
    );
    let digests = 0;
    for (const g of groups) {
      if (await inTransaction(this.ds, (em) => this.digestFor(em, g.userId, g.ids, day))) digests++;
    }
    const stale = await inTransaction(this.ds, async (em) => {
      const ids = await stalePendingDeliveryIds(em, new Date(Date.now() - STALE_DELIVERY_MINUTES * 60_000), STALE_BATCH);
      await this.outbox.add(em, ...ids.map((deliveryId) => ({ type: 'delivery.stalled' as const, payload: { deliveryId } })));
      return ids;
    });
    this.logger.log({ day, digests, requeued: stale.length }, 'daily digest planned');
  }

  /**
   * The delivery key makes one digest per user and day. Notifications are marked digested only with
   * the delivery that lists them (or when the user does not want e-mail); ones arriving after
   * today's digest wait for tomorrow's. Returns whether a digest delivery was created (with its outbox row).
   */
  private async digestFor(em: EntityManager, userId: string, ids: string[], day: string): Promise<boolean> {
    const prefs = (await lockPreferences(em, [userId])).get(userId);
    let created = false;
    if (prefs?.email) {
      const deliveryId = newId();
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
      if (!inserted) return false;
      await this.outbox.add(em, { type: 'delivery.created', payload: { deliveryId } });
      created = true;
    }
    await em.query(`UPDATE notifications SET digested_at = $2 WHERE id = ANY($1::uuid[]) AND digested_at IS NULL`, [
      ids,
      new Date(),
    ]);
    return created;
  }
}
