import { existsSync } from 'node:fs';
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

const baseURL = 'http://localhost:4173';

export default defineConfig({
  testDir: './e2e',
  reporter: 'list',
  // Keycloak's login page and the first API call can be slow on a cold server.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'zh-CN',
    trace: 'retain-on-failure',
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
    command: existsSync('dist/index.html') ? 'npm run preview' : 'npm run build && npm run preview',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
