import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@navet/config';
import { QUEUE_NAMES } from '@navet/queue';
import { NODE_HEAP_FLAGS } from '../scripts/services/node-flags';

/**
 * Docker cannot run in CI, so this reads docker/compose.yaml the way `docker compose` would and
 * checks that the API and the worker would boot in production with the environment it gives them.
 */
interface ComposeService {
  image?: string;
  command?: string[];
  ports?: string[];
  volumes?: string[];
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

const composeText = readFileSync(join(__dirname, '../docker/compose.yaml'), 'utf8');
const nginxConf = readFileSync(join(__dirname, '../docker/nginx.conf'), 'utf8');

/** Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?error}` substitution. */
function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_all, name: string, op?: string, arg?: string) => {
    const value = vars[name];
    if (value !== undefined && value !== '') return value;
    if (op === '?') throw new Error(`${name}: ${arg ?? 'required'}`);
    return op === '-' ? (arg ?? '') : '';
  });
}

function compose(vars: Record<string, string>): ComposeFile {
  return parse(interpolate(composeText, vars), { merge: true }) as ComposeFile;
}

// Dummy secrets of a valid shape, as an operator would put in .env.
const secrets = { JWT_SECRET: 'j'.repeat(48), MEILI_MASTER_KEY: 'm'.repeat(32) };

function envOf(file: ComposeFile, service: string): Record<string, string> {
  const env = file.services[service]?.environment;
  if (!env) throw new Error(`${service} has no environment`);
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}

describe('docker/compose.yaml', () => {
  const file = compose(secrets);

  it.each(['api', 'worker'])('gives the %s every setting production requires', (service) => {
    const config = loadConfig(envOf(file, service));
    expect(config.app.isProduction).toBe(true);
    expect(config.auth.jwtSecret).toBe(secrets.JWT_SECRET);
    expect(config.meili.masterKey).toBe(secrets.MEILI_MASTER_KEY);
  });

  it.each(['api', 'worker'])('points the %s at the compose services, not at localhost defaults', (service) => {
    const config = loadConfig(envOf(file, service));
    const hosts = [config.database.url, config.redis.url, config.meili.url, config.smtp.url ?? ''].map(
      (u) => new URL(u).hostname,
    );
    expect(hosts).toEqual(['postgres', 'redis', 'meilisearch', 'mailpit']);
    for (const host of hosts) expect(Object.keys(file.services)).toContain(host);
  });

  it('would not boot the api without JWT_SECRET', () => {
    const env = envOf(file, 'api');
    delete env.JWT_SECRET;
    expect(() => loadConfig(env)).toThrow(/JWT_SECRET: is required in production/);
  });

  it('refuses to start without the secrets, naming the missing variable', () => {
    expect(() => compose({ MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY })).toThrow(/JWT_SECRET: set JWT_SECRET/);
    expect(() => compose({ JWT_SECRET: secrets.JWT_SECRET })).toThrow(/MEILI_MASTER_KEY: set MEILI_MASTER_KEY/);
  });

  it('runs the worker from the same image and lets Meilisearch share the master key', () => {
    expect(file.services.worker?.image).toBe(file.services.api?.image);
    expect(envOf(file, 'meilisearch').MEILI_MASTER_KEY).toBe(envOf(file, 'api').MEILI_MASTER_KEY);
    expect(file.services.worker?.depends_on?.api?.condition).toBe('service_healthy');
  });

  it.each(['api', 'worker'] as const)('runs the %s with the heap limits the bench measures', (service) => {
    expect(file.services[service]?.command).toEqual(['node', ...NODE_HEAP_FLAGS[service], `dist/apps/${service}/main.js`]);
  });

  describe('scale-out (docs/scaling.md)', () => {
    it('puts nginx in front of the API replicas: only nginx has a host port, and it proxies to every api replica', () => {
      expect(file.services.api?.ports).toBeUndefined();
      expect(file.services.nginx?.ports).toEqual(['3000:80']);
      expect(file.services.nginx?.volumes).toContain('./nginx.conf:/etc/nginx/conf.d/default.conf:ro');
      expect(nginxConf).toMatch(/^\s*server api:3000 resolve;/m);
      expect(nginxConf).toMatch(/proxy_pass http:\/\/navet_api;/);
      expect(nginxConf).toMatch(/X-Forwarded-For \$proxy_add_x_forwarded_for/);
    });

    it('makes the API believe the balancer on the compose network for the client IP', () => {
      expect(loadConfig(envOf(file, 'api')).app.trustProxy).toBe('loopback, uniquelocal');
    });

    it('runs two API replicas, one general and one matching-only worker by default, and as many as asked', () => {
      const replicas = (f: ComposeFile) => ['api', 'worker', 'worker-matching'].map((s) => f.services[s]?.deploy?.replicas);
      expect(replicas(file)).toEqual([2, 1, 1]);
      const scaled = compose({ ...secrets, NAVET_API_REPLICAS: '4', NAVET_WORKERS: '2', NAVET_MATCHING_WORKERS: '3' });
      expect(replicas(scaled)).toEqual([4, 2, 3]);
    });

    it('splits the queues between the two kinds of worker so that every queue has a worker, and each boots', () => {
      const queues = ['worker', 'worker-matching'].map((s) => loadConfig(envOf(file, s)).queue.workerQueues);
      expect(queues).toEqual([['search', 'notifications'], ['matching']]);
      expect(queues.flat().sort()).toEqual([...QUEUE_NAMES].sort());
      expect(file.services['worker-matching']?.command).toEqual(file.services.worker?.command);
      expect(file.services['worker-matching']?.image).toBe(file.services.worker?.image);
    });
  });
});
