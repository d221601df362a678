import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { WebhookUrlPolicy } from './webhook-url.policy';

/** Thrown for a non-2xx answer; the job retries with backoff. */
export class WebhookStatusError extends Error {}

/** POSTs one signed JSON body; resolves on 2xx, throws on anything else, network errors and timeouts. */
@Injectable()
export class WebhookSender {
  constructor(
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'notifications'>,
    private readonly policy: WebhookUrlPolicy,
  ) {}

  post(rawUrl: string, body: string, headers: Record<string, string>): Promise<number> {
    const url = this.policy.targetForSend(rawUrl);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            ...headers,
            'Content-Length': String(Buffer.byteLength(body)),
            'User-Agent': 'Navet-Webhooks/1',
          },
          lookup: this.policy.lookup,
          signal: AbortSignal.timeout(this.config.notifications.webhookTimeoutMs),
        },
        (res) => {
          // The answer body is not used; draining it frees the socket.
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve(status);
            else reject(new WebhookStatusError(`webhook answered HTTP ${status}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
