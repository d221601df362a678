import { randomBytes } from 'node:crypto';
import { envSchema, Env } from './config.schema';

/** Typed configuration, grouped by namespace. Built once at boot from the environment. */
export interface AppConfig {
  app: {
    env: Env['NODE_ENV'];
    isProduction: boolean;
    port: number;
    dataDir: string;
    publicUrl: string;
    logLevel: Env['LOG_LEVEL'];
    /**
     * Express's `trust proxy`: which hops' X-Forwarded-For to believe, so the client IP (the login limit
     * per IP) is the user's, not the load balancer's. Addresses, subnets or presets, a hop count, or a boolean.
     */
    trustProxy: string | number | boolean;
    /** Browser origins other than the API's own that may call it (CORS); empty = CORS off, same origin only. */
    corsOrigins: string[];
  };
  database: { url: string };
  redis: { url: string };
  /** timeoutMs: a request that gets no answer for this long fails (a hung Meilisearch must not hang searches). */
  meili: { url: string; masterKey: string | undefined; indexPrefix: string; timeoutMs: number };
  queue: {
    prefix: string;
    workerQueues: string[] | null;
    /** Jobs in parallel per queue; WORKER_CONCURRENCY overrides every queue. */
    concurrency: { search: number; matching: number; notifications: number };
    outboxPollMs: number;
    reconcileIntervalSeconds: number;
  };
  smtp: { url: string | undefined };
  notifications: {
    mailFrom: string;
    /** Private, loopback and link-local webhook targets; allowed by default only in development and tests. */
    webhookAllowPrivate: boolean;
    /** Plain http:// webhook URLs (local receivers); never in production, where the contract says HTTPS. */
    webhookAllowHttp: boolean;
    webhookTimeoutMs: number;
    /** Consecutive failed deliveries after which an organization's webhook is disabled. */
    webhookMaxFailures: number;
    /** NEW_MATCH e-mails wait this long so a burst is e-mailed best-scored first; 0 sends them at once. */
    matchEmailHoldMs: number;
    digestHourUtc: number;
  };
  auth: {
    jwtSecret: string;
    jwtTtlSeconds: number;
    /** Sign-in attempts (right or wrong) per client IP per 15 minutes. */
    maxAttemptsPerIp: number;
    /** Consecutive wrong passwords before the next attempt waits: per (account, IP), and per IP over all accounts. */
    freeFailuresPerAccountIp: number;
    freeFailuresPerIp: number;
    /** The first wait, doubled by each further failure, never longer than the maximum. */
    delayBaseSeconds: number;
    delayMaxSeconds: number;
    /** Registrations per client IP per hour; 0 = unlimited. */
    registrationsPerIpPerHour: number;
    /** Accounts whose e-mail address was never confirmed expire after this many days. */
    unconfirmedAccountDays: number;
    /** Lifetime of an access token from POST /auth/refresh (browser sessions; never beyond the session's expiry). */
    browserAccessTtlSeconds: number;
    /** POST /auth/refresh calls per client IP per minute. */
    refreshMaxPerIpPerMinute: number;
  };
  admin: { email: string; password: string } | null;
  /** OCDS open data: every ocid is `${ocdsPrefix}-<need id>`. */
  openData: { ocdsPrefix: string };
  /** Query cost limits (apps/api/graphql/query-cost-rule.ts): fragments count as expanded. */
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxNodes: number;
    maxRepeats: number;
    maxVariables: number;
    maxTokens: number;
    graphiql: boolean;
    introspection: boolean;
  };
  /** The API's load shedding (apps/api/overload): past either limit new requests get a 503. */
  overload: { maxInFlight: number; maxEventLoopDelayMs: number; targetLatencyMs: number; retryAfterSeconds: number };
}

export class ConfigError extends Error {}

// A development-only secret: tokens die with the process, which is fine outside production.
const devJwtSecret = randomBytes(32).toString('hex');

