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
