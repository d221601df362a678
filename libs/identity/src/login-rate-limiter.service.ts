import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { DomainError } from '@navet/core';
import { createRedis } from '@navet/queue';

const WINDOW_SECONDS = 15 * 60;

/**
 * Brute-force protection for login, shared by every API instance through Redis: failed attempts
 * per account, and all attempts per client IP, within a 15-minute window.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redis.url, { maxRetriesPerRequest: 3 });
    const keyPrefix = `${config.queue.prefix}:login`;
    this.perAccount = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${keyPrefix}:account`,
      points: config.auth.maxFailuresPerAccount,
      duration: WINDOW_SECONDS,
    });
    this.perIp = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${keyPrefix}:ip`,
      points: config.auth.maxAttemptsPerIp,
      duration: WINDOW_SECONDS,
    });
  }

  /** Counts an attempt from this IP and refuses when the IP or the account is over its limit. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) throw this.limited(account);
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw this.limited(e);
      throw e;
    }
  }

  async recordFailure(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private limited(res: RateLimiterRes): DomainError {
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60000));
    return new DomainError('RATE_LIMITED', `Too many sign-in attempts; try again in ${minutes} minute(s)`);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
