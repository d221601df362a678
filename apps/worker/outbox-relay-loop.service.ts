import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { OutboxRelay } from '@navet/outbox';

const RELISTEN_FIRST_MS = 500;
const RELISTEN_MAX_MS = 30_000;

/**
 * Runs the relay: woken at once by NOTIFY from committed outbox writes, and polling as a safety net
 * (a missed notification only costs one poll interval). A listener connection that PostgreSQL drops
 * (a restart, a failover) is opened again with growing pauses; until then the poll carries the relay.
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private relistenTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.config.queue.outboxPollMs);
    this.kick();
  }

  /** Opens the LISTEN connection; when it ends unasked, another is opened (see relisten). */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url });
    client.on('error', (e) => this.logger.warn({ err: e }, 'outbox listener connection error'));
    client.on('notification', () => this.kick());
    client.on('end', () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      this.logger.warn('outbox listener connection lost; relay polls until it is back');
      this.relisten(RELISTEN_FIRST_MS);
    });
    try {
      await client.connect();
      await client.query('LISTEN navet_outbox');
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    this.listener = client;
  }

  private relisten(delayMs: number): void {
    if (this.stopped) return;
    this.relistenTimer = setTimeout(() => {
      this.listen().then(
        () => {
          this.logger.log('outbox listener connection restored');
          // Rows committed while nobody listened were not announced.
          this.kick();
        },
        () => this.relisten(Math.min(delayMs * 2, RELISTEN_MAX_MS)),
      );
    }, delayMs);
  }

  /** Starts a relay pass, or asks the running one to go again, so passes never overlap. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async pass(): Promise<void> {
    try {
      await this.relay.drain();
    } catch (e) {
      this.logger.error({ err: e }, 'outbox relay pass failed; retrying on next poll');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    await this.running;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }
}
