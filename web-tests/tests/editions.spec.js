// The other editions made by scripts/build-editions.sh: the GitHub Pages sub-path build, served
// under /local-therapy-aid/, and the single HTML file opened straight from disk.
import { test, expect, chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import {
  READY, SINGLE_FILE, SITE_CSP, SUBPATH_DIST, SUBPATH_URL, collectErrors, cspOf, expectNoLooseSources, goToStep,
  heading, injectCode, loadUntilReady, next, offlineStatus, openAt, pdfPageCount, privateJourney, recordRequests,
  requireBuild, serve, waitForController, walkSteps, watchViolations,
} from './offline-helpers.js';
import { DEVICE_VOICE, spoken, stubSpeechNow } from './helpers.js';

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const FILE_FETCHES_NOTHING = 'This copy of the aid is a file on this device. It fetches nothing at all, from anywhere, so no website learns that it was opened.';
const BUILD = 'run scripts/build-editions.sh (scripts/test.sh does) after the release build';

test.describe('GitHub Pages sub-path build', () => {
  test.beforeAll(() => requireBuild(path.join(SUBPATH_DIST, 'sw.js'), BUILD));

  test(`loads under ${SUBPATH_URL}, walks the steps, and works offline`, async ({ page, context }) => {
    const errors = collectErrors(page);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    // Only SUBPATH_URL is served: a file asked for at the site root would be a 404.
    const server = await serve(SUBPATH_DIST, SUBPATH_URL);
    try {
      await loadUntilReady(page, server.url);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(server.url);
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', 'manifest.webmanifest');
      expect(await page.evaluate(async () => {
        const manifest = await (await fetch(document.querySelector('link[rel="manifest"]').href)).json();
        return manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`);
      })).toEqual(expect.arrayContaining(['icon-192.png 192x192 any', 'icon-512.png 512x512 any', 'icon-maskable-512.png 512x512 maskable']));
      await walkSteps(page);
      expect(page.url()).toBe(`${server.url}#/summary`);

      // Offline: a reload, and a new tab opened on a deep link.
      await context.setOffline(true);
      await page.reload();
      await expect(heading(page, 'Summary')).toBeVisible();
      await waitForController(page);
      await expect(offlineStatus(page)).toHaveText(READY);
      await goToStep(page, 'Survival');
      await next(page, 'Control of the breast tumour');
      const tab = await context.newPage();
      await tab.goto(`${server.url}#/harms`);
      await expect(heading(tab, 'Harms')).toBeVisible();
      await expect(offlineStatus(tab)).toHaveText(READY);
    } finally {
      await context.setOffline(false);
      await server.stop();
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('GitHub Pages sub-path build: installable', () => {
  test.beforeAll(() => requireBuild(path.join(SUBPATH_DIST, 'sw.js'), BUILD));

  test('Chromium finds it installable, and it asks to open full screen', async () => {
    // Installability is never granted in an incognito context (Playwright's default): use a
    // profile on disk, like a real browser.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lta-profile-'));
    const server = await serve(SUBPATH_DIST, SUBPATH_URL);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      await loadUntilReady(page, server.url);
      expect(await page.evaluate(async () => {
        const manifest = await (await fetch(document.querySelector('link[rel="manifest"]').href)).json();
        return [manifest.display_override, manifest.display];
      })).toEqual([['fullscreen', 'standalone'], 'standalone']);
      const cdp = await context.newCDPSession(page);
      expect((await cdp.send('Page.getAppManifest')).errors, 'manifest errors').toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, 'installability errors').toEqual([]);
    } finally {
      await context.close();
      await server.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe('GitHub Pages sub-path build: privacy', () => {
  test.beforeAll(() => requireBuild(path.join(SUBPATH_DIST, 'sw.js'), BUILD));

  test('ships exactly the expected Content-Security-Policy', () => {
    const csp = cspOf(fs.readFileSync(path.join(SUBPATH_DIST, 'index.html'), 'utf8'));
    expect(csp).toEqual(SITE_CSP);
    expectNoLooseSources(csp);
  });

  test(`a whole consultation under ${SUBPATH_URL} sends nothing anywhere else and breaks no policy`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const server = await serve(SUBPATH_DIST, SUBPATH_URL);
    try {
      const requests = recordRequests(context);
      await watchViolations(context);
      const errors = await openAt(page, server.url);
      expect(await injectCode(page)).toEqual({ directives: ['script-src-attr', 'script-src-elem'], ran: 0 });
      // Those two violations (and their console messages) were on purpose.
      await page.evaluate(() => { window.__violations = []; });
      errors.length = 0;
      await privateJourney(page, server.url);
      const elsewhere = requests.filter((r) => !/^(data|blob):/.test(r.url) && !r.url.startsWith(server.url));
      expect(elsewhere, `requests outside ${server.url} (pages and service worker)`).toEqual([]);
      expect(requests.filter((r) => r.worker).length, 'service-worker requests recorded').toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__violations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

test.describe('single-file edition', () => {
  test.beforeAll(() => requireBuild(SINGLE_FILE, BUILD));

  test('ships a policy that allows only its own inline code, by hash, and no connection at all', async ({ page }) => {
    const html = fs.readFileSync(SINGLE_FILE, 'utf8');
    const csp = cspOf(html);
    // Code: every script but the texts file's data block (type="text/plain", never run).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="text\/plain"/.test(m[1])).map((m) => sha256(m[2]));
    const blocks = [...html.matchAll(/<script\b[^>]*type="text\/plain"[^>]*>/g)].map((m) => m[0]);
    expect(blocks).toEqual(['<script type="text/plain" id="lta-texts">']);
    const styles = [...new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1])))].sort();
    // The start-up guard (a classic script) and the app (a module), in that order.
    expect(scripts).toHaveLength(2);
    expect(csp).toEqual({
      'default-src': ["'none'"],
      'script-src': [scripts[0], scripts[1], "'wasm-unsafe-eval'"],
      'style-src': styles,
      'img-src': ['data:'],
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    expectNoLooseSources(csp);
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await expect(heading(page, 'Start')).toBeVisible();
    expect(await injectCode(page)).toEqual({ directives: ['script-src-attr', 'script-src-elem'], ran: 0 });
  });

  test('opened from disk (file://), walks the journey, prints the summary, and sends nothing', async ({ page }) => {
    const errors = collectErrors(page);
    const requests = [];
    page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await expect(heading(page, 'Start')).toBeVisible();
    await expect(page.locator('#loading-shell')).toHaveCount(0);
    await expect(offlineStatus(page)).toHaveText(
      'This copy runs from a single file or a browser without offline storage: it works as it is, and is not saved for offline use.',
    );
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

    await next(page, 'Your situation');
    await next(page, 'The options');
    await next(page, 'What the studies show');
    await walkSteps(page); // ends on the summary
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPageCount(pdf);
    expect(pages, 'the printed summary has 1 or 2 pages').toBeGreaterThanOrEqual(1);
    expect(pages, 'the printed summary has 1 or 2 pages').toBeLessThanOrEqual(2);
    // The take-home print: no web address to put in a QR code, so it says where to ask; and it
    // can be read aloud with an on-device voice here too.
    await page.getByRole('link', { name: 'For her to take home (large print)' }).click();
    await expect(heading(page, 'To take home')).toBeVisible();
    const again = page.getByRole('region', { name: 'Read this aid again' });
    await expect(again).toContainText('This copy of the aid has no web address to give (it was opened from a file).');
    await expect(again.locator('svg')).toHaveCount(0);
    await stubSpeechNow(page, { voices: [DEVICE_VOICE] });
    await page.getByRole('button', { name: 'Read this page aloud' }).click();
    expect((await spoken(page))[0]).toEqual({ text: 'To take home', voice: DEVICE_VOICE.name });
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), 'the take-home summary prints').toBeGreaterThan(0);
    await goToStep(page, 'Check your understanding');
    // Its privacy words: a file fetches nothing, so no host learns anything.
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}#/privacy`);
    await expect(page.getByText(FILE_FETCHES_NOTHING)).toBeVisible();
    await expect(page.getByText(/tells the website that hosts it/)).toHaveCount(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);

    // The Content-Security-Policy forbids every connection (connect-src 'none').
    const attempt = await page.evaluate(async () => {
      const violation = new Promise((resolve) => document.addEventListener(
        'securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
      const result = await fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'refused');
      return { result, directive: await violation };
    });
    expect(attempt).toEqual({ result: 'refused', directive: 'connect-src' });
    expect(requests).toEqual([]);
  });
});
