import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { RateLimitedError } from '@navet/core';
import { createRedis } from '@navet/queue';
import { delayAfterFailures, retryAfterSeconds, throttleAddress, ThrottlePolicy, waitText } from './domain/login-throttle';

const ATTEMPT_WINDOW_SECONDS = 15 * 60;
// Consecutive failures are forgotten a day after the first of them (or at once on a success).
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;

/**
 * Brute-force protection for login, shared by every API instance through Redis, without lockout as a
 * weapon: wrong passwords slow down the (account, IP) pair and the IP they come from, with growing
 * delays (domain/login-throttle.ts), never the account as such, so its owner still signs in from
 * another address. Every IP also has a cap on all attempts per 15 minutes. Accounts are keyed by a
 * hash of the e-mail, so Redis holds no addresses; IPv6 clients by their /64 (throttleAddress).
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly attemptsPerIp: RateLimiterRedis;
  private readonly failures: { accountIp: RateLimiterRedis; ip: RateLimiterRedis };
  private readonly blocks: { accountIp: RateLimiterRedis; ip: RateLimiterRedis };
  private readonly policies: { accountIp: ThrottlePolicy; ip: ThrottlePolicy };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.redis.url, { maxRetriesPerRequest: 3 });
    const prefix = `${config.queue.prefix}:login`;
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${prefix}:${name}`, points, duration });
    const { auth } = config;
    this.attemptsPerIp = limiter('ip', auth.maxAttemptsPerIp, ATTEMPT_WINDOW_SECONDS);
    // Counters only (penalty never refuses): their points do not matter.
    this.failures = {
      accountIp: limiter('failures-account-ip', 1, FAILURE_MEMORY_SECONDS),
      ip: limiter('failures-ip', 1, FAILURE_MEMORY_SECONDS),
    };
    // A key is blocked (block() sets it past its one point) for as long as its delay lasts.
    this.blocks = { accountIp: limiter('wait-account-ip', 1, 1), ip: limiter('wait-ip', 1, 1) };
    const delays = { baseDelaySeconds: auth.delayBaseSeconds, maxDelaySeconds: auth.delayMaxSeconds };
    this.policies = {
      accountIp: { freeFailures: auth.freeFailuresPerAccountIp, ...delays },
      ip: { freeFailures: auth.freeFailuresPerIp, ...delays },
    };
  }

  /** Refuses while this account from this IP, or this IP, must wait; then counts the attempt for the IP. */
  async beforeAttempt(email: string, clientIp: string): Promise<void> {
    const ip = throttleAddress(clientIp);
    const waits = await Promise.all([this.blocks.accountIp.get(accountIpKey(email, ip)), this.blocks.ip.get(ip)]);
    const ms = Math.max(0, ...waits.map((w) => (w && w.consumedPoints > 1 ? w.msBeforeNext : 0)));
    if (ms > 0) throw limited(ms);
    try {
      await this.attemptsPerIp.consume(ip);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw limited(e.msBeforeNext);
      throw e;
    }
  }

  /** Counts a wrong password (or an unknown e-mail) and starts the wait it earns. */
  async recordFailure(email: string, clientIp: string): Promise<void> {
    const ip = throttleAddress(clientIp);
    const key = accountIpKey(email, ip);
    const [pair, fromIp] = await Promise.all([this.failures.accountIp.penalty(key, 1), this.failures.ip.penalty(ip, 1)]);
    const pairDelay = delayAfterFailures(pair.consumedPoints, this.policies.accountIp);
    const ipDelay = delayAfterFailures(fromIp.consumedPoints, this.policies.ip);
    await Promise.all([
      pairDelay > 0 ? this.blocks.accountIp.block(key, pairDelay) : null,
      ipDelay > 0 ? this.blocks.ip.block(ip, ipDelay) : null,
    ]);
  }

  /**
   * The right password clears the pair's failures. The IP's failures stay: otherwise guessing at
   * other accounts could be hidden between sign-ins to one's own.
   */
  async recordSuccess(email: string, clientIp: string): Promise<void> {
    await this.failures.accountIp.delete(accountIpKey(email, throttleAddress(clientIp)));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

const accountIpKey = (email: string, ip: string): string =>
  `${createHash('sha256').update(email).digest('base64url').slice(0, 22)}|${ip}`;

function limited(msBeforeNext: number): RateLimitedError {
  const seconds = retryAfterSeconds(msBeforeNext);
  return new RateLimitedError(`Too many sign-in attempts; try again in ${waitText(seconds)}`, seconds);
}
