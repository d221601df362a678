/**
 * The match-eval v1 protocol (shared/data/README.md) against the production matcher:
 *   npm run eval -- --notices <file.jsonl> [--only-country XX] [--json <out.json>] [--cases <out.json>] [--cv country]
 * Finds or starts PostgreSQL, Redis and Meilisearch like `npm start` (data in <NAVET_DATA_DIR>/eval),
 * runs each fold in a temporary database and index prefix, removes them afterwards, and stops the
 * services it started.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { projectRoot } from '@navet/core';
import { resolveServices, Services } from '../services';
import { EvalArgs, parseArgs } from './cli-args';
import { openFoldEnv, FoldEnv } from './fold-env';
import { FoldResult, runFold } from './fold-run';
import { readNotices } from './notices';
import { awardNotices, buildFold, FOLDS, onlyCountry } from './protocol';
import { crossValidate } from './cross-validation';
import { buildCvReport, formatCvReport } from './cv-report';
import { buildReport, formatReport } from './report';

const log = (line: string): void => console.error(`[eval] ${line}`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const results = args.replay ? (JSON.parse(readFileSync(resolve(args.replay), 'utf8')) as FoldResult[]) : await rankFolds(args);
  const seconds = (performance.now() - started) / 1000;
  const report = args.cv ? buildCvReport(results, crossValidate(results), seconds) : buildReport(results, seconds);
  console.log('pooled' in report ? formatCvReport(report) : formatReport(report));
  if (args.json) writeFileSync(resolve(args.json), `${JSON.stringify(report, null, 2)}\n`);
  if (args.cases) writeFileSync(resolve(args.cases), `${JSON.stringify(results, null, 1)}\n`);
}

/** Protocol steps 1-6 against fresh services: each fold imported, indexed and ranked. */
async function rankFolds(args: EvalArgs): Promise<FoldResult[]> {
  const awards = awardNotices(await readNotices(args.notices));
  const folds = FOLDS.map((f) => onlyCountry(buildFold(awards, f), args.onlyCountry));
  log(
    `${awards.length} award notices; queries ${folds.map((f) => f.queries.length).join(' + ')}, pools ${folds.map((f) => f.pool.length).join(' + ')}`,
  );

  const dataDir = process.env.NAVET_DATA_DIR ?? '.data';
  const base = isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir);
  let services: Services | null = null;
  let env: FoldEnv | null = null;
  // Ctrl-C still removes the temporary database and indexes and stops what was started.
  const cleanup = async () => {
    await env?.close().catch((e: unknown) => log(String(e)));
    env = null;
    await services?.stop().catch((e: unknown) => log(String(e)));
    services = null;
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: FoldResult[] = [];
  try {
    services = await resolveServices({ dataDir: join(base, 'eval'), env: process.env, log: (l) => log(l) });
    const urls = {
      postgres: services.postgres.url,
      redis: services.redis.url,
      meili: services.meili.url,
      meiliMasterKey: services.meili.masterKey,
    };
    for (const data of folds) {
      env = await openFoldEnv(urls);
      log(`fold ${data.fold}: database ${env.database}`);
      results.push(await runFold(env, data, log));
      await env.close();
      env = null;
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  for (const r of results) for (const s of r.skipped) log(`fold ${r.fold}: profile refused by the importer: ${s.reason}`);
  return results;
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error('eval failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
