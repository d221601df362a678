import { DynamicModule, ForwardReference, INestApplicationContext, Provider, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@navet/config';
import { dataSourceOptions } from '@navet/database';
import { isolatedServices, IsolatedServices } from './isolated-services';

export type ModuleImport = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/** A Nest context of `imports` on `config`, with its ConfigModule and a TypeORM pool (no entities). */
export async function moduleContext(
  config: AppConfig,
  imports: ModuleImport[],
  poolSize = 4,
  providers: Provider[] = [],
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(config.database.url, [], poolSize)),
      ...imports,
    ],
    providers,
  }).compile();
  return moduleRef.init();
}

/**
 * A lib-level harness: the given modules, wired as the API or worker wire them, on a migrated
 * database and prefixes of their own (isolatedServices).
 */
export interface ModuleTestEnv {
  app: INestApplicationContext;
  ds: DataSource;
  config: AppConfig;
  services: IsolatedServices;
  close(): Promise<void>;
}

/** `providers` adds what no module exports, e.g. the OutboxRelay tests drain themselves (no worker runs). */
export async function createModuleTestEnv(
  imports: ModuleImport[],
  env: NodeJS.ProcessEnv = {},
  providers: Provider[] = [],
): Promise<ModuleTestEnv> {
  const services = await isolatedServices();
  const config = services.config(env);
  let app: INestApplicationContext;
  try {
    app = await moduleContext(config, imports, 4, providers);
  } catch (e) {
    await services.close().catch(() => undefined);
    throw e;
  }
  return {
    app,
    ds: app.get(DataSource),
    config,
    services,
    async close() {
      await app.close();
      await services.close();
    },
  };
}