/** Validates the environment; throws ConfigError naming each offending variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  return {
    app: {
      env: e.NODE_ENV,
      isProduction,
      port: e.PORT,
      dataDir: e.NAVET_DATA_DIR,
      publicUrl: e.NAVET_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
      logLevel: e.LOG_LEVEL,
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      corsOrigins: e.CORS_ORIGINS,
    },
    database: { url: e.DATABASE_URL },
    redis: { url: e.REDIS_URL },
    meili: { url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY, indexPrefix: e.NAVET_SEARCH_PREFIX, timeoutMs: e.MEILI_TIMEOUT_MS },
    queue: {
      prefix: e.NAVET_QUEUE_PREFIX,
      workerQueues: e.WORKER_QUEUES
        ? e.WORKER_QUEUES.split(',')
            .map((q) => q.trim())
            .filter(Boolean)
        : null,
      // Indexing jobs mostly wait for Meilisearch, which batches concurrent tasks: many in flight index
      // fast. Matching uses CPU here; notifications wait on SMTP and webhooks.
      concurrency: {
        search: e.WORKER_CONCURRENCY ?? 32,
        matching: e.WORKER_CONCURRENCY ?? 4,
        notifications: e.WORKER_CONCURRENCY ?? 8,
      },
      outboxPollMs: e.OUTBOX_POLL_MS,
      reconcileIntervalSeconds: e.RECONCILE_INTERVAL_SECONDS,
    },
    smtp: { url: e.SMTP_URL },
    notifications: {
      mailFrom: e.MAIL_FROM,
      webhookAllowPrivate: e.NAVET_WEBHOOK_ALLOW_PRIVATE ?? !isProduction,
      webhookAllowHttp: !isProduction,
      webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
      webhookMaxFailures: e.WEBHOOK_MAX_FAILURES,
      matchEmailHoldMs: e.NAVET_MATCH_EMAIL_HOLD_MS,
      digestHourUtc: e.DIGEST_HOUR_UTC,
    },
    auth: {
      jwtSecret: e.JWT_SECRET ?? devJwtSecret,
      jwtTtlSeconds: e.JWT_TTL_SECONDS,
      maxAttemptsPerIp: e.LOGIN_MAX_ATTEMPTS_PER_IP,
      freeFailuresPerAccountIp: e.LOGIN_FREE_FAILURES_PER_ACCOUNT_IP,
      freeFailuresPerIp: e.LOGIN_FREE_FAILURES_PER_IP,
      delayBaseSeconds: e.LOGIN_DELAY_BASE_SECONDS,
      delayMaxSeconds: Math.max(e.LOGIN_DELAY_MAX_SECONDS, e.LOGIN_DELAY_BASE_SECONDS),
      // Test files register dozens of accounts from 127.0.0.1; the throttle's own tests set it.
      registrationsPerIpPerHour: e.REGISTRATION_MAX_PER_IP ?? (e.NODE_ENV === 'test' ? 0 : 10),
      unconfirmedAccountDays: e.UNCONFIRMED_ACCOUNT_DAYS,
      browserAccessTtlSeconds: e.BROWSER_ACCESS_TTL_SECONDS,
      refreshMaxPerIpPerMinute: e.AUTH_REFRESH_MAX_PER_IP,
    },
    admin:
      e.NAVET_ADMIN_EMAIL && e.NAVET_ADMIN_PASSWORD ? { email: e.NAVET_ADMIN_EMAIL, password: e.NAVET_ADMIN_PASSWORD } : null,
    openData: { ocdsPrefix: e.NAVET_OCDS_PREFIX },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxNodes: e.GRAPHQL_MAX_NODES,
      maxRepeats: e.GRAPHQL_MAX_REPEATS,
      maxVariables: e.GRAPHQL_MAX_VARIABLES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      graphiql: e.GRAPHIQL ?? !isProduction,
      introspection: !isProduction,
    },
    overload: {
      maxInFlight: e.API_MAX_IN_FLIGHT,
      // Tests run the worker in the API's process: its jobs hold the loop, which is not overload.
      maxEventLoopDelayMs: e.API_MAX_EVENT_LOOP_DELAY_MS ?? (e.NODE_ENV === 'test' ? 0 : 250),
      targetLatencyMs: e.API_TARGET_LATENCY_MS ?? (e.NODE_ENV === 'test' ? 0 : 250),
      retryAfterSeconds: e.API_RETRY_AFTER_SECONDS,
    },
  };
}

function parseTrustProxy(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** For process entry points: a valid config, or the variable-by-variable message and exit code 1. */
export function loadConfigOrExit(source: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(source);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
