// Step-change timing: how long from pressing "Next: …" to the next step's heading being painted,
// in headless Chromium with the CPU slowed through the DevTools protocol
// (Emulation.setCPUThrottlingRate).
//
// usage: node step-timing.mjs URL OUT.json [PRESSES] [CPU_RATE]
//   URL: the app's start, e.g. http://127.0.0.1:8000/#/ ; PRESSES default 26 (two full journeys),
//   at least 20; CPU_RATE default 4.
//
// How one press is measured, all inside the page (performance.now()):
//   t0 = a capture-phase click listener (installed by an init script) sees the click on the Next link,
//        before the app's own handler runs;
//   a MutationObserver waits until the h1 is a different element or has a different text;
//   then two requestAnimationFrame callbacks (the second runs after the frame with the new heading
//   was painted) give t1.   Press time = t1 - t0.
// After the last step (no Next link) it goes back to #/ and carries on.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const [url, out, pressesArg, rateArg] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node step-timing.mjs URL OUT.json [PRESSES] [CPU_RATE]');
  process.exit(2);
}
const presses = Math.max(20, Number(pressesArg || 26));
const rate = Number(rateArg || 4);
const NEXT = 'nav[aria-label="Back and next"] a';

function installProbe() {
  const bench = { results: [], waiters: [] };
  window.__bench = bench;
  bench.wait = (n) => new Promise((resolve) => {
    if (bench.results.length >= n) resolve(bench.results[n - 1]);
    else bench.waiters.push([n, resolve]);
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('nav[aria-label="Back and next"] a') : null;
    if (!link || !link.textContent.trim().startsWith('Next:')) return;
    const t0 = performance.now();
    const beforeEl = document.querySelector('h1');
    const before = beforeEl ? beforeEl.textContent : null;
    const target = link.textContent.trim().replace(/^Next:\s*/, '');
    const changed = () => {
      const h1 = document.querySelector('h1');
      return h1 && (h1 !== beforeEl || h1.textContent !== before) && h1.textContent.trim() !== '' ? h1 : null;
    };
    const done = (h1) => {
      const tDom = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const t1 = performance.now();
        bench.results.push({ from: before, to: h1.textContent, link: target, dom_ms: tDom - t0, ms: t1 - t0 });
        bench.waiters = bench.waiters.filter(([n, resolve]) => (bench.results.length >= n ? (resolve(bench.results[n - 1]), false) : true));
      }));
    };
    const observer = new MutationObserver(() => {
      const h1 = changed();
      if (h1) { observer.disconnect(); done(h1); }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, true);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let exitCode = 0;
try {
  // An older tablet held upright.
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  const start = new URL(url);
  const startUrl = start.href.includes('#') ? start.href : `${start.href}#/`;
  await page.goto(startUrl);
  const next = page.locator(NEXT).filter({ hasText: /^\s*Next:/ });
  await next.first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForTimeout(1000); // let start-up work settle

  let wraps = 0;
  for (let i = 1; i <= presses; i++) {
    if ((await next.count()) === 0) {
      // Last step: back to the start, as a new consultation would.
      wraps++;
      const h1 = await page.locator('h1').first().textContent();
      await page.evaluate(() => { location.hash = '#/'; });
      await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, h1, { timeout: 30_000 });
      await next.first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(500);
      if (wraps > presses) throw new Error('no "Next:" link found on the start step');
    }
    await next.first().click();
    await Promise.race([
      page.evaluate((n) => window.__bench.wait(n), i),
      page.waitForTimeout(30_000).then(() => { throw new Error(`press ${i}: the next heading did not appear within 30 s`); }),
    ]);
    await page.waitForTimeout(300); // a person does not press twice within 0.3 s
  }

  const results = await page.evaluate(() => window.__bench.results);
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
  const worst = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const dom = results.map((r) => r.dom_ms).sort((a, b) => a - b);
  const domMedian = dom.length % 2 ? dom[(dom.length - 1) / 2] : (dom[dom.length / 2 - 1] + dom[dom.length / 2]) / 2;
  const mismatches = results.filter((r) => r.to.trim() !== r.link);
  const summary = {
    url: startUrl, cpu_throttling_rate: rate, viewport: '768x1024@2x', presses: results.length,
    median_ms: median, worst_ms: worst.ms, worst_press: `${worst.from} -> ${worst.to}`,
    mean_ms: ms.reduce((a, b) => a + b, 0) / ms.length, heading_in_dom_median_ms: domMedian,
    page_errors: errors, presses_detail: results,
  };
  writeFileSync(out, JSON.stringify(summary, null, 2));
  console.log(`  ${results.length} presses of "Next" at ${rate}x CPU slowdown (viewport 768x1024 @2x), click -> new h1 painted:`);
  console.log(`  median ${median.toFixed(1)} ms   worst ${worst.ms.toFixed(1)} ms (${worst.from} -> ${worst.to})   mean ${summary.mean_ms.toFixed(1)} ms`);
  console.log(`  (new heading in the DOM, before paint: median ${domMedian.toFixed(1)} ms)`);
  console.log(`  each press (ms): ${results.map((r) => r.ms.toFixed(0)).join(' ')}`);
  if (mismatches.length) console.log(`  note: ${mismatches.length} press(es) led to a heading other than the link's name, e.g. "${mismatches[0].link}" -> "${mismatches[0].to}"`);
  if (errors.length) console.log(`  page errors: ${errors.join(' | ')}`);
} catch (e) {
  console.error(`step timing failed: ${e.message}`);
  exitCode = 1;
} finally {
  await browser.close();
}
process.exit(exitCode);
