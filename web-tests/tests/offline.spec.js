// The offline edition: after one visit the aid works with the network off and with the server
// gone; the footer says whether it is ready; an update never swaps in mid-session.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DIST, READY, UPDATE_NOTICE, collectErrors, goToStep, heading, loadUntilReady, offlineStatus, requireBuild, serve,
  waitForController, walkSteps, workerStatus,
} from './offline-helpers.js';

/** Fetches a file that is in no cache: 'failed' when there is no network or no server. */
const probe = (page) => page.evaluate(() => fetch(`nothing-here-${Date.now()}`).then(() => 'answered', () => 'failed'));

test.beforeAll(() => requireBuild(path.join(DIST, 'sw.js'), 'build the app first (trunk build --release --offline)'));

/** The built files of the site in `dir`, but a sub-folder with a page of its own (the study
 * edition, study/), which is a site of its own with its own service worker. */
function siteFiles(dir) {
  const sites = fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'index.html')));
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && !['sw.js', '.nojekyll'].includes(f))
    .filter((f) => !sites.some((site) => f.startsWith(`${site}${path.sep}`)))
    .map((f) => f.split(path.sep).join('/'));
}

test('the service worker precaches every built file, and only those', async ({ page }) => {
  const built = siteFiles(DIST);
  await loadUntilReady(page, './');
  const listed = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('lta-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname.replace(/^\//, '') || './');
  });
  expect(listed.sort()).toEqual(['./', ...built].sort());
  const status = await workerStatus(page);
  expect(status).toEqual({ version: expect.stringMatching(/^[0-9a-f]{12}$/), total: built.length + 1, missing: 0 });
  expect(await page.evaluate(() => caches.keys())).toEqual([`lta-${status.version}`]);
});

test('the study edition is a site of its own offline: its worker precaches its files in its own cache, which the public site leaves alone', async ({ page }) => {
  const study = path.join(DIST, 'study');
  requireBuild(path.join(study, 'sw.js'), 'build the study edition first (scripts/build-study.sh dist /)');
  // The study edition first, then the public site, whose new worker clears only its own old caches.
  await loadUntilReady(page, './study/');
  const studyStatus = await workerStatus(page);
  expect(studyStatus).toEqual({ version: expect.stringMatching(/^[0-9a-f]{12}$/), total: siteFiles(study).length + 1, missing: 0 });
  await loadUntilReady(page, './');
  const status = await workerStatus(page);
  expect((await page.evaluate(() => caches.keys())).sort()).toEqual([`lta-${status.version}`, `lta-study-${studyStatus.version}`].sort());
  const studyFiles = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  }, `lta-study-${studyStatus.version}`);
  expect(studyFiles.sort()).toEqual(['/study/', ...siteFiles(study).map((f) => `/study/${f}`)].sort());
  // Back in the study edition, with the server's answers refused: still whole.
  await page.context().setOffline(true);
  await page.goto('./study/#/settings');
  await expect(heading(page, 'Clinic settings')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Study code' })).toBeVisible();
  await page.context().setOffline(false);
});

test('after one visit, the aid reloads and walks its steps with the network off', async ({ page, context }) => {
  const errors = collectErrors(page);
  await loadUntilReady(page, './');
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(heading(page, 'Start')).toBeVisible();
    await waitForController(page);
    await expect(offlineStatus(page)).toHaveText(READY);
    await walkSteps(page);
    expect(errors).toEqual([]);
    // Really offline: anything not in the cache fails.
    expect(await probe(page)).toBe('failed');
  } finally {
    await context.setOffline(false);
  }
});

test('after one visit, the aid reloads and walks its steps with the server stopped', async ({ page }) => {
  const errors = collectErrors(page);
  const server = await serve(DIST);
  try {
    await loadUntilReady(page, server.url);
  } finally {
    await server.stop();
  }
  await page.reload();
  await expect(heading(page, 'Start')).toBeVisible();
  await waitForController(page);
  await expect(offlineStatus(page)).toHaveText(READY);
  await walkSteps(page);
  // A new tab, with the server still gone, opens the aid too.
  const second = await page.context().newPage();
  await second.goto(`${server.url}#/harms`);
  await expect(heading(second, 'Harms')).toBeVisible();
  expect(errors).toEqual([]);
  // Really gone: anything not in the cache fails.
  expect(await probe(page)).toBe('failed');
});

