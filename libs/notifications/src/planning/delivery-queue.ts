import { Injectable } from '@nestjs/common';
import { JobProducer } from '@navet/queue';
import { deliverJobId } from '../domain/notification';

/** Puts `notifications.deliver` jobs on the queue; the deterministic job id absorbs duplicates. */
@Injectable()
export class DeliveryQueue {
  constructor(private readonly producer: JobProducer) {}

  /**
   * `retryTag` gives a repair run its own job ids: BullMQ ignores an id it still holds, and a job that
   * failed without updating the row (database down) is held for days. The handler is idempotent.
   */
  async enqueue(deliveryIds: readonly string[], retryTag?: string): Promise<void> {
    if (!deliveryIds.length) return;
    await this.producer.enqueueMany(
      deliveryIds.map((deliveryId) => ({
        name: 'notifications.deliver' as const,
        payload: { deliveryId },
        jobId: retryTag ? `${deliverJobId(deliveryId)}-${retryTag}` : deliverJobId(deliveryId),
      })),
    );
  }
}
