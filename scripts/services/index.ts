import { resolveMeilisearch, ResolvedMeilisearch } from './meilisearch';
import { resolvePostgres } from './postgres';
import { resolveRedis } from './redis';
import { ResolvedService, ServiceOptions } from './service';

export * from './service';
export * from './ports';
export * from './processes';
export * from './postgres';
export * from './redis';
export * from './meilisearch';
export * from './node-flags';

export interface Services {
  postgres: ResolvedService;
  redis: ResolvedService;
  meili: ResolvedMeilisearch;
  /** Stops what was started here, Meilisearch and Redis before PostgreSQL. */
  stop(): Promise<void>;
}

/**
 * Finds or starts PostgreSQL, Redis and Meilisearch (in parallel). If one cannot be had, the ones
 * already started are stopped again before the error is thrown.
 */
export async function resolveServices(opts: ServiceOptions): Promise<Services> {
  const [postgres, redis, meili] = await Promise.allSettled([
    resolvePostgres(opts),
    resolveRedis(opts),
    resolveMeilisearch(opts),
  ]);
  const value = <T>(r: PromiseSettledResult<T>): T | undefined => (r.status === 'fulfilled' ? r.value : undefined);
  const stop = async () => {
    const results = await Promise.allSettled([value(meili)?.stop(), value(redis)?.stop()]);
    await value(postgres)?.stop();
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  if (postgres.status === 'rejected' || redis.status === 'rejected' || meili.status === 'rejected') {
    await stop().catch(() => undefined);
    const reasons = [postgres, redis, meili].flatMap((r) =>
      r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : [],
    );
    throw new Error(reasons.join('\n'));
  }
  return { postgres: postgres.value, redis: redis.value, meili: meili.value, stop };
}
