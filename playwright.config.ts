import { existsSync } from 'node:fs';
import path from 'node:path';

import { defineConfig, devices, type Project } from '@playwright/test';

import { assertLocalDatabase } from './e2e/fixtures/assert-local-database';

assertLocalDatabase(process.env.DATABASE_URL);

// E2E_PORT lets a second checkout run its suite while a demo holds :3000.
const PORT = Number(process.env.E2E_PORT ?? 3000);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const EMULATOR_URL = process.env.STRIPE_EMULATOR_URL ?? `http://127.0.0.1:${PORT + 10000}`;
const ROLES = ['learner', 'creator', 'admin'] as const;
const CI = !!process.env.CI;

/** Debian's chromium (STACK.md): the Playwright-downloaded browsers are out of reach here. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// Role specs are named `<feature>.<role>.spec.ts`; every other spec runs signed out on desktop and phone.
const ROLE_SPEC = /\.(learner|creator|admin)\.spec\.ts$/;
const hasAuthSetup = existsSync(path.join(import.meta.dirname, 'e2e/auth.setup.ts'));

const roleProjects: Project[] = hasAuthSetup
  ? [
      { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
      ...ROLES.map((role) => ({
        name: role,
        testMatch: new RegExp(`\\.${role}\\.spec\\.ts$`),
        dependencies: ['setup'],
        use: { ...devices['Desktop Chrome'], storageState: `e2e/.auth/${role}.json` },
      })),
    ]
  : [];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    launchOptions,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    ...roleProjects,
    { name: 'anonymous-desktop', testIgnore: ROLE_SPEC, use: { ...devices['Desktop Chrome'] } },
    { name: 'anonymous-mobile', testIgnore: ROLE_SPEC, use: { ...devices['Pixel 7'] } },
  ],
  webServer: [
    {
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { NEXT_TELEMETRY_DISABLED: '1', STRIPE_EMULATOR_URL: EMULATOR_URL },
    },
    {
      // The local Stripe emulator: checkout pages and signed webhooks to the app above.
      command: 'npx tsx scripts/stripe-emulator/main.ts',
      url: `${EMULATOR_URL}/health`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        STRIPE_EMULATOR_PORT: new URL(EMULATOR_URL).port,
        WEBHOOK_URL: `${BASE_URL}/api/stripe/webhook`,
      },
    },
  ],
});
