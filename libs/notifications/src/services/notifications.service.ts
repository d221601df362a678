import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, isId, unique, validateFirst } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor } from '@navet/identity';
import { MAX_DAILY_MATCH_CAP, Notification, NotificationPreferences, NotificationPreferencesInput } from '../domain/notification';
import { newWebhookSecret } from '../domain/webhook-signature';
import { WebhookUrlPolicy } from '../delivery/webhook-url.policy';
import { listNotifications, markNotificationsRead } from '../persistence/notification.repository';
import { ensurePreferences, readPreferences } from '../persistence/preferences.repository';
import { readWebhook, saveWebhookSecret, saveWebhookUrl } from '../persistence/webhook.repository';
import { notificationPath, sideOf } from '../domain/notification-links';
import { dialogueIdOfMatch } from '../persistence/dialogue-context.reader';

export const MAX_NOTIFICATIONS_PAGE = 200;
const TOKEN = /^[0-9a-f]{64}$/;

/** In-app notifications, the user's e-mail and cap preferences and the organization's webhook. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly webhookUrls: WebhookUrlPolicy,
  ) {}

  /** The web app's path a notification opens for this reader (notification-links.ts). */
  async path(actor: Actor | null, n: Pick<Notification, 'type' | 'needId' | 'matchId'>): Promise<string> {
    const dialogueId = n.type === 'DIALOGUE_MESSAGE' && n.matchId ? await dialogueIdOfMatch(this.ds, n.matchId) : null;
    return notificationPath({ ...n, dialogueId }, sideOf(actor?.role));
  }

  async list(actor: Actor | null, unreadOnly: boolean, first: number): Promise<Notification[]> {
    const a = requireActor(actor);
    return listNotifications(this.ds, a.userId, unreadOnly, validateFirst(first, MAX_NOTIFICATIONS_PAGE));
  }

  /** Only the caller's own unread notifications change; the answer counts them. */
  async markRead(actor: Actor | null, ids: readonly string[]): Promise<number> {
    const a = requireActor(actor);
    return markNotificationsRead(this.ds, a.userId, unique(ids.filter(isId)), new Date());
  }

  async preferences(actor: Actor | null): Promise<NotificationPreferences> {
    const a = requireActor(actor);
    const [prefs, hook] = await Promise.all([readPreferences(this.ds, a.userId), readWebhook(this.ds, a.organizationId)]);
    return {
      email: prefs.email,
      dailyMatchCap: prefs.dailyMatchCap,
      webhookUrl: hook?.url ?? null,
    };
  }

  async updatePreferences(actor: Actor | null, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const a = requireActor(actor);
    const cap = input.dailyMatchCap;
    if (cap !== undefined && cap !== null && (!Number.isInteger(cap) || cap < 0 || cap > MAX_DAILY_MATCH_CAP)) {
      throw badInput('dailyMatchCap', `dailyMatchCap must be between 0 and ${MAX_DAILY_MATCH_CAP}`);
    }
    const raw = input.webhookUrl;
    // Validated (with DNS) before the transaction: nothing slow happens while rows are locked.
    const webhookUrl =
      raw === undefined ? undefined : raw === null || raw.trim() === '' ? null : await this.webhookUrls.validateForSave(raw);
    const now = new Date();
    await inTransaction(this.ds, async (em) => {
      await ensurePreferences(em, [a.userId]);
      await em.query(
        `UPDATE notification_preferences SET email = COALESCE($2, email), daily_match_cap = COALESCE($3, daily_match_cap), updated_at = $4
         WHERE user_id = $1`,
        [a.userId, input.email ?? null, cap ?? null, now],
      );
      if (webhookUrl !== undefined) await saveWebhookUrl(em, a.organizationId, webhookUrl, newWebhookSecret(), now);
    });
    return this.preferences(a);
  }

  /** A new signing secret for the organization's webhook, returned this once. */
  async rotateWebhookSecret(actor: Actor | null): Promise<string> {
    const a = requireActor(actor);
    const secret = newWebhookSecret();
    await saveWebhookSecret(this.ds, a.organizationId, secret, new Date());
    return secret;
  }

  /** Whether the token belongs to a user; reads only, so the link's confirmation page (GET) changes nothing. */
  async isUnsubscribeToken(token: string): Promise<boolean> {
    const t = token.trim().toLowerCase();
    if (!TOKEN.test(t)) return false;
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM notification_preferences WHERE unsubscribe_token = $1`, [t]);
    return rows.length > 0;
  }

  /** The e-mail footer's link, confirmed by POST: switches e-mail off for the token's user; false for an unknown token. */
  async unsubscribe(token: string): Promise<boolean> {
    const t = token.trim().toLowerCase();
    if (!TOKEN.test(t)) return false;
    const rows: unknown[] = await this.ds.query(
      `WITH changed AS (UPDATE notification_preferences SET email = false, updated_at = $2 WHERE unsubscribe_token = $1 RETURNING 1) SELECT * FROM changed`,
      [t, new Date()],
    );
    return rows.length > 0;
  }
}
