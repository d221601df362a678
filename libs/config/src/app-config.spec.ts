import { ConfigError, loadConfig } from './app-config';

const message = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig({});
    expect(c.app).toMatchObject({ env: 'development', port: 3000, dataDir: '.data' });
    expect(c.database.url).toBe('postgres://postgres@127.0.0.1:5432/navet');
    expect(c.queue.concurrency).toEqual({ search: 32, matching: 4, notifications: 8 });
    expect(c.notifications.webhookAllowPrivate).toBe(true);
    expect(c.graphql).toMatchObject({ graphiql: true, introspection: true });
  });

  it('names the offending variable', () => {
    expect(message({ PORT: 'eighty' })).toMatch(/PORT/);
    expect(message({ DATABASE_URL: 'mysql://x' })).toMatch(/DATABASE_URL/);
    expect(message({ NAVET_ADMIN_EMAIL: 'ops@example.test' })).toMatch(/NAVET_ADMIN_PASSWORD/);
  });

  it('requires JWT_SECRET in production and turns development conveniences off there', () => {
    expect(message({ NODE_ENV: 'production' })).toMatch(/JWT_SECRET: is required in production/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    expect(c.graphql).toMatchObject({ graphiql: false, introspection: false });
    expect(c.notifications.webhookAllowPrivate).toBe(false);
  });

  it('sheds API load on event-loop delay outside tests only (tests run the worker in the API process)', () => {
    expect(loadConfig({}).overload).toEqual({
      maxInFlight: 64,
      maxEventLoopDelayMs: 250,
      targetLatencyMs: 250,
      retryAfterSeconds: 1,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).overload).toMatchObject({ maxEventLoopDelayMs: 0, targetLatencyMs: 0 });
    expect(loadConfig({ NODE_ENV: 'test', API_MAX_EVENT_LOOP_DELAY_MS: '40' }).overload.maxEventLoopDelayMs).toBe(40);
  });

  it('lets WORKER_CONCURRENCY override every queue', () => {
    expect(loadConfig({ WORKER_CONCURRENCY: '2' }).queue.concurrency).toEqual({ search: 2, matching: 2, notifications: 2 });
  });

  it('trusts no X-Forwarded-For by default (a client could set its own), only the hops TRUST_PROXY names', () => {
    expect(loadConfig({}).app.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).app.trustProxy).toBe('loopback, uniquelocal');
    expect(loadConfig({ TRUST_PROXY: '1' }).app.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).app.trustProxy).toBe(false);
  });

  it('CORS is off by default; CORS_ORIGINS lists exact origins and refuses anything else', () => {
    expect(loadConfig({}).app.corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.se, http://localhost:5173' }).app.corsOrigins).toEqual([
      'https://app.example.se',
      'http://localhost:5173',
    ]);
    for (const bad of ['*', 'app.example.se', 'https://app.example.se/', 'https://app.example.se/path', 'ftp://x.se']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
  });

  it('allows http:// webhooks outside production only', () => {
    expect(loadConfig({}).notifications.webhookAllowHttp).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).notifications.webhookAllowHttp).toBe(false);
  });
});
