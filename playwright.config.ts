import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  // Real browsers on a shared 2-core machine: in CI a failed test gets one more try, and
  // Playwright still reports it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'artifacts/test-results',
});
