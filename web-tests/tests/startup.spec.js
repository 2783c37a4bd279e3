// The start-up guard (web/guard.js): where the browser lacks what the aid needs, or its files do
// not load or will not run, the page says so in plain words (which browsers work, that the care
// team can print a summary) instead of an inert start screen or an endless "Loading…", and asks
// for nothing more, and nothing from anywhere else. The browsers are simulated in Chromium: a
// missing WebAssembly feature by a `WebAssembly.validate` that says no, an old browser's policy by
// the page's own policy without 'wasm-unsafe-eval', a failed download by blocking the wasm.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { mainHeading } from './helpers.js';
import { SINGLE_FILE, requireBuild } from './offline-helpers.js';

const require = createRequire(import.meta.url);
const acorn = require('acorn');

const NOTICE = 'This browser cannot run the aid';
const TOO_OLD = 'This browser is too old to run the aid.';
const FAILED = 'The aid could not start in this browser. Reload the page to try again.';
const CARE_TEAM = 'Your care team can open the aid on another device and print a summary for you.';

/** Every request the page makes, and the notice's parts, for the assertions below. */
function watchRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

async function expectNotice(page, { reason, details }) {
  const notice = page.getByRole('main');
  await expect(notice.getByRole('heading', { level: 1, name: NOTICE })).toBeVisible();
  await expect(notice.getByText(reason === 'too-old' ? TOO_OLD : FAILED)).toBeVisible();
  await expect(notice.getByText(reason === 'too-old' ? FAILED : TOO_OLD)).toBeHidden();
  // What works instead, the same list as About and the README.
  const browsers = notice.getByRole('list');
  await expect(browsers.getByRole('listitem')).toHaveCount(4);
  await expect(browsers).toContainText('Safari 16 or newer');
  await expect(browsers).toContainText('Chrome 97 or newer');
  await expect(browsers).toContainText('Firefox 102 or newer');
  await expect(notice.getByText(CARE_TEAM)).toBeVisible();
  await expect(notice.locator('code')).toContainText(details);
  // Nothing else is on show: not the start screen, not "Loading…".
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByText('Loading…')).toBeHidden();
  await expect(page).toHaveTitle(NOTICE);
}

function expectOwnOriginOnly(requests, origin) {
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
}

test('the guard is written in the JavaScript every browser parses (ES5), so it runs where it is needed', () => {
  const guard = fs.readFileSync('../web/guard.js', 'utf8');
  expect(() => acorn.parse(guard, { ecmaVersion: 5 })).not.toThrow();
  // And the check is real: modern syntax is refused.
  expect(() => acorn.parse('const shown = () => true;', { ecmaVersion: 5 })).toThrow();
});

test('a browser without a WebAssembly feature the aid uses gets the notice and asks for none of its files', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto('./');
  await expectNotice(page, { reason: 'too-old', details: 'reference-types, bulk-memory, multivalue, sign-ext, nontrapping-float-to-int' });
  await expect(mainHeading(page, 'Start')).toBeHidden();
  expect(requests.filter((url) => /\.wasm$|local-therapy-aid-[0-9a-f]+\.js$|texts-/.test(url))).toEqual([]);
  expectOwnOriginOnly(requests, new URL(baseURL).origin);
});

test('a deep link in a browser without modules gets the notice in place of "Loading…"', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.addInitScript(() => { delete HTMLScriptElement.prototype.noModule; });
  await page.goto('./#/values');
  await expectNotice(page, { reason: 'too-old', details: 'module-scripts' });
  expect(requests.filter((url) => url.endsWith('.wasm'))).toEqual([]);
  expectOwnOriginOnly(requests, new URL(baseURL).origin);
});

test("a browser that does not know the policy's 'wasm-unsafe-eval' (Safari 15, Chrome 96) gets the notice", async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  // The page as an old browser reads it: a policy without the word lets no WebAssembly run.
  let policies = [];
  await page.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll(" 'wasm-unsafe-eval'", '');
    policies = html.match(/Content-Security-Policy" content="[^"]*"/g);
    await route.fulfill({ status: 200, contentType: 'text/html', body: html });
  });
  await page.goto('./');
  expect(policies).toHaveLength(1);
  expect(policies[0]).not.toContain('wasm-unsafe-eval');
  await expectNotice(page, { reason: 'too-old', details: 'webassembly-allowed' });
  expect(requests.filter((url) => url.endsWith('.wasm'))).toEqual([]);
  expectOwnOriginOnly(requests, new URL(baseURL).origin);
});

test('when the wasm cannot be downloaded, the start screen gives way to the notice', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.route('**/*.wasm', (route) => route.abort('connectionfailed'));
  await page.goto('./');
  await expectNotice(page, { reason: 'failed', details: '' });
  await expect(mainHeading(page, 'Start')).toBeHidden();
  expectOwnOriginOnly(requests, new URL(baseURL).origin);
});

test('when the wasm is corrupt, a deep link says the aid could not start', async ({ page, baseURL }) => {
  const requests = watchRequests(page);
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not a WebAssembly module') }));
  await page.goto('./#/harms');
  await expectNotice(page, { reason: 'failed', details: '' });
  expectOwnOriginOnly(requests, new URL(baseURL).origin);
});

test('the single-file edition has the same guard and notice', async ({ page }) => {
  requireBuild(SINGLE_FILE, 'run scripts/build-editions.sh (scripts/test.sh does) after the release build');
  const requests = watchRequests(page);
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto(pathToFileURL(SINGLE_FILE).href);
  await expectNotice(page, { reason: 'too-old', details: 'reference-types' });
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
});
