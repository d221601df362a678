import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { JobProducer } from '@navet/queue';
import { MeiliClient } from '@navet/search';

/**
 * Liveness answers whether the process runs (restart it if not); readiness whether it can serve,
 * i.e. PostgreSQL, Redis and Meilisearch answer (take it out of rotation if not).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly queue: JobProducer,
    private readonly meili: MeiliClient,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      () => this.probe('redis', () => this.queue.ping()),
      () => this.probe('meilisearch', () => this.meili.health()),
    ]);
  }

  private async probe(key: string, check: () => Promise<boolean>) {
    const i = this.indicator.check(key);
    const ok = await Promise.race([check().catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
    return ok ? i.up() : i.down();
  }
}
