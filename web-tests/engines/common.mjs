// Shared plumbing for the engine walks (Firefox over WebDriver BiDi, WebKitGTK over classic
// WebDriver): polling instead of sleeping, failures that say where and what, reading a PDF's
// text with poppler's pdftotext, stopping the test server for real, and the run wrapper that
// times a walk and sets the exit code.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A failed expectation of the walk: its message names the screen and what was expected and seen. */
export class WalkFailure extends Error {}

/** An engine that has no way to do something (printing to PDF, say): reported, not failed. */
export class Unsupported extends Error {}

/**
 * Polls `probe` (async) until `ok(value)` holds, and returns the value. No fixed sleeps: the next
 * poll starts as soon as the last one has answered, after a short pause that only keeps the
 * engine from being flooded. On timeout, throws a WalkFailure naming `what` was awaited and,
 * with `seen(lastValue)`, what was there instead.
 */
export async function waitFor(probe, ok, { timeout = 10_000, interval = 40, what = 'the condition', seen = (v) => JSON.stringify(v) } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (e) {
      // A probe can fail while a page is being replaced (a reload, a navigation): poll again.
      if (e instanceof WalkFailure) throw e;
      lastError = e;
    }
    if (Date.now() > deadline) {
      const saw = lastError ? `an error: ${lastError.message}` : seen(last);
      throw new WalkFailure(`expected ${what} within ${timeout} ms; saw ${saw}`);
    }
    await new Promise((resolve) => { setTimeout(resolve, interval); });
  }
}

/** The text of each page of a PDF, via pdftotext (poppler-utils), with ligatures unfolded and
 *  white space collapsed, so that wrapped sentences are still found. In the order the text was
 *  drawn (-raw), which follows the page's own order: the physical order would interleave the
 *  lines of side-by-side columns (the summary's ticked questions are in two). */
export function pdfPages(buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-walk-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    fs.writeFileSync(file, buffer);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return text.split('\f').slice(0, -1).map((page) => page.normalize('NFKC').replace(/\s+/g, ' ').trim());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A free TCP port on 127.0.0.1 (for the WebDriver server). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether something answers on the URL's port (a bare TCP connect: no HTTP, no caching). */
export function answers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Stops the HTTP server the script started for this walk (its process id is in WALK_SERVER_PID)
 * and waits until its port refuses connections, so that "offline" really means nothing answers.
 */
export async function stopServer(url) {
  const pid = Number(process.env.WALK_SERVER_PID);
  if (!pid) throw new WalkFailure('WALK_SERVER_PID is not set: cannot stop the server for the offline check');
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    if (e.code !== 'ESRCH') throw e;
  }
  await waitFor(() => answers(url), (up) => !up, { timeout: 10_000, what: `the server at ${url} to stop answering` });
}

/**
 * Runs one engine's walk: opens the engine with `open()` (which returns the driver), runs
 * `walk(driver)`, closes the engine, prints what was covered, what the engine cannot do and the
 * time taken, and exits 1 on any failure (with a screenshot saved when the engine can take one).
 */
export async function runEngine(name, open, walk) {
  const started = Date.now();
  const artifacts = path.resolve(process.env.WALK_ARTIFACTS || 'target/engine-walks');
  // Files the walk makes (the PDFs), kept for a person to look at: <engine>-<name>.
  const save = (file, data) => {
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, `${name.toLowerCase()}-${file}`), data);
  };
  // A screenshot of an earlier run's failure would mislead.
  fs.rmSync(path.join(artifacts, `${name.toLowerCase()}-failure.png`), { force: true });
  let driver;
  let failed = false;
  try {
    if (!process.env.WALK_URL) throw new Error('WALK_URL is not set: run the walks with scripts/engine-walks.sh');
    driver = await open();
    console.log(`[${name}] engine: ${driver.version}`);
    const report = await walk(driver, { url: process.env.WALK_URL, log: (line) => console.log(`[${name}] ${line}`), save });
    for (const line of report.covered) console.log(`[${name}] covered: ${line}`);
    for (const line of report.cannot) console.log(`[${name}] cannot: ${line}`);
  } catch (e) {
    failed = true;
    console.error(`[${name}] FAILED: ${e instanceof WalkFailure ? e.message : e.stack}`);
    if (driver?.screenshot) {
      try {
        save('failure.png', await driver.screenshot());
        console.error(`[${name}] screenshot of the failure: ${path.join(artifacts, `${name.toLowerCase()}-failure.png`)}`);
      } catch (e2) {
        console.error(`[${name}] (no screenshot: ${e2.message})`);
      }
    }
  } finally {
    if (driver) {
      try { await driver.close(); } catch (e) { console.error(`[${name}] closing the engine failed: ${e.message}`); }
    }
  }
  console.log(`[${name}] walk ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s (engine start included)`);
  process.exitCode = failed ? 1 : 0;
}
