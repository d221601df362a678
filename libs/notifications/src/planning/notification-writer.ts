import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId, unique } from '@navet/core';
import { inTransaction } from '@navet/database';
import { goesToDigest, utcDayStart } from '../domain/daily-cap';
import { emailDeliveryKey, NotificationDraft, webhookDeliveryKey, WebhookEvent } from '../domain/notification';
import { insertDelivery, pendingDeliveryIdsForEvents } from '../persistence/delivery.repository';
import { countNewMatchesSince, insertNotification } from '../persistence/notification.repository';
import { lockPreferences } from '../persistence/preferences.repository';
import { activeWebhookOrganizations } from '../persistence/webhook.repository';
import { DeliveryQueue } from './delivery-queue';

interface Stored {
  draft: NotificationDraft;
  notificationId: string;
  createdAt: Date;
}

/**
 * Stores planned notifications and their deliveries exactly once: notifications are unique per
 * (user, event key), deliveries per delivery key, and only newly stored notifications create
 * deliveries. Jobs are enqueued after the commit; the PENDING rows are the durable record.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly ds: DataSource,
    private readonly queue: DeliveryQueue,
  ) {}

  /** Own transaction, then enqueues every still-pending delivery of these events (a retry re-enqueues lost jobs). */
  async record(drafts: readonly NotificationDraft[]): Promise<void> {
    if (!drafts.length) return;
    const pending = await inTransaction(this.ds, (em) => this.recordIn(em, drafts));
    await this.queue.enqueue(pending);
  }

  /** Inside the caller's transaction; returns the ids of PENDING deliveries of these events to enqueue after commit. */
  async recordIn(em: EntityManager, drafts: readonly NotificationDraft[]): Promise<string[]> {
    if (!drafts.length) return [];
    const now = new Date();
    const prefs = await lockPreferences(em, unique(drafts.map((d) => d.userId)));
    const matchesToday = new Map<string, number>();
    const stored: Stored[] = [];
    for (const draft of drafts) {
      let inDigest = false;
      if (draft.capped) {
        const already = matchesToday.get(draft.userId) ?? (await countNewMatchesSince(em, draft.userId, utcDayStart(now)));
        inDigest = goesToDigest(already, prefs.get(draft.userId)?.dailyMatchCap ?? 0);
        matchesToday.set(draft.userId, already);
      }
      const row = await insertNotification(em, newId(), draft, inDigest, now);
      if (!row) continue;
      if (draft.capped) matchesToday.set(draft.userId, (matchesToday.get(draft.userId) ?? 0) + 1);
      stored.push({ draft, notificationId: row.id, createdAt: row.createdAt });
      if (draft.deliver && !inDigest && prefs.get(draft.userId)?.email) {
        await insertDelivery(em, {
          id: newId(),
          deliveryKey: emailDeliveryKey(draft.userId, draft.eventKey),
          channel: 'EMAIL',
          notificationId: row.id,
          organizationId: draft.organizationId,
          userId: draft.userId,
          eventType: draft.type,
          eventKey: draft.eventKey,
          payload: {},
        });
      }
    }
    await this.addWebhookDeliveries(em, stored);
    return pendingDeliveryIdsForEvents(em, unique(drafts.map((d) => d.eventKey)));
  }

  /** One webhook call per organization and event, whatever the number of its users and their caps. */
  private async addWebhookDeliveries(em: EntityManager, stored: readonly Stored[]): Promise<void> {
    const withWebhook = stored.filter((s) => s.draft.deliver && s.draft.webhookData);
    const active = await activeWebhookOrganizations(em, unique(withWebhook.map((s) => s.draft.organizationId)));
    for (const { draft, notificationId, createdAt } of withWebhook) {
      if (!active.has(draft.organizationId)) continue;
      const event: WebhookEvent = {
        type: draft.type,
        occurredAt: createdAt.toISOString(),
        needId: draft.needId,
        matchId: draft.matchId,
        data: draft.webhookData ?? {},
      };
      await insertDelivery(em, {
        id: newId(),
        deliveryKey: webhookDeliveryKey(draft.organizationId, draft.eventKey),
        channel: 'WEBHOOK',
        notificationId,
        organizationId: draft.organizationId,
        userId: null,
        eventType: draft.type,
        eventKey: draft.eventKey,
        payload: event,
      });
    }
  }
}
