// The walk (walk.mjs) in Firefox ESR, driven over WebDriver BiDi by puppeteer-core: no
// geckodriver, no CDP. Run by scripts/engine-walks.sh, which serves the build and sets WALK_URL
// and WALK_SERVER_PID.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { Unsupported, WalkFailure, runEngine } from './common.mjs';
import { walk } from './walk.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

async function open() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  // Errors the engine reports from the very first script on (the walk also watches in the page).
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  const product = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
  // Print-media emulation is a CDP command in puppeteer: say so if it still fails over BiDi (the
  // walk then emulates print media itself).
  const notes = [];
  try {
    await page.emulateMediaType('print');
    await page.emulateMediaType(null);
    notes.push('(page.emulateMediaType works over BiDi now: the walk could use it)');
  } catch (e) {
    notes.push(`print-media emulation by the protocol: page.emulateMediaType('print') fails over BiDi ("${e.message}"); the walk applies the page's @media print rules itself`);
  }
  const handleOf = async (fn, args) => {
    const handle = await page.evaluateHandle(fn, ...args);
    const element = handle.asElement();
    if (!element) {
      await handle.dispose();
      throw new WalkFailure(`the element to act on is gone (${JSON.stringify(args)})`);
    }
    return element;
  };
  return {
    version: `${product} (${await browser.version()}), puppeteer-core over WebDriver BiDi, headless`,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async clickWhere(fn, ...args) {
      const element = await handleOf(fn, args);
      try { await element.click(); } finally { await element.dispose(); }
    },
    async typeWhere(fn, args, text) {
      const element = await handleOf(fn, args);
      try { await element.type(text); } finally { await element.dispose(); }
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async pdf() {
      // browsingContext.print: Firefox prints with its own print engine, as "Save to PDF" does.
      // preferCSSPageSize turns off shrink-to-fit (puppeteer's BiDi default): printed at 100%,
      // so content too wide for the paper is not silently scaled down (the counts are the same
      // either way today: 2 and 5 pages).
      try {
        return Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      } catch (e) {
        throw new Unsupported(`page.pdf() over BiDi failed: ${e.message}`);
      }
    },
    engineErrors: async () => errors,
    notes,
    screenshot: () => page.screenshot({ type: 'png' }),
    close: () => browser.close(),
  };
}

await runEngine('Firefox', open, walk);
