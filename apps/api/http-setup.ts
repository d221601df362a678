import type { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '@navet/config';

/** HTTP settings shared by production and the test harness, so tests see what users get. */
export function configureHttp(app: NestExpressApplication): void {
  // A GraphQL document or variables beyond 100 kB is abuse, not a need description.
  app.useBodyParser('json', { limit: '100kb' });
  // Behind a load balancer on another host, TRUST_PROXY names it; otherwise every user shares its IP.
  app.set('trust proxy', app.get<AppConfig>(APP_CONFIG).app.trustProxy);
}
