import AxeBuilder from '@axe-core/playwright';
import { e2eEnv } from './env';
import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../../scripts/seed/demo-accounts';

import { ROOT } from './stack';

export { expect };

export const account = (email: string): DemoAccount => {
  const a = DEMO_ACCOUNTS.find((x) => x.email === email);
  if (!a) throw new Error(`no demo account ${email}`);
  return a;
};
export const demo = {
  admin: account('admin@navet.demo'),
  buyer: account('buyer@navet.demo'),
  newBuyer: account('newbuyer@navet.demo'),
  supplier: account('supplier@navet.demo'),
};

/**
 * Every test page fails its test on a Content-Security-Policy violation or an uncaught error: the app must
 * run under the API's strict policy.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, 'CSP violations or uncaught errors').toEqual([]);
  },
});

/** Signs in through the sign-in screen (Swedish UI) and waits for the signed-in header. */
export async function signIn(page: Page, who: DemoAccount): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-postadress').fill(who.email);
  await page.getByLabel('Lösenord').fill(who.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/** Zero axe violations of the WCAG 2.1 A and AA rules on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * README screenshots (desktop and mobile). `npm run test:e2e:screenshots` writes them to docs/screenshots/;
 * any other run (CI) writes them under .data/, so a test run never changes tracked files.
 */
export async function screenshot(page: Page, name: string, project: string): Promise<void> {
  const dir = e2eEnv.updateScreenshots ? join(ROOT, 'docs/screenshots') : join(ROOT, '.data/e2e-screenshots');
  await page.screenshot({ path: join(dir, `${name}-${project}.png`), fullPage: false });
}
