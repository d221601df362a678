import { lookup as dnsLookup } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { badInput } from '@navet/core';
import { checkResolvedAddresses, checkWebhookUrl, WebhookTargetRules } from '../domain/webhook-url';

/** Thrown when a webhook target is (or resolves to) an address Navet must not call. */
export class WebhookTargetError extends Error {
  readonly code = 'EWEBHOOKTARGET';
}

/**
 * Where webhooks may go. Checked when the URL is saved (literal host and DNS answer) and again at
 * send time inside the socket's DNS lookup, so a name that later resolves to a private address
 * (DNS rebinding) is refused on the connection actually made.
 */
@Injectable()
export class WebhookUrlPolicy {
  private readonly allowPrivate: boolean;
  private readonly rules: WebhookTargetRules;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'notifications'>) {
    this.allowPrivate = config.notifications.webhookAllowPrivate;
    this.rules = { allowPrivate: this.allowPrivate, allowHttp: config.notifications.webhookAllowHttp };
  }

  /** For saving: the normalised URL, or BAD_USER_INPUT on field webhookUrl. */
  async validateForSave(raw: string): Promise<string> {
    const check = checkWebhookUrl(raw.trim(), this.rules);
    if (!check.ok) throw badInput('webhookUrl', check.reason);
    if (!check.isLiteral) {
      let addresses: string[];
      try {
        addresses = (await dnsLookupAsync(check.host, { all: true })).map((a) => a.address);
      } catch {
        throw badInput('webhookUrl', 'webhookUrl host does not resolve');
      }
      const problem = checkResolvedAddresses(addresses, this.allowPrivate);
      if (problem) throw badInput('webhookUrl', problem);
    }
    return check.url.toString();
  }

  /** For sending: the parsed URL; throws WebhookTargetError when the literal target is forbidden. */
  targetForSend(raw: string): URL {
    const check = checkWebhookUrl(raw, this.rules);
    if (!check.ok) throw new WebhookTargetError(check.reason);
    return check.url;
  }

  /** A socket lookup that refuses forbidden answers; the connection uses the address it checked. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const problem = checkResolvedAddresses(
        addresses.map((a) => a.address),
        this.allowPrivate,
      );
      if (problem) return callback(new WebhookTargetError(problem), '', 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
