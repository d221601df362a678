import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  rawBody: string;
}

/** A real HTTP receiver on 127.0.0.1; answers with the queued statuses, then 200. */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  private statuses: number[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.received.push({
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
      });
      res.statusCode = this.statuses.shift() ?? 200;
      res.end();
    });
  });

  /** The next answers, in order (e.g. [500] = fail once). */
  answerNext(...statuses: number[]): void {
    this.statuses.push(...statuses);
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/navet`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
