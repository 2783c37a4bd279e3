// Checks the README's first command (scripts/run.sh, a development build served by Trunk): the
// page it serves starts the app, which shows the start screen and reaches the arm-swelling section
// of the Harms step, with no script error. scripts/test.sh runs this; usage:
//   node run-command-check.mjs http://127.0.0.1:PORT/
import { chromium, expect } from '@playwright/test';
import { CHROMIUM_ARGS } from './playwright.config.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node run-command-check.mjs URL');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  // The development build is unoptimised: give it longer than the release tests do.
  await expect(page.locator('#loading-shell')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await page.getByRole('navigation', { name: /steps/i }).getByRole('link', { name: 'Harms' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harms' })).toBeVisible();
  // The step's panels are one tap away.
  await page.getByRole('main').getByText('More about: Arm swelling (lymphoedema)').click();
  await expect(page.getByRole('heading', { name: /Arm swelling/ }).first()).toBeVisible();
  if (errors.length) throw new Error(`script errors on the served page:\n${errors.join('\n')}`);
  console.log(`run command: ${url} starts the app and reaches the Harms step`);
} catch (error) {
  console.error(`FAILED: the run command's page at ${url} does not work:\n${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
