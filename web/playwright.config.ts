import { existsSync, writeFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The browser test drives a system Chromium (Playwright's own browser download is not used):
 * CHROME_PATH if set, else Debian's /usr/bin/chromium.
 */
function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install it (Debian: apt-get install -y chromium) ` +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return candidate;
}

// BIWU_WEB_PORT lets two test runs share a machine (the realm allows 4173 to 4175).
const port = Number(process.env.BIWU_WEB_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

// BIWU_KEYCLOAK_URL points the built app at the test run's Keycloak, through the runtime config.
if (process.env.BIWU_KEYCLOAK_URL && existsSync('dist')) {
  writeFileSync('dist/config.js', `window.biwuConfig = { keycloakUrl: ${JSON.stringify(process.env.BIWU_KEYCLOAK_URL)} };\n`);
}

export default defineConfig({
  testDir: './e2e',
  // against a development server started elsewhere: playwright.first-start.config.ts
  testIgnore: 'first-start.spec.ts',
  reporter: 'list',
  // Keycloak's login page and the first API call can be slow on a cold server.
  timeout: 60_000,
  // one more try in CI for a test that fails on a busy machine: it is reported as flaky (never silently
  // passed), and a test failing twice still fails the run; the failure lines reach the Maven summary
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // a click that finds nothing fails in 20 s with what it looked for, instead of waiting out the test
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Maven builds dist/ beforehand; build here only when it is missing.
    command: (existsSync('dist/index.html') ? '' : 'npm run build && ') + `npm run preview -- --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
