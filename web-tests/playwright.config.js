// End-to-end tests against the release build in ../dist, served on 127.0.0.1 by serve.mjs, a plain
// static server (no rewrites, no compression: like GitHub Pages, minus HTTPS). Debian's Chromium,
// headless.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8123);
/** The study edition (the aid with its field-test mode), built into the site's study/ folder. */
export const STUDY_URL = `http://127.0.0.1:${PORT}/study/`;
// The Spanish edition (content/data/languages/es.toml), a site of its own in es/.
export const SPANISH_URL = `http://127.0.0.1:${PORT}/es/`;
// The built site under test (scripts/test.sh builds ../dist; a different folder can be tested).
export const DIST = process.env.DIST_DIR || '../dist';
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // One results folder per port, so test runs in parallel (by different people) do not collide.
  outputDir: `../target/playwright-results-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
