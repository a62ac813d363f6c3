import { defineConfig } from '@playwright/test';

const PORT = 3100;
const SMTP_PORT = 3125;
/** The desk's inbound SMTP listener: tests mail the desk as a client would. */
export const INBOUND_SMTP_PORT = 3126;
export const MAIL_SINK_PORT = 3199;

/** Debian's Chromium, never a downloaded browser; the app runs on a fresh SQLite database. */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // One retry in CI: a flake is reported as such, but does not hold a landing hostage.
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    // A stuck click should fail on its own locator, not as the whole test's timeout.
    actionTimeout: 10_000,
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  webServer: [
    {
      // Mail leaves over SMTP as in production; tests read what the recipient got.
      command: 'node e2e/mail-sink.ts',
      env: { SMTP_PORT: String(SMTP_PORT), HTTP_PORT: String(MAIL_SINK_PORT) },
      url: `http://127.0.0.1:${MAIL_SINK_PORT}/ready`,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf /tmp/pontis-e2e && node server/src/main.ts`,
      env: {
        DATABASE_URL: '/tmp/pontis-e2e/pontis.db',
        PORT: String(PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        PUBLIC_URL: `http://127.0.0.1:${PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        INBOUND_SMTP_PORT: String(INBOUND_SMTP_PORT),
      },
      url: `http://127.0.0.1:${PORT}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
