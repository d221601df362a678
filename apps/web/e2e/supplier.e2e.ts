import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, screenshot, signIn, test } from './fixtures';

/** In-app navigation (a reload would need the refresh cookie): the header's menu link. */
async function open(page: Page, menuItem: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: menuItem }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the supplier edits the capability profile: a field error from the API, fixed, saved', async ({ page }, testInfo) => {
  await signIn(page, demo.supplier);
  await open(page, 'Min profil', 'Min kapacitetsprofil');
  const headline = page.getByRole('textbox', { name: 'Rubrik' });
  await expect(headline).not.toHaveValue('');
  const original = await headline.inputValue();
  await expect(page.getByRole('switch', { name: 'Synlig för beställare' })).toBeVisible();
  await expectAccessible(page, 'profile editor');
  await screenshot(page, 'profile', testInfo.project.name);

  await headline.fill('ab');
  await page.getByRole('button', { name: 'Spara profil' }).click();
  // The API names the field (extensions.field); the message shows under it and in the summary.
  await expect(page.getByText('headline needs at least 3 characters').first()).toBeVisible();
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'profile editor with an error');

  await headline.fill(original);
  await page.getByRole('textbox', { name: 'Sök CPV-kod' }).fill('programmering');
  await expect(page.getByRole('list', { name: 'Sökträffar' })).toBeVisible();
  await page.getByRole('button', { name: 'Visa underkoder' }).first().click();
  await expect(page.getByRole('list', { name: /^Underkoder till/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Spara profil' }).click();
  await expect(page.getByText('Profilen är sparad.')).toBeVisible();
  await expect(headline).toHaveValue(original);
});

test('the inbox explains each suggestion; the supplier expresses interest, rates and declines', async ({ page }, testInfo) => {
  test.setTimeout(240_000); // several round trips through the shared stack
  await signIn(page, demo.supplier);
  await open(page, 'Matchade behov', 'Matchade behov');
  await page.getByLabel('Visa status').selectOption('SUGGESTED');
  const cards = page.getByRole('list', { name: 'Förslag' }).locator(':scope > li');
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().getByRole('img', { name: /^Text: \d+ %$/ })).toBeVisible();
  await expect(cards.first().getByText(/^Matchning \d+ %$/)).toBeVisible();
  await expectAccessible(page, 'matches inbox');
  await screenshot(page, 'matches', testInfo.project.name);

  const first = cards.first();
  const title = await first.getByRole('heading', { level: 2 }).innerText();
  await first.getByRole('button', { name: 'Relevant', exact: true }).click();
  await expect(first.getByText('Tack! Er bedömning används')).toBeVisible();

  await first.getByRole('button', { name: 'Anmäl intresse' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Meddelande till beställaren (valfritt)').fill(`Vi vill gärna veta mer (${Date.now()})`);
  await expectAccessible(page, 'express interest dialog');
  await dialog.getByRole('button', { name: 'Skicka intresseanmälan' }).click();
  await expect(dialog).toBeHidden();
  // Interest moves it out of "suggested"; it is found under "interest expressed".
  await expect(cards.filter({ hasText: title })).toHaveCount(0);

  const next = cards.first();
  const declined = await next.getByRole('heading', { level: 2 }).innerText();
  await next.getByRole('button', { name: 'Avböj' }).click();
  await page.getByRole('dialog').getByLabel('Skäl (valfritt)').fill('Utanför vårt område');
  await page.getByRole('dialog').getByRole('button', { name: 'Avböj förslaget' }).click();
  await expect(cards.filter({ hasText: declined })).toHaveCount(0);

  await page.getByLabel('Visa status').selectOption('INTERESTED');
  await expect(cards.filter({ hasText: title }).first()).toBeVisible();
  await expect(cards.filter({ hasText: title }).first().getByText('Ni har anmält intresse.')).toBeVisible();
});

test('@mobile notifications, preferences with a secret shown once, and a saved search', async ({ page }, testInfo) => {
  await signIn(page, demo.supplier);
  await open(page, 'Aviseringar', 'Aviseringar');
  await page.getByRole('tab', { name: 'Alla' }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expectAccessible(page, 'notifications');
  await screenshot(page, 'notifications', testInfo.project.name);

  await page.getByRole('link', { name: 'Inställningar för aviseringar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar för aviseringar' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Aviseringar via e-post' })).toBeVisible();
  await page.getByRole('button', { name: 'Skapa ny hemlighet' }).click();
  await expect(page.getByText('Kopiera hemligheten nu – den visas bara en gång.')).toBeVisible();
  const secret = await page.locator('code.navet-secret').innerText();
  expect(secret.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
  await expectAccessible(page, 'notification settings');
  // Shown once: back on the screen, the secret is gone.
  await page.getByRole('link', { name: '← Till aviseringarna' }).click();
  await page.getByRole('link', { name: 'Inställningar för aviseringar' }).click();
  await expect(page.getByRole('button', { name: 'Skapa ny hemlighet' })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  await open(page, 'Bevakningar', 'Bevakningar');
  const name = `Laddning e2e ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Namn' }).fill(name);
  await page.getByRole('textbox', { name: 'Sökord' }).fill('laddning elbilar');
  await page.getByRole('checkbox', { name: 'Energi' }).check();
  await page.getByRole('button', { name: 'Spara bevakning' }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expectAccessible(page, 'saved searches');
  await page.getByRole('button', { name: `Ta bort ${name}` }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toHaveCount(0);
});

test('the supplier opens a dialogue on a connected match and sends a message', async ({ page }, testInfo) => {
  await signIn(page, demo.supplier);
  await open(page, 'Dialoger', 'Dialoger');
  await expectAccessible(page, 'dialogues');
  await page.getByRole('heading', { level: 2 }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const body = `Hej! Ett e2e-meddelande ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Meddelande' }).fill(body);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByRole('list', { name: 'Meddelanden' }).getByText(body)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Meddelande' })).toHaveValue('');
  await expectAccessible(page, 'dialogue');
  await screenshot(page, 'dialogue', testInfo.project.name);

  await open(page, 'Mina frågor', 'Mina frågor');
  await expectAccessible(page, 'my questions');
});
