import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { RateLimitedError } from '@navet/core';
import { createRedis } from '@navet/queue';
import { retryAfterSeconds, throttleAddress, waitText } from './domain/login-throttle';

const WINDOW_SECONDS = 60 * 60;

/**
 * Registrations per client IP per hour, shared by every API instance through Redis. Each costs an
 * argon2 hash, and each may answer CONFLICT for a taken e-mail (the one thing the contract lets
 * registration reveal): counting every attempt that gets that far bounds both the CPU spent and how
 * many addresses one IP can probe.
 */
@Injectable()
export class RegistrationRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly perIp: RateLimiterRedis | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const points = config.auth.registrationsPerIpPerHour;
    this.redis = points > 0 ? createRedis(config.redis.url, { maxRetriesPerRequest: 3 }) : null;
    this.perIp = this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix: `${config.queue.prefix}:register:ip`,
          points,
          duration: WINDOW_SECONDS,
        })
      : null;
  }

  /** Counts a registration attempt from this IP; RATE_LIMITED with a retry hint once over the limit. */
  async consume(ip: string): Promise<void> {
    if (!this.perIp) return;
    try {
      await this.perIp.consume(throttleAddress(ip));
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const seconds = retryAfterSeconds(e.msBeforeNext);
      throw new RateLimitedError(`Too many registrations from this address; try again in ${waitText(seconds)}`, seconds);
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
