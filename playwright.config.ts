import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { serverEnv } from './scripts/lib/server-env';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The co-editing server beside the test app; the build's /collab rewrite was made with the same port (scripts/test.ts). */
export const COLLAB_PORT = Number(process.env.COLLAB_PORT ?? PORT + 1000);
const AUTH_SECRET = process.env.AUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789';
// localhost, not 127.0.0.1: Auth.js checks the origin of sign-in requests.
const baseURL = `http://localhost:${PORT}`;

function chromiumPath(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return process.env.CHROMIUM_PATH || undefined; // else Playwright's own browser
}

if (!process.env.E2E_DATABASE_URL) {
  throw new Error('E2E tests need a prepared database: run them with `npm test` (or `npm test -- --only=build,e2e`).');
}

const launchOptions = {
  executablePath: chromiumPath(),
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Per port, so parallel runs (each with its own E2E_PORT) never delete each other's traces.
  outputDir: `test-results/port-${PORT}`,
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // e2e/mobile/ runs only at the phone size (the project below).
      testIgnore: /e2e[\\/]mobile[\\/]/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
    {
      // A small Android phone (the narrowest the newsroom supports): touch, mobile viewport meta honoured.
      name: 'mobile-chromium',
      // The routing flow (a leader returns the story to its writer) runs at both sizes.
      testMatch: /e2e[\\/](mobile[\\/].*|newsroom[\\/]routing-notifications)\.spec\.ts$/,
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 360, height: 740 },
        screen: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: [
    {
    // The keep-alive timeout as scripts/start.ts sets it: with Node's 5 s default, a request sent on a
    // socket the server was just closing failed as 'socket hang up' on a loaded machine.
    command: `node scripts/serve.mjs --port ${PORT} --keepAliveTimeout 65000`,
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // The environment npm start gives the server (two malloc arenas, scripts/lib/server-env.ts).
    env: serverEnv({
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      MEDIA_DIR: process.env.E2E_MEDIA_DIR ?? '',
      AUTH_SECRET,
      COLLAB_PORT: String(COLLAB_PORT),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      // Reading counts are written every VIEW_FLUSH_MS (5 s by default): quickly here, so tests see them without sleeping.
      VIEW_FLUSH_MS: process.env.VIEW_FLUSH_MS ?? '200',
    }),
    },
    {
      // As npm start runs it: supervised, so a test that kills it with -9 sees it come back.
      command: 'node --import tsx scripts/collab-supervised.ts',
      port: COLLAB_PORT,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { DATABASE_URL: process.env.E2E_DATABASE_URL ?? '', AUTH_SECRET, COLLAB_PORT: String(COLLAB_PORT), LOG_LEVEL: 'warn' },
    },
  ],
});
