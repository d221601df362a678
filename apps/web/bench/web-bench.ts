import { e2eEnv } from '../e2e/env';
/**
 * `npm run bench:web` (after `npm run build`, with Navet running: `npm start`):
 *  1. the production bundle, gzip: the entry and its static imports (the shell), and every script the
 *     search screen (the start page) fetched before its first result showed;
 *  2. time to the first search result on a cold load (new browser context, empty cache), median of runs,
 *     against a baseline measured in the same run: the same search as one GraphQL request.
 * Options: --url http://localhost:3000  --runs 7  --json out.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const url = arg('url', 'http://localhost:3000');
const runs = Number(arg('runs', '7'));
const dist = join(import.meta.dirname, '../../../dist/web');

/** The entry's JS and every chunk it imports statically (what loads before the first screen). */
function initialBundle(): { jsGzip: number; jsRaw: number; cssGzip: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/web/index.html: run npm run build');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import … from "./x.js"` / `import "./x.js"`; dynamic import() chunks load later.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`assets/${m[1]}`);
  };
  visit(entry);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const raw = (f: string) => readFileSync(join(dist, f)).length;
  return {
    jsGzip: [...seen].reduce((s, f) => s + gz(f), 0),
    jsRaw: [...seen].reduce((s, f) => s + raw(f), 0),
    cssGzip: css.reduce((s, f) => s + gz(f), 0),
    files: [...seen, ...css],
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function graphqlSearchMs(): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ searchNeeds(page: 1, pageSize: 20) { total hits { id title } } }' }),
  });
  await res.json();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const bundle = initialBundle();
  const browser = await chromium.launch({
    executablePath: e2eEnv.chromiumPath,
    args: ['--no-sandbox'],
  });
  const page: number[] = [];
  const api: number[] = [];
  let routeJsGzip = 0;
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext(); // empty cache: a cold load
    const tab = await context.newPage();
    // What the first screen really loads: every script fetched before its first result shows, gzipped.
    const scripts: Promise<number>[] = [];
    if (i === 0)
      tab.on('response', (res) => {
        if (res.url().endsWith('.js')) scripts.push(res.body().then((b) => gzipSync(b).length));
      });
    const started = performance.now();
    await tab.goto(`${url}/`);
    await tab.locator('main a[href^="/needs/"]').first().waitFor({ timeout: 30_000 });
    const elapsed = performance.now() - started;
    if (i === 0) routeJsGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    await context.close();
    const direct = await graphqlSearchMs();
    if (i > 0) {
      // the first run warms the server (JIT, connection pools), as a returning visitor would find it
      page.push(elapsed);
      api.push(direct);
    }
  }
  await browser.close();
  const result = {
    date: new Date().toISOString(),
    url,
    runs,
    initialJsGzipKb: +(bundle.jsGzip / 1024).toFixed(1),
    initialJsRawKb: +(bundle.jsRaw / 1024).toFixed(1),
    initialCssGzipKb: +(bundle.cssGzip / 1024).toFixed(1),
    searchRouteJsGzipKb: +(routeJsGzip / 1024).toFixed(1),
    initialFiles: bundle.files,
    firstSearchResultMs: {
      median: Math.round(median(page)),
      min: Math.round(Math.min(...page)),
      max: Math.round(Math.max(...page)),
    },
    graphqlSearchMs: { median: +median(api).toFixed(1) },
    ratio: +(median(page) / median(api)).toFixed(1),
  };
  console.log(JSON.stringify(result, null, 2));
  const out = arg('json', '');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
