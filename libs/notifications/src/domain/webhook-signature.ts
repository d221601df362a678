import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex HMAC-SHA256>` of the exact bytes sent; receivers recompute it over the raw body. */
export function signWebhookBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time check, as a receiver should do it (used by tests and documentation). */
export function verifyWebhookSignature(secret: string, rawBody: string | Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** 32 random bytes, hex: shown to the organization once. */
export const newWebhookSecret = (): string => randomBytes(32).toString('hex');
