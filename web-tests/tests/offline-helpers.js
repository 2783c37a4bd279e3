// Helpers for the offline and editions tests: a small static server the test controls (so it can
// be stopped, or serve a copy that is then changed), service-worker waits, and walking the steps.
import { expect } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as shared from './helpers.js';

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
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
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
  // The step's panels are one tap away.
  await page.getByRole('main').getByText('More about: Arm swelling (lymphoedema)').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Arm swelling (lymphoedema)' })).toBeVisible();
  // The words loaded after the first paint (from the offline cache, or inlined in the single
  // file) are there too: the clinician view of this step shows many of them with every
  // disclosure open (texts.spec.js), and none may say it is loading or did not load.
  await shared.setView(page, 'Clinician view');
  await shared.openAll(page);
  await expect(page.getByRole('main').getByText('Loading…')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Not loaded on this device yet.');
  await shared.setView(page, 'Patient view');
  await goToStep(page, 'Summary');
}

/** Number of pages in a PDF made by Chromium (its /Type /Page objects, not /Pages). */
export function pdfPageCount(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

// ---------------------------------------------------------------------------------------------
// Privacy helpers shared by privacy.spec.js and editions.spec.js: the Content-Security-Policy
// as built, what the browser does with injected code, and a full private journey.

/** The Content-Security-Policy the web builds ship (dist/ and the sub-path build), exactly. */
export const SITE_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The one meta Content-Security-Policy of a built page, as { directive: [sources] }. */
export function cspOf(html) {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas.length, 'exactly one CSP meta tag').toBe(1);
  const directives = metas[0][1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));
  const names = directives.map(([name]) => name);
  expect(new Set(names).size, `no directive twice: ${names}`).toBe(names.length);
  return Object.fromEntries(directives.map(([name, ...sources]) => [name, sources]));
}

/** Fails on any loose source: 'unsafe-*' (only 'wasm-unsafe-eval' is allowed), a scheme or host of
 *  the network, or a wildcard; and unless object-src, base-uri and form-action are locked. */
export function expectNoLooseSources(csp) {
  const loose = Object.entries(csp).flatMap(([name, sources]) => sources
    .filter((s) => /^'unsafe-/.test(s) || /^(https?|wss?|blob|filesystem):/i.test(s) || s.includes('*') || /^[a-z0-9.-]+\.[a-z]{2,}/i.test(s))
    .map((s) => `${name} ${s}`));
  expect(loose, 'loose CSP sources').toEqual([]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['form-action']).toEqual(["'none'"]);
  expect(csp['base-uri'], 'base-uri is set').toBeDefined();
  expect(["'self'", "'none'"]).toContain(csp['base-uri'][0]);
}

/**
 * Injects an inline <script> and an <img> with an onerror attribute into the page and returns the
 * directives the browser reported (securitypolicyviolation) and whether either one ran.
 */
export async function injectCode(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    window.__injectedRan = 0;
    const done = () => {
      document.removeEventListener('securitypolicyviolation', listen);
      script.remove();
      img.remove();
      resolve({ directives: [...new Set(seen)].sort(), ran: window.__injectedRan });
    };
    const listen = (e) => {
      seen.push(e.effectiveDirective);
      if (seen.includes('script-src-elem') && seen.includes('script-src-attr')) setTimeout(done, 50);
    };
    document.addEventListener('securitypolicyviolation', listen);
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan += 1;';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__injectedRan += 10;');
    img.alt = '';
    img.src = 'data:image/png;base64,AAAA'; // not an image: fires "error"
    document.body.append(img);
    setTimeout(done, 3000); // if a violation never comes, report what did
  }));
}

