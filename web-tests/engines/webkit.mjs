// The walk (walk.mjs) in WebKitGTK: a small classic W3C WebDriver client (Node's fetch) for
// WebKitWebDriver, which starts MiniBrowser. Needs an X display: scripts/engine-walks.sh runs it
// under xvfb-run, serves the build and sets WALK_URL and WALK_SERVER_PID.
import { spawn } from 'node:child_process';
import { Unsupported, WalkFailure, freePort, runEngine, waitFor } from './common.mjs';
import { walk } from './walk.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// MiniBrowser's window cannot be narrower than its toolbar (447 px), so a page 390 px wide needs
// zooming: WebKitGTK zooms web content by GTK's font DPI scale, so at 1.5 a 585 px window lays the
// page out at 390 CSS px (window.innerWidth is 390; media queries see 390), as a phone with 1.5
// device pixels per CSS pixel would.
const DPI_SCALE = '1.5';
// The W3C WebDriver name of an element reference in a JSON result.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Runs in the page: scrolls the element to the middle of the view and says where its centre is,
 *  in CSS pixels, and whether a click there reaches it (or the label it is in). */
function centreOf(element) {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const r = element.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const reaches = !!hit && (hit === element || element.contains(hit) || (hit.tagName === 'LABEL' && hit.contains(element)));
  return { x, y, reaches, hit: hit ? hit.outerHTML.slice(0, 120) : 'nothing' };
}

/** A WebDriver error, with the driver's error code and message. */
class DriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error || 'error'}: ${value?.message || JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

/** The classic W3C WebDriver client: one JSON request per command. */
function client(base) {
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json().catch(() => ({ value: { error: `HTTP ${response.status}`, message: 'no JSON answer' } }));
    if (!response.ok) throw new DriverError(`${method} ${path.replace(/^\/session\/[^/]+/, '/session/{id}')}`, json.value);
    return json.value;
  };
}

