import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import { freePort, spawnManaged } from '../../services';
import { waitForReady } from '../../dev/app-process';
import type { BenchEnvironment } from '../bench-environment';
import { gql, KeepAliveClient } from '../http-client';
import { StatementCountingProxy } from '../statement-counter';

export interface SqlCountResult {
  /** pageSize -> statements PostgreSQL received for one searchNeeds request. */
  statementsByPageSize: Record<string, number>;
  constant: boolean;
  /** The statements of the largest page, shortened, for the report. */
  sample: string[];
}

const SEARCH = `query($s: Int) { searchNeeds(pageSize: $s) { totalHits hits { need {
  id title buyer { id name } cpvCodes { code labelSv } regions { code name } } } } }`;

/**
 * A second API process whose database traffic goes through a counting proxy (the measured API keeps
 * its direct connection); one searchNeeds request per page size, after a warm-up request.
 */
export async function measureSqlStatements(env: BenchEnvironment, pageSizes: number[] = [1, 10, 50]): Promise<SqlCountResult> {
  const db = new URL(env.databaseUrl);
  const proxy = new StatementCountingProxy(db.hostname, Number(db.port || 5432));
  const proxyPort = await proxy.listen();
  db.host = `127.0.0.1:${proxyPort}`;
  const port = await freePort();
  const api = spawnManaged('api-sql', process.execPath, [join(projectRoot(), 'dist/apps/api/main.js')], {
    cwd: projectRoot(),
    env: { ...env.appEnv, PORT: String(port), DATABASE_URL: db.toString() },
    logFile: join(env.logDir, 'api-sql.log'),
  });
  const client = new KeepAliveClient(`http://127.0.0.1:${port}`);
  try {
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, [api]);
    const counts: Record<string, number> = {};
    let sample: string[] = [];
    await gql(client, SEARCH, { s: Math.max(...pageSizes) });
    for (const s of pageSizes) {
      proxy.take();
      const d = await gql<{ searchNeeds: { hits: unknown[] } }>(client, SEARCH, { s });
      const statements = proxy.take();
      counts[String(s)] = statements.length;
      if (d.searchNeeds.hits.length < s)
        console.log(`[bench] sql count: only ${d.searchNeeds.hits.length} needs for pageSize ${s}`);
      sample = statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 120));
    }
    const values = Object.values(counts);
    return { statementsByPageSize: counts, constant: values.every((v) => v === values[0]), sample };
  } finally {
    client.close();
    await api.stop();
    await proxy.close();
  }
}
