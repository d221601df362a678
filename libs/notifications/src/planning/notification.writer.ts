import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { DataSource, EntityManager } from 'typeorm';
import { newId, unique } from '@navet/core';
import { inTransaction } from '@navet/database';
import { appendLedgerEntries } from '@navet/ledger';
import { OutboxWriter } from '@navet/outbox';
import { goesToDigest, utcDayStart } from '../domain/daily-cap';
import { holdWindowEnd } from '../domain/match-email-hold';
import { notificationLedgerAppends } from '../domain/notification-ledger';
import { emailDeliveryKey, NotificationDraft, webhookDeliveryKey, WebhookEvent } from '../domain/notification';
import { insertDelivery, NewDelivery } from '../persistence/delivery.repository';
import { countNewMatchesSince, insertNotification } from '../persistence/notification.repository';
import { lockPreferences } from '../persistence/preferences.repository';
import { activeWebhookOrganizations } from '../persistence/webhook.repository';

interface Stored {
  draft: NotificationDraft;
  notificationId: string;
  createdAt: Date;
}

/**
 * Stores planned notifications and their deliveries exactly once: notifications are unique per
 * (user, event key), deliveries per delivery key, and only newly stored notifications create
 * deliveries. Each new delivery writes `delivery.created` in the same transaction, so a planner run
 * again (a retry, a replayed event, an hour later) stores nothing and sends nothing twice.
 *
 * With a match e-mail hold (NAVET_MATCH_EMAIL_HOLD_MS > 0) a NEW_MATCH is stored without an e-mail,
 * held until its burst's window ends; the release job then spends the daily cap on the best-scored
 * of the burst (ReleaseMatchEmailsHandler). Without a hold the cap is spent as matches arrive.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'notifications'>,
  ) {}

  /** In its own transaction. */
  async record(drafts: readonly NotificationDraft[]): Promise<void> {
    if (!drafts.length) return;
    await inTransaction(this.ds, (em) => this.recordIn(em, drafts));
  }

  /** Inside the caller's transaction, with the outbox rows of the deliveries it creates. */
  async recordIn(em: EntityManager, drafts: readonly NotificationDraft[]): Promise<void> {
    if (!drafts.length) return;
    const now = new Date();
    const prefs = await lockPreferences(em, unique(drafts.map((d) => d.userId)));
    const matchesToday = new Map<string, number>();
    const stored: Stored[] = [];
    const holdMs = this.config.notifications.matchEmailHoldMs;
    const held = new Map<string, Date>();
    for (const draft of drafts) {
      if (draft.capped && holdMs > 0) {
        const until = holdWindowEnd(now, holdMs);
        const row = await insertNotification(em, newId(), draft, false, now, until);
        if (!row) continue;
        stored.push({ draft, notificationId: row.id, createdAt: row.createdAt });
        held.set(draft.userId, until);
        continue;
      }
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
        await this.addDelivery(em, {
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
    await this.outbox.add(
      em,
      ...[...held].map(([userId, until]) => ({
        type: 'notifications.match-emails-held' as const,
        payload: { userId, window: until.toISOString() },
      })),
    );
    await this.addWebhookDeliveries(em, stored);
    // Last: the ledger's per-need lock is held until commit.
    await appendLedgerEntries(
      em,
      notificationLedgerAppends(
        stored.map((s) => s.draft),
        now,
      ),
    );
  }

  /** A delivery and, when this call created it, the event that sends it. */
  private async addDelivery(em: EntityManager, d: NewDelivery): Promise<void> {
    if (await insertDelivery(em, d)) await this.outbox.add(em, { type: 'delivery.created', payload: { deliveryId: d.id } });
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
      await this.addDelivery(em, {
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
