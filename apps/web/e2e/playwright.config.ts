import { defineConfig, devices } from '@playwright/test';
import { e2eEnv } from './env';
import { E2E_BASE_URL } from './stack';

/**
 * Browser tests against Navet started the way `npm start` starts it (API, worker, demo seed), driving
 * Debian's Chromium (/usr/bin/chromium; `.ci/run` installs it, nothing is downloaded).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../../.data/e2e-results',
  use: {
    baseURL: E2E_BASE_URL,
    launchOptions: { executablePath: e2eEnv.chromiumPath, args: ['--no-sandbox'] },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'mobile',
      // 390 px wide (WCAG reflow); only the specs that say so run here.
      grep: /@mobile/,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, channel: undefined },
    },
  ],
});
