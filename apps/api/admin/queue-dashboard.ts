import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import type { Request, RequestHandler, Response } from 'express';
import { DomainError } from '@navet/core';
import { QueueDashboardPassService } from '@navet/identity';
import { readCookie } from '../http/cookies';
import { graphqlErrorBody } from '../http/graphql-error-body';

import { QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH, QUEUE_DASHBOARD_SIGN_IN } from './queue-dashboard-paths';

/**
 * Admins only: every request needs the pass cookie POST /auth/queue-dashboard set, checked against the
 * admin's session each time. A browser without one is sent to sign in; anything else gets 401/403 in the
 * GraphQL error shape.
 */
export const queueDashboardGate =
  (passes: QueueDashboardPassService): RequestHandler =>
  (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    passes.check(readCookie(req, QUEUE_DASHBOARD_COOKIE)).then(
      () => next(),
      (e: unknown) => {
        if (!(e instanceof DomainError)) return next(e);
        refuse(req, res, e);
      },
    );
  };

function refuse(req: Request, res: Response, e: DomainError): void {
  const page = req.method === 'GET' && !req.path.startsWith('/api/') && req.accepts(['json', 'html']) === 'html';
  if (e.code === 'UNAUTHENTICATED' && page) return res.redirect(303, QUEUE_DASHBOARD_SIGN_IN);
  const status = e.code === 'FORBIDDEN' ? 403 : 401;
  res.status(status).json(graphqlErrorBody(e.message, status === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED'));
}

/** The packaged page loads IBM Plex from Google Fonts; the dashboard uses the system fonts instead (no CDN). */
const FONT_CDN = /<link[^>]+href="https:\/\/fonts\.googleapis\.com[^"]*"[^>]*>/g;
/** Its "Loading" placeholder is styled inline (style attributes, a <style>): under the CSP an empty root instead. */
const PLACEHOLDER = /<div id="root">[\s\S]*?<\/style>\s*<\/div>/;

type Engine = (path: string, options: object, callback: (err: Error | null, html?: string) => void) => void;

function underCsp(adapter: ExpressAdapter): void {
  const router = adapter.getRouter() as unknown as { engines: Record<string, Engine>; engine(ext: string, fn: Engine): void };
  const render = router.engines['.ejs']!;
  router.engine('ejs', (path, options, callback) =>
    render(path, options, (err, html) =>
      callback(err, html?.replace(FONT_CDN, '').replace(PLACEHOLDER, '<div id="root"></div>')),
    ),
  );
}

/** bull-board (its UI's assets from the package) at /admin/queues over the worker's queues, behind the gate. */
export function serveQueueDashboard(app: NestExpressApplication, queues: Queue[], passes: QueueDashboardPassService): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Navet queues' } },
  });
  underCsp(adapter);
  app.use(QUEUE_DASHBOARD_PATH, queueDashboardGate(passes), adapter.getRouter());
}
