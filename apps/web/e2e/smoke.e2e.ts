import { demo, expect, expectAccessible, signIn, test } from './fixtures';

test('the API serves the web app; a deep link opens; sign-in survives a reload and sign-out ends it', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectAccessible(page, 'sign in');
  await signIn(page, demo.supplier);
  // The access token is in memory only: a reload gets a new one from the refresh cookie.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
});

test('an unknown path shows the not-found screen, an unknown API path answers in the GraphQL shape', async ({
  page,
  request,
}) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  const res = await request.get('/graphql/nope');
  expect(res.status()).toBe(404);
});

test('a session that ends while in use sends the user to sign in, and back to the same screen', async ({ page }) => {
  await signIn(page, demo.supplier);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min profil' }).click();
  const save = page.getByRole('button', { name: 'Spara profil' });
  await expect(save).toBeVisible();
  // The session is revoked behind the app's back (as a logout in another tab would); the next request finds out.
  await page.evaluate(() => fetch('/auth/logout', { method: 'POST', headers: { 'X-Navet-CSRF': '1' } }));
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByText('Din session har gått ut. Logga in igen.')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('next')).toBe('/supplier/profile');
  await page.getByLabel('E-postadress').fill(demo.supplier.email);
  await page.getByLabel('Lösenord').fill(demo.supplier.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/supplier\/profile$/);
  await expect(page.getByRole('button', { name: 'Spara profil' })).toBeVisible();
});
