import { Injectable } from '@nestjs/common';
import { signWebhookBody } from '../domain/webhook-signature';
import type { DeliveryRow } from '../persistence/delivery.repository';
import { Db } from '../persistence/sql';
import { readWebhook } from '../persistence/webhook.repository';
import { DeliveryOutcome, sent, skipped } from './delivery-outcome';
import { WebhookSender } from './webhook-sender.service';

/** One signed POST to the organization's webhook, with the delivery id as idempotency key. */
@Injectable()
export class WebhookDelivery {
  constructor(private readonly sender: WebhookSender) {}

  async send(db: Db, d: DeliveryRow): Promise<DeliveryOutcome> {
    const hook = d.organizationId ? await readWebhook(db, d.organizationId) : null;
    if (!hook?.url) return skipped('webhook removed');
    if (hook.disabledAt) return skipped('webhook disabled');
    const p = d.payload;
    const body = JSON.stringify({
      id: d.id,
      type: p.type ?? d.eventType,
      occurredAt: p.occurredAt ?? null,
      needId: p.needId ?? null,
      matchId: p.matchId ?? null,
      data: p.data ?? {},
    });
    await this.sender.post(hook.url, body, {
      'Content-Type': 'application/json',
      'X-Navet-Signature': signWebhookBody(hook.secret, body),
      'X-Navet-Event': p.type ?? d.eventType,
      'Idempotency-Key': d.id,
    });
    return sent;
  }
}
