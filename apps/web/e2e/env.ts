import { z } from 'zod';

/**
 * The browser tests' and the web benchmark's settings, read and validated in one place (the app's own
 * settings live in libs/config; these only steer the test tooling).
 */
const schema = z.object({
  CI: z.string().optional(),
  /** Debian's Chromium; Playwright never downloads a browser. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** The port of the stack the tests start (or find running, with E2E_EXTERNAL). */
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3210),
  /** Set: use a stack already running on E2E_PORT instead of starting one. */
  E2E_EXTERNAL: z.string().optional(),
  /** A Vite dev server in front of that stack, while iterating on tests. */
  E2E_BASE_URL: z.url().optional(),
  E2E_DATABASE_URL: z.url().optional(),
  /** Set: screenshots go to docs/screenshots/ (README) instead of .data/. */
  UPDATE_SCREENSHOTS: z.string().optional(),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) throw new Error(`Invalid test settings: ${z.prettifyError(parsed.error)}`);

const e = parsed.data;
export const e2eEnv = {
  ci: Boolean(e.CI),
  chromiumPath: e.CHROMIUM_PATH,
  port: e.E2E_PORT,
  external: Boolean(e.E2E_EXTERNAL),
  baseUrl: e.E2E_BASE_URL ?? `http://localhost:${e.E2E_PORT}`,
  databaseUrl: e.E2E_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/navet_e2e_${e.E2E_PORT}`,
  updateScreenshots: Boolean(e.UPDATE_SCREENSHOTS),
};
