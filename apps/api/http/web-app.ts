import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type RequestHandler } from 'express';
import { projectRoot } from '@navet/core';

/** Paths the API answers itself; everything else that asks for a page gets the web app. */
const API_PATH = /^\/(graphql|graphiql-assets|health|auth|stats|ocds|admin\/queues)(\/|$)|^\/notifications\/unsubscribe(\/|$)/;

/** The built web app (npm run build -> dist/web), or null when it was not built (API-only tests). */
export function webAppDir(root = projectRoot()): string | null {
  const dir = join(root, 'dist/web');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/**
 * A browser's navigation to any app path (/needs/…, /buyer/…) gets index.html, and the router picks the
 * screen. Paths with a file extension are files or API exports (ledger.csv), never the app.
 */
export const spaFallback =
  (indexFile: string): RequestHandler =>
  (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATH.test(req.path) || /\.[a-z0-9]+$/i.test(req.path))
      return next();
    if (!req.accepts('html')) return next();
    // The shell must not be cached: a new deploy's asset names change with their content.
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  };

/** Serves the web app from the API's own origin: hashed assets cached for a year, the shell revalidated. */
export function serveWebApp(app: NestExpressApplication, dir: string | null = webAppDir()): boolean {
  if (!dir) return false;
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.use(spaFallback(join(dir, 'index.html')));
  return true;
}
