import { expect, test, type Page } from '@playwright/test';

// What a user sees first after cloning the project and starting command 1 (./mvnw -Prun): the Vite development
// server at BIWU_DEV_URL. FirstStartBrowserTest starts one in a fresh clone (no src/gql, no node_modules) with
// command 1's own code; with command 1 running, `npm run e2e:first-start` checks that one (http://localhost:5173).
// Run by playwright.first-start.config.ts only: `npm run e2e` leaves it out.

/** The message of Vite's error overlay (a module that does not compile or resolve), or null when there is none. */
async function viteError(page: Page): Promise<string | null> {
  const overlay = page.locator('vite-error-overlay');
  return (await overlay.count()) > 0 ? overlay.locator('.message-body').innerText() : null;
}

test('the development server of a fresh clone shows the app, not an error: the organizer signs in through Keycloak', async ({
  page,
}) => {
  await page.goto('/');

  // Either the app runs and keycloak-js sends the browser to the realm's login page, or Vite shows what broke.
  // A fresh server bundles the app's dependencies on the first visit, which can take a while.
  await expect(page.locator('#username').or(page.locator('vite-error-overlay'))).toBeAttached({ timeout: 120_000 });
  expect(await viteError(page), 'Vite error overlay').toBeNull();
  await expect(page).toHaveURL(/\/realms\/biwu\/protocol\/openid-connect\/auth\?/);

  await page.locator('#username').fill('organizer');
  await page.locator('#password').fill('biwu-demo');
  await page.locator('#kc-login').click();

  await expect(page.getByRole('banner').getByText('@organizer')).toBeVisible({ timeout: 60_000 });
  expect(await viteError(page), 'Vite error overlay').toBeNull();
});
