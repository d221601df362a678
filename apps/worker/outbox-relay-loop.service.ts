import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { OutboxRelay } from '@navet/outbox';

/**
 * Runs the relay: woken at once by NOTIFY from committed outbox writes, and polling as a safety net
 * (a missed notification only costs one poll interval).
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new Client({ connectionString: this.config.database.url });
    this.listener.on('error', (e) => this.logger.warn({ err: e }, 'outbox listener connection error'));
    await this.listener.connect();
    this.listener.on('notification', () => this.kick());
    await this.listener.query('LISTEN navet_outbox');
    this.timer = setInterval(() => this.kick(), this.config.queue.outboxPollMs);
    this.kick();
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
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
