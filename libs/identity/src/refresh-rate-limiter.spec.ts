import { loadConfig } from '@navet/config';
import { RateLimitUnavailableError, RefreshRateLimiter } from './refresh-rate-limiter.service';

describe('RefreshRateLimiter', () => {
  it('refuses when Redis cannot count: the limit never fails open', async () => {
    // Nothing listens on port 1: every command fails once ioredis gives up its retries.
    const limiter = new RefreshRateLimiter(loadConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      await expect(limiter.countRefresh('203.0.113.7')).rejects.toBeInstanceOf(RateLimitUnavailableError);
    } finally {
      limiter.onModuleDestroy();
    }
  }, 30_000);
});
