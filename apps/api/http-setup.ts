import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { QueueDashboardPassService } from '@navet/identity';
import { JobProducer } from '@navet/queue';
import { serveQueueDashboard } from './admin/queue-dashboard';
import { ExpectedErrorFilter } from './graphql/expected-error.filter';
import { serveGraphiql } from './http/graphiql-page';
import { httpErrorHandler, unknownGraphqlRoute } from './http/http-errors';
import { securityHeaders } from './http/security-headers';
import { serveWebApp, webAppDir } from './http/web-app';
import { LoadShedder } from './overload/load-shedder';

/**
 * HTTP settings shared by production and the test harness, so tests see what users get. `webApp`: the
 * built web app's directory (default: dist/web when built; tests pass their own or null).
 */
export function configureHttp(app: NestExpressApplication, opts: { webApp?: string | null } = {}): LoadShedder {
  const config = app.get<AppConfig>(APP_CONFIG);
  // Security headers on every answer, a shed request's 503 included (setting headers costs next to nothing).
  app.use(securityHeaders({ isProduction: config.app.isProduction, graphiql: config.graphql.graphiql }));
  // Then: a refused request costs neither body parsing nor GraphQL.
  const shedder = new LoadShedder(config.overload);
  app.use(shedder.middleware);
  // CORS is off unless CORS_ORIGINS lists origins: the web app is served from the API's own origin.
  if (config.app.corsOrigins.length > 0) {
    app.enableCors({ origin: config.app.corsOrigins, methods: ['GET', 'POST'], maxAge: 600 });
  }
  // A GraphQL document or variables beyond 100 kB is abuse, not a need description.
  app.useBodyParser('json', { limit: '100kb' });
  // Body-parser failures (413, malformed JSON) answer in the GraphQL error shape.
  app.use(httpErrorHandler);
  // GraphiQL from the project's own files (development only), before GET /graphql reaches Apollo.
  if (config.graphql.graphiql) serveGraphiql(app);
  app.use('/graphql', unknownGraphqlRoute);
  // The admins' queue dashboard (bull-board), behind a pass cookie bound to an admin's session.
  serveQueueDashboard(app, app.get(JobProducer).allQueues(), app.get(QueueDashboardPassService));
  // The web app (dist/web) on the same origin: no CORS, one Content-Security-Policy.
  serveWebApp(app, opts.webApp === undefined ? webAppDir() : opts.webApp);
  // Behind a load balancer on another host, TRUST_PROXY names it; otherwise every user shares its IP.
  app.set('trust proxy', config.app.trustProxy);
  // GraphQL answers are POSTs marked no-store: an ETag (a SHA-1 of every body, ~23 kB for a search page)
  // serves no cache. X-Powered-By only advertises the framework.
  app.set('etag', false);
  app.disable('x-powered-by');
  // What Apollo's cache-control plugin (disabled, see graphql-options.ts) sent: answers may be private.
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });
  // Expected failures (wrong password, validation) log at info/warn without stacks, not at ERROR.
  app.useGlobalFilters(new ExpectedErrorFilter());
  app.getHttpServer().once('close', () => shedder.close());
  return shedder;
}
