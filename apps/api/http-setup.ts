import type { NestExpressApplication } from '@nestjs/platform-express';

/** HTTP settings shared by production and the test harness, so tests see what users get. */
export function configureHttp(app: NestExpressApplication): void {
  // A GraphQL document or variables beyond 100 kB is abuse, not a need description.
  app.useBodyParser('json', { limit: '100kb' });
  app.set('trust proxy', 'loopback');
}
