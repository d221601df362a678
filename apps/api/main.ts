import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@navet/config';
import { ApiModule } from './api.module';
import { configureHttp } from './http-setup';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  configureHttp(app);
  app.enableShutdownHooks();
  await app.listen(config.app.port, '0.0.0.0');
  app.get(Logger).log(`Navet API listening on http://localhost:${config.app.port}/graphql`);
}

void bootstrap();
