import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the built static export (out/ of `npm run build`, with the per-page
 * CSP of scripts/csp.mjs), served by nginx with the production configuration deploy/nginx.conf
 * (scripts/nginx-serve.sh, which installs Debian's nginx when missing), never the dev server,
 * in Debian's Chromium (no browser downloads), on a phone viewport.
 * E2E_BASE_URL tests an already running server (a deployment, or `npm run serve`) instead.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // The server (started here, or reused outside CI) must serve this build: see e2e/global-setup.ts.
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `bash scripts/nginx-serve.sh ${port}`,
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        // Installing nginx on a fresh machine takes a while.
        timeout: 180_000,
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
