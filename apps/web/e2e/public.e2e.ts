import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

/** Runs a search from the start page's form and waits for the hit count. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Sök bland behov' }).fill(query);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${query}`));
  await expect(page.getByText(/Antal träffar: \d+/)).toBeVisible();
}

const results = (page: Page) => page.locator('ol').getByRole('heading', { level: 2 });

test('anyone searches with a facet and pages; the shared URL shows the same results @mobile', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sök behov' })).toBeVisible();
  await search(page, 'vatten');
  const facet = page.getByRole('group', { name: 'Fokusområden' }).getByRole('checkbox').first();
  await facet.check();
  await expect(page).toHaveURL(/focus=/);
  await expect(results(page).first()).toBeVisible();
  const next = page.getByRole('button', { name: 'Nästa' });
  if (await next.isEnabled()) {
    const firstOnPage1 = await results(page).first().innerText();
    await next.click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results(page).first()).not.toHaveText(firstOnPage1);
  }
  const shared = page.url();
  const titles = await results(page).allInnerTexts();
  await expectAccessible(page, 'needs search');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'search', testInfo.project.name);

  const other = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
  await other.goto(shared);
  await expect(other.getByRole('group', { name: 'Fokusområden' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(results(other)).toHaveText(titles);
  await other.close();

  // The back button returns to the unfiltered search.
  await page.goBack();
  if (/page=2/.test(shared)) await page.goBack();
  await expect(page).not.toHaveURL(/focus=/);
});

test('anyone reads a need; a supplier asks the buyer a question on it', async ({ page }, testInfo) => {
  await signIn(page, demo.supplier);
  // Signed in at the start page: follow links, no reload (the session lives in memory).
  await search(page, 'vatten');
  const link = page.locator('ol').getByRole('link').first();
  const title = await link.innerText();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Problemet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fakta om behovet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Frågor och svar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmäl intresse' })).toBeVisible();
  await expectAccessible(page, 'need page');
  await screenshot(page, 'need', testInfo.project.name);

  await page.getByLabel('Din fråga').fill(`Går det att pilottesta under hösten? (e2e ${Date.now()})`);
  await page.getByRole('button', { name: 'Skicka frågan' }).click();
  await expect(page.getByText('Frågan är skickad.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Till mina frågor' })).toBeVisible();
});

test('a new supplier registers, is signed in, changes password, exports and erases their data', async ({ page }, testInfo) => {
  const email = `e2e-public-${Date.now()}@example.se`;
  await page.goto('/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera organisation' })).toBeVisible();
  await expectAccessible(page, 'register');
  await page.getByLabel('Organisationens namn').fill(`E2E Innovation ${Date.now()} AB`);
  await page.getByLabel('Ditt namn').fill('Eva Testsson');
  await page.getByLabel('Din e-postadress').fill(email);
  await page.getByLabel('Lösenord').fill('kort');
  await page.getByRole('button', { name: 'Registrera' }).click();
  // The API's field error shows under the password field.
  await expect(page.getByText(/12/).first()).toBeVisible();
  await screenshot(page, 'register', testInfo.project.name);
  await page.getByLabel('Lösenord').fill('e2e-first-password-1');
  await page.getByRole('button', { name: 'Registrera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Navet!' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();

  await page.getByRole('link', { name: 'Mitt konto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
  await expectAccessible(page, 'account');
  await page.getByLabel('Nuvarande lösenord').fill('e2e-first-password-1');
  await page.getByLabel('Nytt lösenord').fill('e2e-second-password-2');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByText('Lösenordet är bytt.')).toBeVisible();

  await page.getByRole('link', { name: /Mina uppgifter/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
  await expectAccessible(page, 'my data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^navet-my-data-.*\.json$/);
  const body = JSON.parse(await streamText(await file.createReadStream())) as { user: { email: string } };
  expect(body.user.email).toBe(email);

  await page.getByRole('button', { name: 'Radera mitt konto…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Ditt lösenord, för att bekräfta').fill('e2e-first-password-1');
  await dialog.getByRole('button', { name: 'Ja, radera mitt konto' }).click();
  await expect(dialog.getByText(/fel|wrong/i).first()).toBeVisible();
  await dialog.getByLabel('Ditt lösenord, för att bekräfta').fill('e2e-second-password-2');
  await dialog.getByRole('button', { name: 'Ja, radera mitt konto' }).click();
  await expect(page.getByText('Ditt konto är raderat.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
});

test('forgot password asks for the address and never says whether it exists', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' })).toBeVisible();
  await expectAccessible(page, 'forgot password');
  await page.getByLabel('E-postadress').fill(`nobody-${Date.now()}@example.se`);
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await expect(page.getByText('Om adressen finns i Navet')).toBeVisible();
});

test('the accessibility statement says how to report a problem; statistics are a table @mobile', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expect(page.getByRole('link', { name: /tillganglighet@navet\.example/ })).toHaveAttribute('href', /^mailto:/);
  await expect(page.getByRole('link', { name: /DIGG/ })).toHaveAttribute('href', /digg\.se/);
  await expect(page.getByText(/uppdaterades senast/)).toBeVisible();
  await expectAccessible(page, 'accessibility statement');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Statistik' })).toHaveAttribute('href', '/statistics');
  await page.goto('/statistics');
  await expect(page.getByRole('table', { name: 'Nyckeltal för plattformen' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Publicerade behov/ })).toBeVisible();
  await expectAccessible(page, 'statistics');
});

test('keyboard only: skip link, search, open a result', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sök behov' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const box = page.getByRole('searchbox', { name: 'Sök bland behov' });
  await expect(box).toBeFocused();
  expect(await box.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.type('vatten');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Antal träffar: \d+/)).toBeVisible();
  const firstResult = page.locator('ol').getByRole('link').first();
  await expect(firstResult).toBeVisible();
  for (let i = 0; i < 80 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  expect(await firstResult.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  const title = await firstResult.innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
