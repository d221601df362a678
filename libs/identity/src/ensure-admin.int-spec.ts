import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@navet/config';
import { dataSourceOptions } from '@navet/database';
import { OutboxModule } from '@navet/outbox';
import { ReferenceModule } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { ALL_ENTITIES } from '../../../apps/entities';
import { IdentityModule } from './identity.module';
import { IdentityService } from './identity.service';

// Creating a database and migrating take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let services: IsolatedServices;
let app: INestApplicationContext;

beforeAll(async () => {
  services = await isolatedServices();
  const config = services.config();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(config.database.url, ALL_ENTITIES, 4)),
      ReferenceModule,
      // Global in the apps; IdentityModule's password resets write outbox rows.
      OutboxModule,
      IdentityModule,
    ],
  }).compile();
  app = await moduleRef.init();
});
afterAll(async () => {
  await app?.close();
  await services?.close();
});

const count = async (sql: string): Promise<number> => ((await app.get(DataSource).query(sql)) as { n: number }[])[0]!.n;

describe('ensureAdmin', () => {
  it('run by API replicas booting together: both succeed, one platform organization, one admin', async () => {
    const identity = app.get(IdentityService);
    await Promise.all([
      identity.ensureAdmin('ops@navet.test', 'admin-password-123'),
      identity.ensureAdmin('ops@navet.test', 'admin-password-123'),
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM organizations WHERE kind = 'PLATFORM'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`)).toBe(1);
  });
});
