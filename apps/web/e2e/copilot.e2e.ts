import type { APIRequestContext, Page } from '@playwright/test';
import { demo, expect, expectAccessible, screenshot, test } from './fixtures';
import type { DemoAccount } from '../../../scripts/seed/demo-accounts';

/** GraphQL straight to the API (through the app's proxy), to set up a need quickly. */
async function gql<T>(request: APIRequestContext, token: string | null, query: string, variables: object = {}) {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function tokenOf(request: APIRequestContext, who: DemoAccount): Promise<string> {
  const d = await gql<{ login: { accessToken: string } }>(
    request,
    null,
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    {
      i: { email: who.email, password: who.password },
    },
  );
  return d.login.accessToken;
}

/** Opens a signed-in screen: the app sends a signed-out visitor to sign in and back (a reload loses the session). */
async function openSignedIn(page: Page, path: string, who: DemoAccount) {
  await page.goto(path);
  await page.getByLabel('E-postadress').fill(who.email);
  await page.getByLabel('Lösenord').fill(who.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

test('a buyer drafting a need gets advice by the fields, adds a suggested code and sees the reuse radar @mobile', async ({
  page,
}, testInfo) => {
  await openSignedIn(page, '/buyer/needs/new', demo.buyer);
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt behov' })).toBeVisible();
  const copilot = page.getByRole('complementary', { name: 'Medhjälparen' });
  await expect(copilot.getByText('Skriv en rubrik så börjar medhjälparen ge råd.')).toBeVisible();

  // Solution-biased wording with a brand name: the finding shows right under the title field.
  await page.getByLabel('Rubrik').fill(`Vi vill köpa Microsoft Teams till hemtjänsten ${Date.now()}`);
  await page
    .getByLabel('Beskrivning av problemet')
    .fill('Personalen i hemtjänsten laddar elbilar för hand och bilarna står tomma.');
  const titleAdvice = page.locator('[data-finding="BRAND_NAME"]').first();
  await expect(titleAdvice).toContainText('Microsoft');
  // The advice follows the title field (before the summary), so it reads as being about it.
  const titleBox = await page.getByLabel('Rubrik').boundingBox();
  const adviceBox = await titleAdvice.boundingBox();
  const summaryBox = await page.getByLabel('Sammanfattning').boundingBox();
  expect(adviceBox!.y).toBeGreaterThan(titleBox!.y);
  expect(adviceBox!.y).toBeLessThan(summaryBox!.y);
  await expect(page.locator('[data-finding="MISSING_REGIONS"]')).toBeVisible();
  await expect(copilot.getByText(/Leverantörer som skulle få förslag/)).toBeVisible();

  // One click adds a suggested CPV code to the form's list.
  const add = copilot.getByRole('button', { name: /^Lägg till \d{8}/ }).first();
  await expect(add).toBeVisible();
  const code = ((await add.getAttribute('aria-label')) ?? '').match(/\d{8}-?\d?/)?.[0] ?? '';
  await add.click();
  await expect(copilot.getByRole('button', { name: `${code} är tillagd` })).toBeDisabled();
  await expect(page.locator('form').getByText(code).first()).toBeVisible();

  // The reuse radar lists similar needs with links to them.
  await expect(copilot.getByRole('heading', { name: 'Återbruksradarn' })).toBeVisible();
  await expect(copilot.getByRole('heading', { name: 'Avslutade liknande behov' })).toBeVisible();
  await expect(copilot.getByRole('link').first()).toHaveAttribute('href', /^\/needs\//);
  await expectAccessible(page, 'need editor with the co-pilot');
  await screenshot(page, 'copilot', testInfo.project.name);
});

test('a buyer closes a published need as procured with a contracted supplier; the public page shows the outcome', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const token = await tokenOf(request, demo.buyer);
  const title = `Smart laddning av bilpoolen ${Date.now()}`;
  const created = await gql<{ createNeed: { id: string } }>(
    request,
    token,
    'mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }',
    {
      i: {
        title,
        summary: 'Hemtjänstens elbilar behöver laddas smartare så att bilarna räcker hela passet.',
        description: 'Bilpoolen i hemtjänsten har elbilar men laddningen planeras för hand; bilar står tomma när passet börjar.',
        desiredOutcomes: ['Inga pass missas på grund av urladdade bilar'],
        cpvCodes: ['31158000'],
        regionCodes: ['SE11'],
        focusAreas: ['TRANSPORT', 'ENERGY'],
        readiness: 'NEEDS_ADAPTATION',
        language: 'sv',
      },
    },
  );
  const id = created.createNeed.id;
  await gql(request, token, 'mutation($id: ID!) { publishNeed(id: $id) { id } }', { id });
  // The worker matches in the background; the demo supplier offers charging, so it is suggested.
  await expect(async () => {
    const d = await gql<{ matchesForNeed: unknown[] }>(
      request,
      token,
      'query($id: ID!) { matchesForNeed(needId: $id, first: 5) { id } }',
      { id },
    );
    expect(d.matchesForNeed.length).toBeGreaterThan(0);
  }).toPass({ timeout: 90_000 });

  await openSignedIn(page, `/buyer/needs/${id}`, demo.buyer);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Stäng behovet' }).click();
  const dialog = page.getByRole('dialog');
  // The API's field error shows under its field.
  await dialog.getByLabel('Upphandlat').check();
  await dialog.getByLabel('Sammanfattning av utfallet').fill('Kort');
  await dialog.getByRole('button', { name: 'Ja, stäng behovet' }).click();
  await expect(dialog.getByText(/summary needs at least 10 characters/)).toBeVisible();
  await dialog.getByLabel('Sammanfattning av utfallet').fill('Vi upphandlade smart laddning av hela bilpoolen efter dialogen.');
  await dialog.getByLabel('Lärdomar').fill('Börja med en mätperiod innan kravställningen.');
  const supplier = dialog.getByRole('checkbox').first();
  const supplierName = ((await supplier.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)) ?? '').replace(
    / \(.*\)$/,
    '',
  );
  await supplier.check();
  await expectAccessible(page, 'close dialog with the outcome');
  await dialog.getByRole('button', { name: 'Ja, stäng behovet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Stängt', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Publik sida' }).click();
  const outcome = page.getByRole('region', { name: 'Utfall' });
  await expect(outcome.getByText('Upphandlat')).toBeVisible();
  await expect(outcome.getByText('Vi upphandlade smart laddning')).toBeVisible();
  await expect(outcome.getByText('Börja med en mätperiod')).toBeVisible();
  await expect(outcome.getByRole('link', { name: supplierName })).toHaveAttribute('href', /^\/suppliers\//);
  await expectAccessible(page, 'need page with its outcome');
});

test('the statistics page shows the innovation funnel as a chart and a table, with the CSV @mobile', async ({
  page,
}, testInfo) => {
  await page.goto('/statistics');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Innovationstratten' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Stapeldiagram över innovationstratten/ })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const table = page.getByRole('table', { name: /Innovationstratten per fokusområde/i });
  await expect(table.getByRole('columnheader', { name: 'Upphandlade' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nyckeltal för plattformen' })).toBeVisible();
  await expectAccessible(page, 'statistics');
  await page.getByRole('heading', { name: 'Innovationstratten' }).evaluate((el) => el.scrollIntoView());
  await screenshot(page, 'statistics', testInfo.project.name);

  await page.getByLabel('Gruppera efter').selectOption('MONTH');
  await expect(page).toHaveURL(/groupBy=MONTH/);
  await expect(page.getByRole('table', { name: /per månad/i })).toBeVisible();
  const csv = page.getByRole('link', { name: 'Ladda ner siffrorna som CSV' });
  await expect(csv).toHaveAttribute('href', '/stats/funnel.csv?groupBy=MONTH');
  const res = await page.request.get('/stats/funnel.csv?groupBy=MONTH');
  expect(await res.text()).toMatch(/^group,published/);
});
