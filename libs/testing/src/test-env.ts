import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@navet/config';
import { IdentityService } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from '../../../apps/api/api.module';
import { configureHttp } from '../../../apps/api/http-setup';
import { WorkerModule } from '../../../apps/worker/worker.module';
import { GraphQLClient } from './graphql-client';
import { isolatedServices } from './isolated-services';

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

/** `webApp`: a directory to serve as the built web app (default: dist/web when it was built). */
export async function createTestEnv(overrides: NodeJS.ProcessEnv = {}, opts: { webApp?: string | null } = {}): Promise<TestEnv> {
  // The API migrates at boot, as in production.
  const services = await isolatedServices({ database: 'empty' });
  const config = services.config({ PORT: '0', ...overrides });
  const api = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger: false, bodyParser: false });
  configureHttp(api, opts);
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
    await worker.close();
    await api.close();
    await services.close();
  }

  return { config, api, worker, url, gql: new GraphQLClient(url), ds, drain, close };
}

/** Creates (or updates) an admin account and returns its e-mail and password. */
export async function createAdmin(env: TestEnv): Promise<{ email: string; password: string }> {
  const creds = { email: `admin-${randomBytes(3).toString('hex')}@navet.test`, password: 'admin-password-123' };
  await env.api.get(IdentityService).ensureAdmin(creds.email, creds.password);
  return creds;
}
