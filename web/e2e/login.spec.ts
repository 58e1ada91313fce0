import { expect, test } from '@playwright/test';

// Needs the real platform: Keycloak with the biwu realm (src/main/keycloak/biwu-realm.json) at the URL
// the app is configured with (http://localhost:8180 by default), and the API behind /graphql (BIWU_API_URL).

test('the organizer signs in through Keycloak and sees their name and role, in Chinese then in English', async ({
  page,
}, testInfo) => {
  await page.goto('/');

  // keycloak-js sends the browser to the realm's login page (authorization code + PKCE).
  await expect(page).toHaveURL(/\/realms\/biwu\/protocol\/openid-connect\/auth\?.*code_challenge_method=S256/);
  await page.locator('#username').fill('organizer');
  await page.locator('#password').fill('biwu-demo');
  await page.locator('#kc-login').click();

  // Back in the app, Chinese by default: family name first, the role from the API's `me`.
  const header = page.getByRole('banner');
  await expect(header.getByText('李明华', { exact: true })).toBeVisible();
  await expect(header.getByText('@organizer')).toBeVisible();
  await expect(header.getByText('组织者', { exact: true })).toBeVisible();

  await header.getByText('English', { exact: true }).click();

  await expect(header.getByText('Organizer', { exact: true })).toBeVisible();
  // a Chinese name stays family name first, without a space, in English too
  await expect(header.getByText('李明华', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('signed-in.png'), fullPage: true });
});
