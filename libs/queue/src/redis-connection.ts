import { Redis, RedisOptions } from 'ioredis';

/** BullMQ needs `maxRetriesPerRequest: null` on blocking connections. */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
