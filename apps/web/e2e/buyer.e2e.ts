import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { demo, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

/** GraphQL as another party (the supplier asks the buyer a question), straight to the API. */
async function gql(request: APIRequestContext, token: string | null, query: string, variables: object = {}) {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as { data?: Record<string, Record<string, string>>; errors?: unknown[] };
}

/** Fills the editor with a valid need about charging a municipal fleet (what the demo supplier offers). */
async function fillNeed(page: Page, title: string) {
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Sammanfattning').fill('Hemtjänstens elbilar behöver laddas smartare så att bilarna räcker hela passet.');
  await page
    .getByLabel('Beskrivning av problemet')
    .fill('Bilpoolen i hemtjänsten har elbilar men laddningen planeras för hand; bilar står tomma när passet börjar.');
  await page.getByLabel('Effekt 1').fill('Inga pass missas på grund av urladdade bilar');
  await page.getByRole('button', { name: 'Lägg till effekt' }).click();
  await page.getByLabel('Effekt 2').fill('Lägre elkostnad för laddning');
  await page.getByLabel('Sök CPV-kod').fill('31158000');
  await page
    .getByRole('checkbox', { name: /31158000/ })
    .first()
    .check();
  await page.getByLabel('Sök region').selectOption('SE11');
  await page.getByRole('checkbox', { name: 'Transport' }).check();
  await page.getByRole('checkbox', { name: 'Energi' }).check();
}

test('a buyer writes, publishes and works a need: suggestions, invitation, question, ledger, supplier search, buyer groups', async ({
  page,
  request,
}, testInfo) => {
  // The whole journey, including up to a minute of background matching.
  test.setTimeout(240_000);
  const title = `Smart laddning av hemtjänstens bilar ${Date.now()}`;
  await signIn(page, demo.buyer);
  await page.getByRole('link', { name: 'Mina behov' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina behov' })).toBeVisible();
  await expect(page.getByText(/förslag ·/).first()).toBeVisible();
  await expectAccessible(page, 'my needs');
  await screenshot(page, 'my-needs', testInfo.project.name);

  // A field error from the API shows under its field, then the fixed draft saves.
  await page.getByRole('link', { name: 'Nytt behov' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt behov' })).toBeVisible();
  await fillNeed(page, title);
  await page.getByLabel('Rubrik').fill('ab');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByLabel('Rubrik')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/title needs at least 3 characters/).first()).toBeVisible();
  await expectAccessible(page, 'need editor with a field error');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera behov' })).toBeVisible();
  await expect(page.getByText('Sparat.')).toBeVisible();
  await expectAccessible(page, 'need editor');
  await screenshot(page, 'need-editor', testInfo.project.name);

  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page.getByText('Behovet är publicerat.')).toBeVisible();
  await page.getByRole('link', { name: 'Till behovets arbetsyta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const needId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

  // The worker matches in the background: switching tabs refetches until a suggestion shows.
  await expect(async () => {
    await page.getByRole('tab', { name: 'Frågor' }).click();
    await page.getByRole('tab', { name: 'Förslag' }).click();
    await expect(page.getByRole('button', { name: 'Bjud in' }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Poängens delar' }).first()).toBeVisible();
  await expectAccessible(page, 'suggestions');
  await screenshot(page, 'suggestions', testInfo.project.name);

  await page.getByRole('button', { name: 'Bjud in' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Meddelande till leverantören').fill('Välkommen till en dialog om laddningen.');
  await expectAccessible(page, 'invite dialog');
  await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Inbjuden').first()).toBeVisible();

  // A supplier asks a question; the buyer answers it for everyone.
  const login = await gql(request, null, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email: demo.supplier.email, password: demo.supplier.password },
  });
  const question = `Vilka bilmodeller ingår? ${Date.now()}`;
  const asked = await gql(
    request,
    login.data?.login?.accessToken ?? null,
    'mutation($n: ID!, $q: String!) { askQuestion(needId: $n, question: $q) { id } }',
    {
      n: needId,
      q: question,
    },
  );
  expect(asked.errors).toBeUndefined();
  await page.getByRole('tab', { name: 'Frågor' }).click();
  await expect(page.getByText(question)).toBeVisible();
  await page.getByLabel('Svar').first().fill('Renault Zoe och Nissan Leaf.');
  await page.getByRole('button', { name: 'Publicera svaret' }).first().click();
  await expect(page.getByText('Renault Zoe och Nissan Leaf.').first()).toBeVisible();
  await expectAccessible(page, 'questions');

  await page.getByRole('tab', { name: 'Logg' }).click();
  await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
  await expect(page.getByText(/Kedjan är obruten/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Loggposter' })).toBeVisible();
  await expectAccessible(page, 'ledger');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv).toMatch(/^sequence,at,action/);

  await page.getByRole('link', { name: 'Leverantörer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sök leverantörer' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('laddning');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/q=laddning/);
  await expect(page.getByRole('link', { name: 'Demo Innovation AB' })).toBeVisible();
  await expectAccessible(page, 'supplier search');
  await screenshot(page, 'supplier-search', testInfo.project.name);
  await page.getByRole('link', { name: 'Demo Innovation AB' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demo Innovation AB' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bjud in till ett behov' })).toBeVisible();
  await expectAccessible(page, 'supplier page');

  await page.getByRole('link', { name: 'Beställargrupper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beställargrupper' })).toBeVisible();
  await expectAccessible(page, 'buyer groups');
});

test('an unverified buyer saves a draft and is told why publishing is refused', async ({ page }) => {
  await signIn(page, demo.newBuyer);
  await page.getByRole('link', { name: 'Mina behov' }).click();
  await page.getByRole('link', { name: 'Nytt behov' }).click();
  await fillNeed(page, `Ett utkast som inte får publiceras ${Date.now()}`);
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera behov' })).toBeVisible();
  await expect(page.getByText(/Er organisation är inte verifierad ännu/)).toBeVisible();
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page.getByText(/must be verified by a Navet administrator/)).toBeVisible();
  await expectAccessible(page, 'need editor, unverified');
});

test('@mobile a buyer reads their needs and a workspace on a narrow screen', async ({ page }, testInfo) => {
  await signIn(page, demo.buyer);
  await page.getByRole('link', { name: 'Mina behov' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina behov' })).toBeVisible();
  await page.getByLabel('Visa').selectOption('PUBLISHED');
  await expect(page).toHaveURL(/status=PUBLISHED/);
  await expectAccessible(page, 'my needs (filtered)');
  await screenshot(page, 'my-needs', testInfo.project.name);
  await page.getByRole('heading', { level: 2 }).getByRole('link').first().click();
  await expect(page.getByRole('tab', { name: 'Förslag' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Liknande behov' })).toBeInViewport();
  // Reflow: nothing makes the page itself scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page, 'workspace');
  await screenshot(page, 'suggestions', testInfo.project.name);
});
