import type { RequestHandler } from 'express';
import helmet, { HelmetOptions } from 'helmet';
import { QUEUE_DASHBOARD_PATH } from '../admin/queue-dashboard-paths';
import { GRAPHIQL_ASSETS } from './graphiql-page';

type Directives = NonNullable<Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']>;

/**
 * The Content-Security-Policy of every answer, and of the web app that will be served from this origin
 * (React built by Vite): scripts and styles only as files from this origin, no inline script, no eval.
 * A Vite production build needs nothing more (its CSS is extracted to files, its module preload is part
 * of the bundle); the Vite dev server serves its own origin and is not under this policy. React's `style`
 * props set CSSOM properties, which CSP allows; a library that injects <style> elements at run time
 * needs a nonce or hash added here, never 'unsafe-inline'.
 */
export function strictDirectives(isProduction: boolean): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Plain http exists only in development (localhost), where upgrading would break the page.
    ...(isProduction ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

// GraphiQL (http/graphiql-page.ts) runs only files of this origin, but its editor sets <style> elements
// and embeds its icons and fonts as data: URLs.
const graphiqlDirectives: Directives = {
  ...strictDirectives(false),
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
};

/**
 * The queue dashboard (bull-board, apps/api/admin/queue-dashboard.ts; admins only) runs only its package's
 * files, with its inline-styled loading placeholder and Google Fonts link removed. What remains inline is
 * the <style> of the Redis logo, an SVG its UI renders: allowed by its hash, nothing else (checked in
 * Chromium by test/admin/queue-dashboard.e2e-spec.ts, which fails on any CSP violation after an upgrade).
 */
export const QUEUE_DASHBOARD_STYLE_HASHES = ["'sha256-r2N1TB/gHbBtBZFKg7ejmq1acVSREzucTAEw6ga4hoU='"];
const queueDashboardDirectives = (isProduction: boolean): Directives => ({
  ...strictDirectives(isProduction),
  'style-src': ["'self'", ...QUEUE_DASHBOARD_STYLE_HASHES],
});
const isQueueDashboardPath = (path: string): boolean =>
  path === QUEUE_DASHBOARD_PATH || path.startsWith(`${QUEUE_DASHBOARD_PATH}/`);

const isGraphiqlPath = (path: string): boolean => path === '/graphql' || path.startsWith(`${GRAPHIQL_ASSETS}/`);

function headers(directives: Directives, isProduction: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // HSTS only where the API is reached over HTTPS; on http://localhost it would pin the browser to https.
    strictTransportSecurity: isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * Security headers on every response (helmet: CSP, HSTS in production, nosniff, Referrer-Policy, frame
 * denial, no X-Powered-By). GraphiQL, served by Apollo on GET /graphql in development only, gets a
 * relaxed policy it can run under; in production it is off and GET /graphql has the strict one. The queue
 * dashboard's paths get the strict policy plus one style hash.
 */
export function securityHeaders(opts: { isProduction: boolean; graphiql: boolean }): RequestHandler {
  const strict = headers(strictDirectives(opts.isProduction), opts.isProduction);
  const dashboard = headers(queueDashboardDirectives(opts.isProduction), opts.isProduction);
  const graphiql = opts.isProduction || !opts.graphiql ? strict : headers(graphiqlDirectives, false);
  return (req, res, next) => {
    if (isQueueDashboardPath(req.path)) return dashboard(req, res, next);
    return (req.method === 'GET' && isGraphiqlPath(req.path) ? graphiql : strict)(req, res, next);
  };
}
