import { DEFAULT_JOB_OPTIONS } from '@navet/queue';

/**
 * Attempts BullMQ makes for a `notifications.deliver` job (the queue's default). The handler treats
 * attempt >= this as the last one: the delivery becomes FAILED and counts against the webhook.
 */
export const DELIVERY_MAX_ATTEMPTS = DEFAULT_JOB_OPTIONS.attempts ?? 1;

export const isFinalAttempt = (attempt: number): boolean => attempt >= DELIVERY_MAX_ATTEMPTS;
