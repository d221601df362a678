import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig, testDatabaseUrl, testServices } from '@navet/config';
import { dropDatabase, ensureDatabase } from '@navet/database';
import { IdentityService } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { MeiliClient } from '@navet/search';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from '../../../apps/api/api.module';
import { configureHttp } from '../../../apps/api/http-setup';
import { WorkerModule } from '../../../apps/worker/worker.module';
import { GraphQLClient } from './graphql-client';

/**
 * One isolated Navet per test file: its own database, Meilisearch index prefix and BullMQ prefix,
 * with the real API (HTTP on a free port) and the real worker running in this process.
 */
export interface TestEnv {
  config: AppConfig;
  api: INestApplication;
  worker: INestApplicationContext;
  url: string;
  gql: GraphQLClient;
  ds: DataSource;
  /** Relays the outbox and waits until every queue is idle (bounded; throws listing what is pending). */
  drain(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function createTestEnv(overrides: NodeJS.ProcessEnv = {}): Promise<TestEnv> {
  const id = randomBytes(5).toString('hex');
  const services = testServices();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ...services.env,
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(`navet_t_${id}`),
    NAVET_SEARCH_PREFIX: `t${id}_`,
    NAVET_QUEUE_PREFIX: `t${id}`,
    RECONCILE_INTERVAL_SECONDS: '0',
    PORT: '0',
    ...overrides,
  });
  await ensureDatabase(config.database.url);
  const api = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger: false, bodyParser: false });
  configureHttp(api);
  await api.listen(0, '127.0.0.1');
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { relay: false, schedules: false }), {
    logger: false,
  });
  const url = (await api.getUrl()).replace('[::1]', '127.0.0.1') + '/graphql';
  const relay = worker.get(OutboxRelay);
  const producer = worker.get(JobProducer);
  const ds = api.get(DataSource);

  async function drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let pending = '';
    while (Date.now() < deadline) {
      await relay.drain();
      const counts = await Promise.all(producer.allQueues().map(async (q) => [q.name, await q.getJobCounts()] as const));
      const busy = counts.filter(([, c]) => (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) > 0);
      const outbox = await relay.pendingCount();
      if (busy.length === 0 && outbox === 0) return;
      pending = `outbox=${outbox} ${busy.map(([n, c]) => `${n}=${JSON.stringify(c)}`).join(' ')}`;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`drain timed out after ${timeoutMs} ms; still pending: ${pending}`);
  }

  async function close(): Promise<void> {
    const meili = api.get(MeiliClient);
    await worker.close();
    // The worker's producer is closed now; the API's own one removes this file's queues.
    await Promise.all(
      api
        .get(JobProducer)
        .allQueues()
        .map((q) => q.obliterate({ force: true }).catch(() => undefined)),
    );
    await api.close();
    for (const uid of [meili.needsIndexUid, meili.suppliersIndexUid]) {
      await meili.client.deleteIndex(uid).catch(() => undefined);
    }
    await dropDatabase(config.database.url);
  }

  return { config, api, worker, url, gql: new GraphQLClient(url), ds, drain, close };
}

/** Creates (or updates) an admin account and returns its e-mail and password. */
export async function createAdmin(env: TestEnv): Promise<{ email: string; password: string }> {
  const creds = { email: `admin-${randomBytes(3).toString('hex')}@navet.test`, password: 'admin-password-123' };
  await env.api.get(IdentityService).ensureAdmin(creds.email, creds.password);
  return creds;
}
