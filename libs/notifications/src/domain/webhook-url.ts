import { isIP } from 'node:net';
import { isForbiddenAddress } from './ip-address';

export const MAX_WEBHOOK_URL_LENGTH = 2000;

export type WebhookUrlCheck = { ok: true; url: URL; host: string; isLiteral: boolean } | { ok: false; reason: string };

export interface WebhookTargetRules {
  /** Private, loopback and link-local targets (development receivers). */
  allowPrivate: boolean;
  /** Plain http:// (development receivers); the contract promises HTTPS, so never in production. */
  allowHttp: boolean;
}

/**
 * Static checks of a webhook URL (no DNS): https (or http where allowed), no credentials, a host, and when
 * the host is an IP literal or a localhost name, not a forbidden address unless private targets are allowed.
 */
export function checkWebhookUrl(raw: string, { allowPrivate, allowHttp }: WebhookTargetRules): WebhookUrlCheck {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH)
    return {
      ok: false,
      reason: `webhookUrl may have at most ${MAX_WEBHOOK_URL_LENGTH} characters`,
    };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'webhookUrl is not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'webhookUrl must use http or https' };
  if (url.protocol === 'http:' && !allowHttp) return { ok: false, reason: 'webhookUrl must use https' };
  if (url.username || url.password) return { ok: false, reason: 'webhookUrl may not contain credentials' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return { ok: false, reason: 'webhookUrl needs a host' };
  const isLiteral = isIP(host) !== 0;
  if (!allowPrivate) {
    const localName = host === 'localhost' || host.endsWith('.localhost');
    if (localName || (isLiteral && isForbiddenAddress(host))) {
      return {
        ok: false,
        reason: 'webhookUrl may not point to a private, loopback or link-local address',
      };
    }
  }
  return { ok: true, url, host, isLiteral };
}

/** After DNS: every address the name resolves to must be public (one private answer is enough to refuse). */
export function checkResolvedAddresses(addresses: readonly string[], allowPrivate: boolean): string | null {
  if (addresses.length === 0) return 'webhookUrl host does not resolve';
  if (!allowPrivate && addresses.some(isForbiddenAddress))
    return 'webhookUrl resolves to a private, loopback or link-local address';
  return null;
}
