import { createHmac } from 'node:crypto';
import { newWebhookSecret, signWebhookBody, verifyWebhookSignature } from './webhook-signature';

describe('webhook signature', () => {
  const secret = 'a'.repeat(64);
  const body = '{"id":"d1","type":"NEW_MATCH","data":{"needTitle":"Åtgärd"}}';

  it('is sha256=<hex HMAC> of the exact body, as a receiver computes it', () => {
    expect(signWebhookBody(secret, body)).toBe(
      `sha256=${createHmac('sha256', secret).update(Buffer.from(body, 'utf8')).digest('hex')}`,
    );
  });

  it('verifies the right body and secret only', () => {
    const sig = signWebhookBody(secret, body);
    expect(verifyWebhookSignature(secret, body, sig)).toBe(true);
    expect(verifyWebhookSignature(secret, `${body} `, sig)).toBe(false);
    expect(verifyWebhookSignature('b'.repeat(64), body, sig)).toBe(false);
    expect(verifyWebhookSignature(secret, body, undefined)).toBe(false);
  });

  it('makes 32-byte hex secrets that differ each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