/** Elements of the page with an inline event-handler attribute (on...), as "tag attr". */
export function inlineHandlers(page) {
  return page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]
    .filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()} ${a.name}`)));
}

/** Records CSP violations in every page of the context from the very start. */
export async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
}

/** Every request made in the context, the service worker's own included (Chromium reports
 *  them on the context, with request.serviceWorker()). */
export function recordRequests(context) {
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), worker: r.serviceWorker() !== null }));
  return requests;
}

/**
 * A whole consultation as a clinic would run it, at the app served at `base` (ends with '/'):
 * everything filled in, a glossary word opened, every number format, the knowledge check, every
 * screen in the clinician view, the summary printed to PDF, then End session. Checks on the way
 * that no element carries an inline event handler (the hostile notes included).
 */
export async function privateJourney(page, base) {
  await shared.fillSession(page); // ends on the summary, notes included
  await expect(page.locator('.summary__notes')).toHaveText(shared.NOTES);
  expect(await inlineHandlers(page), 'inline handlers on the summary').toEqual([]);

  await shared.goToStep(page, 'Harms');
  const term = page.getByRole('main').locator('button.term').first();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const formats = page.getByRole('group', { name: 'Show numbers as' });
  for (const format of ['Table', 'Words', 'Pictures']) {
    await formats.getByRole('button', { name: format }).click();
    await expect(formats.getByRole('button', { name: format })).toHaveAttribute('aria-pressed', 'true');
  }

  await shared.goToStep(page, 'Check your understanding');
  await shared.choose(page, 'In most trials, did women who had the breast treated live longer?', 'No clear gain on average');
  await expect(page.getByText("✓ That's right.")).toBeVisible();

  await shared.setView(page, 'Clinician view');
  for (const { hash, title } of [...shared.STEPS, ...shared.OTHER_ROUTES]) {
    await page.goto(`${base}${hash}`);
    await expect(heading(page, title)).toBeVisible();
  }

  await shared.goToStep(page, 'Summary');
  await expect(page.locator('.summary__notes')).toHaveText(shared.NOTES);
  // Read aloud, with an on-device voice (the stub stands in for the browser's speech).
  await shared.stubSpeechNow(page, { voices: [shared.CLOUD_VOICE, shared.DEVICE_VOICE] });
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  const said = await shared.spoken(page);
  expect(said.map((s) => s.text).join(' '), 'her notes are read aloud').toContain('Bring my daughter & my list.');
  expect(new Set(said.map((s) => s.voice)), 'only the on-device voice speaks').toEqual(new Set([shared.DEVICE_VOICE.name]));
  await page.getByRole('button', { name: 'Stop reading aloud' }).click();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPageCount(pdf), 'the summary prints').toBeGreaterThan(0);
  expect(await inlineHandlers(page), 'inline handlers on the clinician summary').toEqual([]);

  // The take-home print, with the QR code to the address the aid is served from; a file opened
  // from disk has none, and says where to ask.
  await page.getByRole('link', { name: 'For her to take home (large print)' }).click();
  await expect(heading(page, 'To take home')).toBeVisible();
  await expect(page.locator('.take-home__notes')).toHaveText(shared.NOTES);
  const again = page.getByRole('region', { name: 'Read this aid again' });
  if (base.startsWith('file:')) {
    await expect(again).toContainText('This copy of the aid has no web address to give (it was opened from a file).');
    await expect(again.locator('svg')).toHaveCount(0);
  } else {
    expect(await shared.decodeQr(again), 'the QR code opens the aid, and holds nothing else').toBe(new URL('./', page.url()).href);
  }
  const takeHome = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(takeHome), 'the take-home summary prints').toBeGreaterThan(0);
  expect(await inlineHandlers(page), 'inline handlers on the take-home summary').toEqual([]);

  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('dialog', { name: 'End this session?' })
    .getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(heading(page, 'Start')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  expect(await inlineHandlers(page), 'inline handlers after End session').toEqual([]);
}

/** Opens the app at `url`, waits for it, and returns the page and console errors from then on. */
export async function openAt(page, url) {
  const errors = collectErrors(page);
  await page.goto(url);
  // The loading shell goes first: until then its heading and the app's are both in the page.
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return errors;
}
