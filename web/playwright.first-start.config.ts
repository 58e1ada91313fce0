import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The first-start browser test (e2e/first-start.spec.ts) against a Vite development server that runs already, at
 * BIWU_DEV_URL (default: command 1's, http://localhost:5173): FirstStartBrowserTest starts one in a fresh clone.
 * The same browser as the other browser tests, but no web server of its own.
 */
export default defineConfig({
  ...base,
  testMatch: 'first-start.spec.ts',
  testIgnore: [],
  timeout: 4 * 60_000,
  use: { ...base.use, baseURL: process.env.BIWU_DEV_URL ?? 'http://localhost:5173' },
  webServer: undefined,
});
