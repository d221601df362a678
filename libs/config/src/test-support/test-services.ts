/**
 * Where the services for tests are: set by the Jest global setup (test/global-setup.ts), which finds
 * or starts them like `npm start`, or by hand. Read here so process.env stays in this lib.
 */
export interface TestServices {
  /** PostgreSQL server URL; each test file creates its own database on it. */
  postgresServerUrl: string;
  /** Variables a test config needs to reach Meilisearch and Redis. */
  env: { MEILI_URL?: string; MEILI_MASTER_KEY?: string; REDIS_URL?: string; LOG_LEVEL?: string };
}

export function testServices(source: NodeJS.ProcessEnv = process.env): TestServices {
  const env: TestServices['env'] = {};
  for (const key of ['MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL', 'LOG_LEVEL'] as const) {
    if (source[key]) env[key] = source[key];
  }
  return { postgresServerUrl: source.NAVET_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', env };
}

/** A database URL with the given unique name on the test PostgreSQL server. */
export function testDatabaseUrl(name: string, source: NodeJS.ProcessEnv = process.env): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe test database name: ${name}`);
  const url = new URL(testServices(source).postgresServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
