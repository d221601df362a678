import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL (${protocols.join(' or ')})`,
  );

/** `https://host[:port]` exactly as a browser sends it in the Origin header: no path, query or trailing slash. */
function isOrigin(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value;
  } catch {
    return false;
  }
}

/** Every environment variable Navet reads, with its default. Documented in the README. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/navet'),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    MEILI_URL: url(['http:', 'https:']).default('http://127.0.0.1:7700'),
    MEILI_MASTER_KEY: z.string().optional(),
    MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(604800).default(43200),
    NAVET_DATA_DIR: z.string().min(1).default('.data'),
    NAVET_ADMIN_EMAIL: z.string().email().optional(),
    NAVET_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    NAVET_PUBLIC_URL: url(['http:', 'https:']).optional(),
    NAVET_SEARCH_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]*$/, 'lower-case letters, digits and _ only')
      .default(''),
    NAVET_QUEUE_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_:-]+$/)
      .default('navet'),
    NAVET_OCDS_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, 'an OCDS prefix: "ocds-" and six lower-case letters or digits')
      .default('ocds-navet0'),
    WORKER_QUEUES: z.string().optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(200),
    RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(600),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    GRAPHQL_MAX_NODES: z.coerce.number().int().min(10).default(1000),
    GRAPHQL_MAX_REPEATS: z.coerce.number().int().min(2).default(20),
    GRAPHQL_MAX_VARIABLES: z.coerce.number().int().min(1).default(50),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(10000),
    LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(100),
    LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: z.coerce.number().int().min(1).default(5),
    LOGIN_FREE_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
    LOGIN_DELAY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
    LOGIN_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
    REGISTRATION_MAX_PER_IP: z.coerce.number().int().min(0).optional(),
    UNCONFIRMED_ACCOUNT_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    BROWSER_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
    AUTH_REFRESH_MAX_PER_IP: z.coerce.number().int().min(1).default(120),
    // No proxy is believed unless named: otherwise any client sets its own X-Forwarded-For (and per-IP limits).
    TRUST_PROXY: z.string().trim().min(1).default('false'),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every(isOrigin), 'a comma-separated list of origins such as https://app.example.se'),
    GRAPHIQL: bool.optional(),
    MAIL_FROM: z.string().min(3).default('Navet <no-reply@navet.local>'),
    NAVET_WEBHOOK_ALLOW_PRIVATE: bool.optional(),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
    WEBHOOK_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    NAVET_MATCH_EMAIL_HOLD_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(6),
    API_MAX_IN_FLIGHT: z.coerce.number().int().min(0).max(100_000).default(64),
    API_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
    API_TARGET_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
    API_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (Boolean(env.NAVET_ADMIN_EMAIL) !== Boolean(env.NAVET_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.NAVET_ADMIN_EMAIL ? 'NAVET_ADMIN_PASSWORD' : 'NAVET_ADMIN_EMAIL'],
        message: 'NAVET_ADMIN_EMAIL and NAVET_ADMIN_PASSWORD must be set together',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
