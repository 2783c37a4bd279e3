// Helpers for the offline and editions tests: a small static server the test controls (so it can
// be stopped, or serve a copy that is then changed), service-worker waits, and walking the steps.
import { expect } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_TESTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(WEB_TESTS, '..');

/** The release build under test (as in playwright.config.js: DIST_DIR, relative to web-tests/). */
export const DIST = path.resolve(WEB_TESTS, process.env.DIST_DIR || '../dist');
/** The GitHub Pages sub-path build and the single file made by scripts/build-editions.sh (same
 *  environment variables, relative to the repository root). */
export const SUBPATH_DIST = path.resolve(ROOT, process.env.SUBPATH_DIST || 'target/dist-subpath');
export const SUBPATH_URL = process.env.SUBPATH_URL || '/local-therapy-aid/';
export const SINGLE_FILE = path.resolve(ROOT, process.env.SINGLE_FILE || 'dist-single/local-therapy-aid.html');

export const READY = 'Ready to use offline.';
export const UPDATE_NOTICE = 'A new version of this aid is ready. It will be used the next time the aid is opened, or after End session.';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Fails with a clear message when a build the test needs is missing. */
export function requireBuild(file, how) {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: ${how}`);
}

/**
 * Serves the files of `dir` under `prefix` (e.g. '/local-therapy-aid/') on 127.0.0.1, on a free
 * port. Anything outside the prefix is a 404, so a file fetched from the wrong place shows up.
 * Returns { url, stop() }; stop() really closes the server and every open connection.
 */
export async function serve(dir, prefix = '/') {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!p.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    p = p.slice(prefix.length);
    if (p === '' || p.endsWith('/')) p += 'index.html';
    const file = path.resolve(root, p);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404); res.end(); return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Collects page errors and console errors. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/** The h1 of the page on show. */
export const heading = (page, title) => page.getByRole('heading', { level: 1, name: title, exact: true });
/** The footer's offline indicator. */
export const offlineStatus = (page) => page.locator('.shell__offline');

/** Waits until a service worker controls the page. */
export async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Opens `url`, waits for the app, for the service worker to control the page and for the footer to
 * say "Ready to use offline.". (On a very slow first visit the app may still say "Saving a copy…":
 * the worker is then active and complete, and a reload shows the real state.)
 */
export async function loadUntilReady(page, url) {
  await page.goto(url);
  await expect(heading(page, 'Start')).toBeVisible();
  await waitForController(page);
  const status = offlineStatus(page);
  await expect(status).toHaveText(/^(Ready to use offline\.|Saving a copy for offline use)/);
  if (!(await status.textContent()).startsWith(READY)) {
    await page.reload();
    await expect(heading(page, 'Start')).toBeVisible();
  }
  await expect(status).toHaveText(READY);
}

/** Asks the service worker that controls the page for its status: {version, total, missing}. */
export function workerStatus(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const worker = navigator.serviceWorker.controller;
    if (!worker) { reject(new Error('no service worker controls the page')); return; }
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage({ type: 'status' }, [channel.port2]);
  }));
}

/** Goes to a step with its link in the "Steps" navigation ("5. Survival") and waits for its h1. */
export async function goToStep(page, title) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('navigation', { name: 'Steps' })
    .getByRole('link', { name: new RegExp(`^\\d+\\. ${escaped}$`) }).click();
  await expect(heading(page, title)).toBeVisible();
}

/** Follows "Next: <title>" and waits for that step's h1. */
export async function next(page, title) {
  await page.getByRole('link', { name: `Next: ${title}`, exact: true }).click();
  await expect(heading(page, title)).toBeVisible();
}

/** Walks a few steps of the journey, through both kinds of links. */
export async function walkSteps(page) {
  await goToStep(page, 'Survival');
  await next(page, 'Control of the breast tumour');
  await goToStep(page, 'Harms');
  await expect(page.getByRole('heading', { level: 2, name: 'Arm swelling (lymphoedema)' })).toBeVisible();
  await goToStep(page, 'Summary');
}

/** Number of pages in a PDF made by Chromium (its /Type /Page objects, not /Pages). */
export function pdfPageCount(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}
