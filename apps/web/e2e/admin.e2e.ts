import type { APIRequestContext, Page } from '@playwright/test';
import { demo, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

/** A valid Swedish organisationsnummer: nine random digits (2xxxxx, a legal person) and their Luhn digit. */
function orgNumber(): string {
  const body = `2${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const sum = [...body].reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0);
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}

/** A fresh public buyer through the API (the demo's unverified buyer belongs to other journeys). */
async function registerBuyer(request: APIRequestContext): Promise<string> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  const name = `E2E kommun ${stamp}`;
  const res = await request.post('/graphql', {
    data: {
      query: `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { user { id } } }`,
      variables: {
        input: {
          kind: 'PUBLIC_BUYER',
          organizationName: name,
          organizationNumber: orgNumber(),
          email: `e2e-admin-${stamp}@example.org`,
          password: 'e2e-password-long-enough',
          userName: 'E2E Beställare',
        },
      },
    },
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors, 'registerOrganization').toBeUndefined();
  return name;
}

async function openAdmin(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: section }).click();
}

test('an admin verifies a new buyer, replays and activates criteria, rebuilds the indexes and reads statistics', async ({
  page,
  request,
}, testInfo) => {
  const buyer = await registerBuyer(request);
  await signIn(page, demo.admin);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();

  // Oldest first: a new buyer may sit behind a page of others.
  const verify = page.getByRole('button', { name: `Verifiera ${buyer}` });
  while (!(await verify.isVisible())) await page.getByRole('button', { name: 'Visa fler' }).first().click();
  await expectAccessible(page, 'admin organizations');
  await screenshot(page, 'admin-verify', testInfo.project.name);
  await verify.click();
  await expect(page.getByText(`${buyer} är nu verifierad`)).toBeVisible();
  await expect(verify).toBeHidden();

  await openAdmin(page, 'Matchningskriterier');
  await expect(page.getByRole('heading', { level: 1, name: 'Matchningskriterier' })).toBeVisible();
  const text = page.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill((Number((await text.inputValue()).replace(',', '.')) + 0.01).toFixed(2));
  await page.getByRole('button', { name: 'Spela upp mot utfall' }).click();
  // The worker replays the labelled outcomes in the background; the console polls until it is done.
  await expect(page.getByText(/Klar: 100 %/)).toBeVisible({ timeout: 110_000 });
  const comparison = page.getByRole('table', { name: /Kandidat jämförd med aktiv version/ });
  await expect(comparison.getByRole('rowheader', { name: 'nDCG@10' })).toBeVisible();
  await expectAccessible(page, 'admin criteria');
  await screenshot(page, 'admin-criteria', testInfo.project.name);

  const note = `E2E: textvikt +0,01 (${Date.now()})`;
  await page.getByLabel('Anteckning (varför ändringen görs)').fill(note);
  // No re-match of every open need: other journeys share the stack and its suggestions.
  await page.getByLabel('Matcha om öppna behov i bakgrunden').uncheck();
  await page.getByRole('button', { name: 'Aktivera med anteckning' }).click();
  await expect(page.getByText(/Version \d+ är nu aktiv\./)).toBeVisible();
  await expect(page.getByRole('cell', { name: note })).toBeVisible();

  await openAdmin(page, 'Sökindex');
  await expect(page.getByRole('heading', { level: 1, name: 'Sökindex' })).toBeVisible();
  await expectAccessible(page, 'admin search');
  await page.getByRole('button', { name: 'Bygg om sökindex' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, bygg om' }).click();
  await expect(page.getByText('Sökindexen är ombyggda.')).toBeVisible({ timeout: 60_000 });

  await openAdmin(page, 'Statistik');
  await expect(page.getByRole('heading', { level: 1, name: 'Plattformsstatistik' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Publicerade behov' })).toBeVisible();
  await expectAccessible(page, 'admin statistics');
});

test('the admin screens work on a narrow phone screen @mobile', async ({ page }, testInfo) => {
  await signIn(page, demo.admin);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expectAccessible(page, 'admin organizations (phone)');
  await openAdmin(page, 'Matchningskriterier');
  await expect(page.getByRole('button', { name: 'Spela upp mot utfall' })).toBeVisible();
  await expectAccessible(page, 'admin criteria (phone)');
  if (testInfo.project.name === 'mobile') {
    await screenshot(page, 'admin-criteria', testInfo.project.name);
    // Reflow (WCAG 1.4.10): nothing but a table's own scroll box is wider than the screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  }
});

test('a signed-out visitor to an admin screen signs in and comes back; a supplier is refused', async ({ page }) => {
  await page.goto('/admin/criteria');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.getByLabel('E-postadress').fill(demo.supplier.email);
  await page.getByLabel('Lösenord').fill(demo.supplier.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/admin\/criteria$/);
  await expect(page.getByText('Du har inte behörighet till det här.')).toBeVisible();
});
