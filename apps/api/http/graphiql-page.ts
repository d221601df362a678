import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * GraphiQL at GET /graphql in development, served entirely from this project: React, ReactDOM and
 * GraphiQL come from node_modules (pinned in package.json), the start-up script is a file of ours, so
 * nothing loads from the internet and no inline script runs (the page lives under a CSP without
 * 'unsafe-inline' scripts). @nestjs/apollo's own GraphiQL page loads everything from unpkg.com, so it
 * stays off (graphql-options.ts: `graphiql: false`).
 */
export const GRAPHIQL_ASSETS = '/graphiql-assets';

const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.js': { file: () => join(packageDir('react'), 'umd/react.production.min.js'), type: 'application/javascript' },
  'react-dom.js': {
    file: () => join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'application/javascript',
  },
  'graphiql.js': { file: () => join(packageDir('graphiql'), 'graphiql.min.js'), type: 'application/javascript' },
  'graphiql.css': { file: () => join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

// Renders GraphiQL against this origin's /graphql; a file, so script-src 'self' covers it.
const START_SCRIPT = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: true }),
);
`;

const PAGE_CSS = 'body { height: 100%; margin: 0; width: 100%; overflow: hidden; } #graphiql { height: 100vh; }\n';

const PAGE = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Navet GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.css" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}/page.css" />
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script src="${GRAPHIQL_ASSETS}/react.js"></script>
    <script src="${GRAPHIQL_ASSETS}/react-dom.js"></script>
    <script src="${GRAPHIQL_ASSETS}/graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS}/start.js"></script>
  </body>
</html>
`;

/** Serves the page on a browser's GET /graphql (a GET with a query still goes to Apollo) and its assets. */
export function serveGraphiql(app: NestExpressApplication): void {
  app.use(GRAPHIQL_ASSETS, (req: Request, res: Response, next: NextFunction) => {
    const name = req.path.slice(1);
    if (name === 'start.js') return void res.type('application/javascript').send(START_SCRIPT);
    if (name === 'page.css') return void res.type('text/css').send(PAGE_CSS);
    const asset = ASSETS[name];
    if (!asset) return next();
    res.type(asset.type).sendFile(asset.file());
  });
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path !== '/' || req.query.query !== undefined || !req.accepts('html')) return next();
    res.type('html').send(PAGE);
  });
}
