import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isId, newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { usersByIds } from '@navet/identity';
import { matchScores } from '@navet/matching';
import { OutboxWriter } from '@navet/outbox';
import type { JobHandler, JobPayload } from '@navet/queue';
import { utcDayStart } from '../domain/daily-cap';
import { splitHeldMatches } from '../domain/match-email-hold';
import { emailDeliveryKey } from '../domain/notification';
import { insertDelivery } from '../persistence/delivery.repository';
import { countMatchEmailsSince, heldNotifications, releaseHeld } from '../persistence/notification.repository';
import { lockPreferences } from '../persistence/preferences.repository';

/**
 * The end of a burst's hold: the user's held NEW_MATCH notifications (of this window and any
 * earlier one) are ranked by their match's current score; the best, as many as the daily cap has
 * left, are e-mailed, the rest wait for the digest. Idempotent: a second run finds nothing held,
 * and the delivery keys are the same as for an immediate e-mail, so nothing is sent twice.
 */
@Injectable()
export class ReleaseMatchEmailsHandler implements JobHandler<'notifications.release-match-emails'> {
  readonly jobName = 'notifications.release-match-emails' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async handle({ userId, window }: JobPayload<'notifications.release-match-emails'>): Promise<void> {
    const until = new Date(window);
    if (!isId(userId) || Number.isNaN(until.getTime())) return;
    await inTransaction(this.ds, (em) => this.release(em, userId, until));
  }

  private async release(em: EntityManager, userId: string, until: Date): Promise<void> {
    // The preferences row lock orders this with the writer and other releases for the user.
    const prefs = (await lockPreferences(em, [userId])).get(userId);
    const held = await heldNotifications(em, userId, until);
    if (!held.length) return;
    const scores = await matchScores(
      em,
      held.flatMap((h) => (h.matchId ? [h.matchId] : [])),
    );
    const sentToday = await countMatchEmailsSince(em, userId, utcDayStart(until));
    const { email, digest } = splitHeldMatches(held, scores, (prefs?.dailyMatchCap ?? 0) - sentToday);
    await releaseHeld(
      em,
      email.map((h) => h.id),
      false,
    );
    await releaseHeld(
      em,
      digest.map((h) => h.id),
      true,
    );
    if (!prefs?.email || !email.length) return;
    const [user] = await usersByIds(em, [userId]);
    for (const h of email) {
      const deliveryId = newId();
      const inserted = await insertDelivery(em, {
        id: deliveryId,
        deliveryKey: emailDeliveryKey(userId, h.eventKey),
        channel: 'EMAIL',
        notificationId: h.id,
        organizationId: user?.organizationId ?? null,
        userId,
        eventType: 'NEW_MATCH',
        eventKey: h.eventKey,
        payload: {},
      });
      if (inserted) await this.outbox.add(em, { type: 'delivery.created', payload: { deliveryId } });
    }
  }
}
