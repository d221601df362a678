import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { organizationsByIds } from '@navet/identity';
import { appLink, notificationPath, sideOf } from '../domain/notification-links';
import type { NotificationType } from '../domain/notification';
import { signWebhookBody } from '../domain/webhook-signature';
import type { DeliveryRow } from '../persistence/delivery.repository';
import { Db } from '../persistence/sql';
import { readWebhook } from '../persistence/webhook.repository';
import { DeliveryOutcome, sent, skipped } from './delivery-outcome';
import { WebhookSender } from './webhook-sender.service';

/** One signed POST to the organization's webhook, with the delivery id as idempotency key. */
@Injectable()
export class WebhookDelivery {
  constructor(
    private readonly sender: WebhookSender,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'app'>,
  ) {}

  async send(db: Db, d: DeliveryRow): Promise<DeliveryOutcome> {
    const hook = d.organizationId ? await readWebhook(db, d.organizationId) : null;
    if (!hook?.url) return skipped('webhook removed');
    if (hook.disabledAt) return skipped('webhook disabled');
    const p = d.payload;
    const type = (p.type ?? d.eventType) as NotificationType;
    const needId = p.needId ?? null;
    const matchId = p.matchId ?? null;
    const data = p.data ?? {};
    // The screen of the web app the event is about, for the receiving organization's side.
    const [organization] = await organizationsByIds(db, [hook.organizationId]);
    const dialogueId = typeof data.dialogueId === 'string' ? data.dialogueId : null;
    const url = appLink(
      this.config.app.publicUrl,
      notificationPath({ type, needId, matchId, dialogueId }, sideOf(organization?.kind)),
    );
    const body = JSON.stringify({ id: d.id, type, occurredAt: p.occurredAt ?? null, needId, matchId, url, data });
    await this.sender.post(hook.url, body, {
      'Content-Type': 'application/json',
      'X-Navet-Signature': signWebhookBody(hook.secret, body),
      'X-Navet-Event': p.type ?? d.eventType,
      'Idempotency-Key': d.id,
    });
    return sent;
  }
}
