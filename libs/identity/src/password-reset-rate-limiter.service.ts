import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { DomainError } from '@navet/core';
import { createRedis } from '@navet/queue';

const WINDOW_SECONDS = 60 * 60;
/** Reset e-mails one address may receive per hour: enough for a lost mail, too few to bomb a mailbox. */
export const RESET_MAILS_PER_ADDRESS = 3;
/** Reset requests one client IP may make per hour, whatever the addresses. */
export const RESET_REQUESTS_PER_IP = 20;

/**
 * Throttles requestPasswordReset, shared by every API instance through Redis. Known and unknown
 * addresses are counted alike, so neither limit says whether an account exists.
 */
@Injectable()
export class PasswordResetRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddress: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redis.url, { maxRetriesPerRequest: 3 });
    const keyPrefix = `${config.queue.prefix}:password-reset`;
    this.perAddress = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${keyPrefix}:address`,
      points: RESET_MAILS_PER_ADDRESS,
      duration: WINDOW_SECONDS,
    });
    this.perIp = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${keyPrefix}:ip`,
      points: RESET_REQUESTS_PER_IP,
      duration: WINDOW_SECONDS,
    });
  }

  /** RATE_LIMITED when this IP asked too often (that tells the caller nothing about any account). */
  async countRequest(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const minutes = Math.max(1, Math.ceil(e.msBeforeNext / 60000));
      throw new DomainError('RATE_LIMITED', `Too many password reset requests; try again in ${minutes} minute(s)`);
    }
  }

  /** False when the address had its share of mails this hour: the caller then sends nothing, silently. */
  async mayMail(address: string): Promise<boolean> {
    try {
      await this.perAddress.consume(address);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
