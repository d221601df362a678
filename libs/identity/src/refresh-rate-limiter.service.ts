import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { RateLimitedError } from '@navet/core';
import { createRedis } from '@navet/queue';

/** Redis could not count the call: the refresh is refused (a limit never fails open). */
export class RateLimitUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The rate limit could not be checked', { cause });
    this.name = 'RateLimitUnavailableError';
  }
}

/**
 * Throttles POST /auth/refresh per client IP, shared by every API instance through Redis. A page load and
 * one refresh per access-token lifetime per tab is the normal load; an office behind one NAT address is
 * why the default is generous. Without Redis no refresh is answered (RateLimitUnavailableError).
 */
@Injectable()
export class RefreshRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redis.url, { maxRetriesPerRequest: 3 });
    this.perIp = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.queue.prefix}:auth-refresh:ip`,
      points: config.auth.refreshMaxPerIpPerMinute,
      duration: 60,
    });
  }

  /** RATE_LIMITED (with a retry hint) past the limit; RateLimitUnavailableError when Redis cannot count. */
  async countRefresh(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw new RateLimitUnavailableError(e);
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new RateLimitedError(`Too many session refreshes; try again in ${seconds} second(s)`, seconds);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
