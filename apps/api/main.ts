import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@navet/config';
import { ApiModule } from './api.module';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // A GraphQL document or variables beyond 100 kB is abuse, not a need description.
  app.useBodyParser('json', { limit: '100kb' });
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  await app.listen(config.app.port, '0.0.0.0');
  app.get(Logger).log(`Navet API listening on http://localhost:${config.app.port}/graphql`);
}

void bootstrap();