async function open() {
  const port = await freePort();
  const output = [];
  const driver = spawn(DRIVER, [`--port=${port}`], {
    env: { ...process.env, GDK_DPI_SCALE: DPI_SCALE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for a failure message: WebKitWebDriver says why it could not start a browser here.
  for (const stream of [driver.stdout, driver.stderr]) stream.on('data', (chunk) => { output.push(String(chunk)); });
  const exited = new Promise((resolve) => { driver.once('exit', resolve); });
  const stopDriver = async () => {
    if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGTERM');
    await exited;
  };
  process.once('exit', () => { if (driver.exitCode === null) driver.kill('SIGKILL'); });

  const call = client(`http://127.0.0.1:${port}`);
  let id;
  try {
    await waitFor(() => call('GET', '/status'), (s) => s?.ready, { timeout: 10_000, what: `WebKitWebDriver to listen on port ${port}` });
    const session = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] } } },
    });
    id = session.sessionId;
    const caps = session.capabilities;
    await call('POST', `/session/${id}/timeouts`, { script: 30_000, pageLoad: 60_000 });
    const command = (method, path, body) => call(method, `/session/${id}${path}`, body);
    const execute = (fn, args) => command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
    const elementOf = async (fn, args) => {
      const found = await execute(fn, args);
      if (!found || !found[ELEMENT]) throw new WalkFailure(`the element to act on is gone (${JSON.stringify(args)})`);
      return found[ELEMENT];
    };
    const inner = () => execute(() => [window.innerWidth, window.innerHeight], []);
    // Window pixels per CSS pixel (measured by setViewport; the window is as wide as the page).
    let zoom = Number(DPI_SCALE);
    let narrowest = null;

    return {
      version: `WebKitGTK ${caps.browserVersion} (${caps.browserName} under Xvfb, page zoom ${DPI_SCALE} via GDK_DPI_SCALE), WebKitWebDriver over classic W3C WebDriver`,
      goto: (url) => command('POST', '/url', { url }),
      reload: () => command('POST', '/refresh', {}),
      evaluate: (fn, ...args) => execute(fn, args),
      async clickWhere(fn, ...args) {
        // Not Element Click: WebKitWebDriver 2.50 places its clicks (and pointer actions) in
        // window pixels, not CSS pixels, so on a zoomed page Element Click lands beside the
        // element (measured: a click on "Begin" at 1.5 did nothing; "Short consultation" said
        // "element not interactable"). So: scroll the element into view, check that a click at
        // its centre would reach it (as Element Click does), and press the mouse there with
        // pointer actions, in window pixels. The events are the engine's own (trusted) input.
        const element = await elementOf(fn, args);
        const at = await execute(centreOf, [{ [ELEMENT]: element }]);
        if (!at.reaches) throw new WalkFailure(`a click on the element would land on ${at.hit} instead`);
        const x = Math.round(at.x * zoom);
        const y = Math.round(at.y * zoom);
        await command('POST', '/actions', {
          actions: [{
            type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
            actions: [{ type: 'pointerMove', x, y, origin: 'viewport' }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
          }],
        });
        await command('DELETE', '/actions');
      },
      async typeWhere(fn, args, text) {
        await command('POST', `/element/${await elementOf(fn, args)}/value`, { text });
      },
      async setViewport(width, height) {
        // How narrow the window can be (asked for 1 px, it answers with its minimum: 447 here).
        narrowest = (await command('POST', '/window/rect', { width: 1, height })).width;
        // The window includes the toolbar and the page is zoomed: size the window, measure the
        // page's viewport, and correct (twice at most) until it is width × height CSS pixels.
        let rect = { width: Math.round(width * Number(DPI_SCALE)), height: Math.round(height * Number(DPI_SCALE)) + 40 };
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const set = await command('POST', '/window/rect', rect);
          const [w, h] = await inner();
          zoom = set.width / w;
          if (w === width && h === height) return;
          rect = { width: Math.round(set.width + (width - w) * zoom), height: Math.round(set.height + (height - h) * zoom) };
        }
        const [w, h] = await inner();
        if (w !== width) throw new WalkFailure(`could not make the page ${width} px wide in MiniBrowser: it is ${w} × ${h} px`);
      },
      async pdf() {
        // W3C WebDriver "Print Page" (POST /session/{id}/print): WebKitWebDriver may not have it.
        try {
          return Buffer.from(await command('POST', '/print', { page: { width: 21.0, height: 29.7 } }), 'base64');
        } catch (e) {
          if (e instanceof DriverError && e.code === 'unknown command') {
            throw new Unsupported(`WebKitWebDriver ${caps.browserVersion} has no W3C Print Page command (POST /session/{id}/print answers "unknown command"): the prints are checked by print-media emulation only, with no page count`);
          }
          throw e;
        }
      },
      // Classic WebDriver has no console or error events; MiniBrowser's console never reaches the
      // driver's output (--enable-write-console-messages-to-stdout=true printed nothing here).
      engineErrors: async () => null,
      get notes() {
        return [
          `a window narrower than ${narrowest} px (measured): MiniBrowser's toolbar sets that minimum, so the page is zoomed ${DPI_SCALE}× (GDK_DPI_SCALE) to lay out at 390 CSS px`,
          'Element Click on a zoomed page: WebKitWebDriver places clicks in window pixels, not CSS pixels; clicks are sent as pointer actions at the element\'s centre × zoom, after checking that the centre reaches the element',
        ];
      },
      screenshot: async () => Buffer.from(await command('GET', '/screenshot'), 'base64'),
      async close() {
        try {
          await command('DELETE', '');
        } finally {
          await stopDriver();
        }
      },
    };
  } catch (e) {
    if (id) await call('DELETE', `/session/${id}`).catch(() => {});
    await stopDriver();
    throw new Error(`${e.message}\nWebKitWebDriver said: ${output.join('').trim() || '(nothing)'}`);
  }
}

await runEngine('WebKit', open, walk);