test('the ready indicator turns into a warning when the offline copy is deleted, and back after a reload online', async ({ page }) => {
  await loadUntilReady(page, './');
  const { total } = await workerStatus(page);
  await expect(offlineStatus(page)).not.toHaveClass(/shell__offline--warning/);
  await page.evaluate(async () => { for (const key of await caches.keys()) await caches.delete(key); });
  await page.reload();
  await expect(heading(page, 'Start')).toBeVisible();
  const status = offlineStatus(page);
  await expect(status).toHaveText(
    `Not ready for offline use: ${total} of ${total} files are missing from this device. Connect to the internet and reload the page.`,
  );
  await expect(status).toHaveClass(/shell__offline--warning/);
  // The worker fetches the missing files again (we are online): a reload is then ready again.
  await expect.poll(() => page.evaluate(async () => {
    const key = (await caches.keys()).find((k) => k.startsWith('lta-'));
    return key ? (await (await caches.open(key)).keys()).length : 0;
  })).toBe(total);
  await page.reload();
  await expect(heading(page, 'Start')).toBeVisible();
  await expect(status).toHaveText(READY);
});

test('the copy evicted while the page is open shows as a warning when the page is seen again', async ({ page }) => {
  await loadUntilReady(page, './');
  const { total } = await workerStatus(page);
  const status = offlineStatus(page);
  await page.evaluate(async () => { for (const key of await caches.keys()) await caches.delete(key); });
  // The page comes back into view (the clinician returns to the tab, or wakes the tablet).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(status).toHaveText(
    `Not ready for offline use: ${total} of ${total} files are missing from this device. Connect to the internet and reload the page.`,
  );
  await expect(status).toHaveClass(/shell__offline--warning/);
  // The worker fetches the files again (we are online); the next time the page is seen, it is ready.
  await expect.poll(() => page.evaluate(async () => {
    const key = (await caches.keys()).find((k) => k.startsWith('lta-'));
    return key ? (await (await caches.open(key)).keys()).length : 0;
  })).toBe(total);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(status).toHaveText(READY);
});

test('offline too, after the next-review date every screen and the printout say the evidence may be out of date', async ({ page, context }) => {
  await page.clock.setFixedTime(new Date('2028-02-01T10:00:00'));
  await loadUntilReady(page, './');
  const stale = page.getByRole('note').filter({ hasText: 'It may be out of date' });
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(heading(page, 'Start')).toBeVisible();
    await waitForController(page);
    expect(await probe(page)).toBe('failed');
    await expect(stale).toBeVisible();
    for (const title of ['Survival', 'Harms', 'Summary']) {
      await goToStep(page, title);
      await expect(stale).toBeVisible();
    }
    await page.emulateMedia({ media: 'print' });
    await expect(stale).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test('an update waits: the page does not change mid-session, and End session switches to it', async ({ page }) => {
  const errors = collectErrors(page);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lta-update-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const server = await serve(copy);
  try {
    await loadUntilReady(page, server.url);
    const before = await workerStatus(page);
    // Mid-consultation: on a step, with something on the page that a reload would lose.
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /^\d+\. Harms$/ }).click();
    await expect(heading(page, 'Harms')).toBeVisible();
    await page.evaluate(() => { window.__sameDocument = true; });

    // A new release: another service-worker version and a changed page.
    const next = `${before.version}-next`;
    const sw = fs.readFileSync(path.join(copy, 'sw.js'), 'utf8');
    expect(sw).toContain(`const VERSION = "${before.version}";`);
    fs.writeFileSync(path.join(copy, 'sw.js'), sw.replace(`const VERSION = "${before.version}";`, `const VERSION = "${next}";`));
    const index = fs.readFileSync(path.join(copy, 'index.html'), 'utf8');
    fs.writeFileSync(path.join(copy, 'index.html'), index.replace('</head>', '<meta name="lta-test-release" content="next" />\n</head>'));

    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await expect.poll(() => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration.waiting ? registration.waiting.state : null;
    })).toBe('installed');
    await expect(page.getByText(UPDATE_NOTICE)).toBeVisible();

    // Nothing changed under the clinician's feet: same document, same step, same worker and cache.
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(heading(page, 'Harms')).toBeVisible();
    await expect(page.locator('meta[name="lta-test-release"]')).toHaveCount(0);
    expect((await workerStatus(page)).version).toBe(before.version);
    await expect(offlineStatus(page)).toHaveText(READY);

    // End session: the new version takes over and the page reloads from it.
    await page.getByRole('button', { name: 'End session', exact: true }).click();
    await page.getByRole('button', { name: 'End session and clear answers' }).click();
    await expect(page.locator('meta[name="lta-test-release"]')).toHaveCount(1);
    await expect(heading(page, 'Start')).toBeVisible();
    await waitForController(page);
    expect(await page.evaluate(() => window.__sameDocument)).toBeUndefined();
    expect((await workerStatus(page)).version).toBe(next);
    await expect(offlineStatus(page)).toHaveText(READY);
    await expect(page.getByText(UPDATE_NOTICE)).toHaveCount(0);
    // The previous version's cache is gone.
    expect(await page.evaluate(() => caches.keys())).toEqual([`lta-${next}`]);
  } finally {
    await server.stop();
    fs.rmSync(copy, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});
