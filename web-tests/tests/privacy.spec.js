// Privacy, safety and robustness: nothing leaves the device, nothing lingers after the
// session ends, and bad stored data, disabled or full storage, hostile notes, odd addresses and
// stale evidence are all handled in the browser.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open } from './helpers.js';
import {
  DIST, SITE_CSP, cspOf, expectNoLooseSources, injectCode, inlineHandlers, loadUntilReady, privateJourney,
  recordRequests, serve, watchViolations, workerStatus,
} from './offline-helpers.js';

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

/** Fills in some patient data: a situation answer, a rating and a note. */
async function enterAnswers(page) {
  await page.goto('./#/situation');
  await page.getByRole('group', { name: /Where has the cancer spread/ }).getByLabel('Bone only').check();
  await page.goto('./#/values');
  await page.getByRole('group', { name: /Avoiding an operation/ }).getByLabel('Very important').check();
  await page.goto('./#/questions');
  await page.getByLabel(/My notes/).fill('Private note: ask about travel');
  await expect(page.getByLabel(/My notes/)).toHaveValue('Private note: ask about travel');
}

/** Everything this origin has in storage, by area. */
async function storageSnapshot(page) {
  return page.evaluate(async () => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage),
    indexedDb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    sessionText: Object.values(sessionStorage).join(' '),
  }));
}

test('a whole consultation sends nothing to another origin, breaks no policy and leaves no inline handler', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL).origin;
  const requests = recordRequests(context);
  await watchViolations(context);
  const errors = await open(page);
  await privateJourney(page, baseURL);
  const outside = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  expect(outside, 'requests to other origins (pages and service worker)').toEqual([]);
  // The service worker's own requests are seen too (its precaching on this first visit).
  expect(requests.filter((r) => r.worker).length, 'service-worker requests recorded').toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the built page ships exactly the expected Content-Security-Policy', () => {
  const csp = cspOf(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
  expect(csp).toEqual(SITE_CSP);
  expectNoLooseSources(csp);
});

test('the policy blocks an injected inline script and an inline event handler', async ({ page }) => {
  await open(page);
  expect(await injectCode(page)).toEqual({ directives: ['script-src-attr', 'script-src-elem'], ran: 0 });
});

test('the notes box is never spell-checked or autofilled (a cloud spell-checker would send it away)', async ({ page }) => {
  await open(page, '#/questions');
  const notes = page.getByRole('textbox', { name: /^My notes/ });
  await expect(notes).toHaveAttribute('spellcheck', 'false');
  await expect(notes).toHaveAttribute('autocomplete', 'off');
  // Every free-text field, not only this one.
  const fields = page.locator('textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable]');
  expect(await fields.evaluateAll((els) => els.map((e) => `${e.getAttribute('spellcheck')} ${e.getAttribute('autocomplete')}`)))
    .toEqual(['false off']);
});

test('a crash clears the answers from the tab and says so; Start again brings nothing back', async ({ page }) => {
  const errors = await open(page);
  await enterAnswers(page);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toContain('lta.session');
  // A real panic in the release build, with no crash switch in the app: the browser refuses the
  // next DOM insertion, which Yew treats as fatal.
  await page.evaluate(() => {
    const insertBefore = Node.prototype.insertBefore;
    Node.prototype.insertBefore = function refuse() {
      Node.prototype.insertBefore = insertBefore;
      throw new DOMException('refused by the test', 'HierarchyRequestError');
    };
  });
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /^\d+\. Harms$/ }).click();
  await expect(heading(page, 'Something went wrong')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The app stopped working. Nothing you entered has left this device. To protect your privacy, the answers from this session have been cleared.',
  );
  expect(errors.some((e) => e.includes('Local Therapy Decision Aid stopped at')), `the panic hook ran: ${errors}`).toBe(true);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  await expect(page.getByText('Private note')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(heading(page, 'Start')).toBeVisible();
  await page.goto('./#/summary');
  await expect(page.getByText('Not filled in.').first()).toBeVisible();
  await page.goto('./#/questions');
  await expect(page.getByRole('textbox', { name: /^My notes/ })).toHaveValue('');
});

test('answers the browser brings back after the idle timeout are cleared with a notice; recent ones are kept', async ({ page, context }) => {
  await open(page);
  await enterAnswers(page);
  const stored = await page.evaluate(() => sessionStorage.getItem('lta.session'));
  const [, hex] = stored.match(/^lta-session-6:\d+:([0-9a-f]+)$/);
  // A new tab holding that session, as "reopen closed tab" brings it back, saved some minutes ago
  // (the clinic's timeout is the default, 20 minutes).
  const restored = async (minutesAgo) => {
    const tab = await context.newPage();
    await tab.addInitScript((value) => {
      if (!sessionStorage.getItem('__seeded')) {
        sessionStorage.setItem('lta.session', value);
        sessionStorage.setItem('__seeded', '1');
      }
    }, `lta-session-6:${Date.now() - minutesAgo * 60_000}:${hex}`);
    await open(tab, '#/questions');
    return tab;
  };
  const old = await restored(21);
  await expect(old.getByText('Answers from an earlier session in this tab were cleared. No one had used the aid for longer than the clinic\'s time limit.')).toBeVisible();
  await expect(old.getByRole('textbox', { name: /^My notes/ })).toHaveValue('');
  expect(await old.evaluate(() => sessionStorage.getItem('lta.session'))).toBeNull();

  const recent = await restored(2);
  await expect(recent.getByRole('textbox', { name: /^My notes/ })).toHaveValue('Private note: ask about travel');
  await expect(recent.getByText('Answers from an earlier session')).toHaveCount(0);

  // A time in the future (the clock was moved back) cannot be trusted either.
  const future = await restored(-5);
  await expect(future.getByRole('textbox', { name: /^My notes/ })).toHaveValue('');
});

test('leaving the page stamps the stored answers with the time of the last touch, not of the last answer', async ({ page }) => {
  const start = new Date('2026-12-01T09:00:00').getTime();
  await page.clock.install({ time: start });
  await open(page);
  await enterAnswers(page);
  const stamp = () => page.evaluate(() => Number(sessionStorage.getItem('lta.session').split(':')[1]));
  const answered = await stamp();
  await page.clock.fastForward('03:00');
  await page.keyboard.press('Shift'); // someone touches the aid, without changing an answer
  await page.clock.fastForward('00:40');
  expect(await stamp()).toBe(answered);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const left = await stamp();
  expect(left - answered).toBeGreaterThanOrEqual(3 * 60_000);
  expect(left - answered).toBeLessThan(3 * 60_000 + 40_000);
});

test('the privacy check explains that a closed tab may come back, and when the app clears it', async ({ page }) => {
  await open(page);
  await enterAnswers(page);
  await page.goto('./#/privacy');
  await expect(page.getByRole('row').filter({ hasText: 'lta.session' }))
    .toContainText('Answers from this session (cleared by End session, or after 20 minutes without use)');
  await expect(page.getByText(/^Closing this tab does not always clear the answers at once/)).toBeVisible();
  await expect(page.getByText('when this tab closes')).toHaveCount(0);
});

test('the privacy check and About say what opening the aid over the web tells its host, and that nothing entered is sent', async ({ page }) => {
  await open(page, '#/privacy');
  const words = page.getByText(/^Opening the aid from the internet tells the website that hosts it the address of your device on the internet \(its IP address\)/);
  await expect(words).toBeVisible();
  await expect(words).toContainText('It never gets anything you enter.');
  await expect(page.getByText(/fetches nothing at all/)).toHaveCount(0);
  await page.goto('./#/about');
  await expect(page.getByRole('region', { name: 'Privacy' }).getByText(/tells the website that hosts it/)).toBeVisible();
});

test('the privacy check lists the offline copy: only the app\'s own files, no answers', async ({ page }) => {
  await loadUntilReady(page, './');
  const { version, total } = await workerStatus(page);
  await page.getByRole('link', { name: 'Privacy check' }).click();
  await expect(heading(page, 'Privacy check')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `lta-${version}` });
  await expect(row).toContainText('This device (offline cache)');
  await expect(row).toContainText("Offline copy: only this app's own files (page, code, styles, icons), so it works without the internet. No answers.");
  await expect(row).toContainText(`${total} files`);
});

test('End session in one tab ends it in every open tab of the aid', async ({ page, context }) => {
  const other = await context.newPage();
  await open(page);
  await enterAnswers(page);
  await open(other);
  await enterAnswers(other);
  await other.goto('./#/harms');
  await expect(heading(other, 'Harms')).toBeVisible();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(heading(page, 'Start')).toBeVisible();
  await expect(heading(other, 'Start')).toBeVisible();
  for (const tab of [page, other]) {
    expect(await tab.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await tab.goto('./#/questions');
    await expect(tab.getByRole('textbox', { name: /^My notes/ })).toHaveValue('');
  }
});

test('inside another page (a frame) the aid refuses to run and says how to open it', async ({ page, baseURL }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lta-frame-'));
  fs.writeFileSync(path.join(dir, 'host.html'),
    `<!DOCTYPE html><html lang="en"><title>Host</title><iframe title="Framed aid" src="${baseURL}#/questions" width="800" height="600"></iframe></html>`);
  const server = await serve(dir);
  try {
    // Another site framing the aid.
    await page.goto(`${server.url}host.html`);
    const frame = page.frameLocator('iframe[title="Framed aid"]');
    await expect(frame.getByRole('heading', { level: 1, name: 'Open this aid in its own window' })).toBeVisible();
    await expect(frame.getByText('To keep your answers private, this aid does not run inside another web page.')).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open the aid in a new window' })).toHaveAttribute('target', '_blank');
    await expect(frame.getByRole('textbox')).toHaveCount(0);
    await expect(frame.getByRole('navigation')).toHaveCount(0);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The aid framed by a page of its own site: the same.
  await open(page);
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.title = 'Same-site frame';
    frame.src = `${location.href.split('#')[0]}#/questions`;
    document.body.append(frame);
  });
  const same = page.frameLocator('iframe[title="Same-site frame"]');
  await expect(same.getByRole('heading', { level: 1, name: 'Open this aid in its own window' })).toBeVisible();
  await expect(same.getByRole('textbox')).toHaveCount(0);
});

test('the privacy check shows what is stored and proves a request to another origin is blocked', async ({ page }) => {
  await open(page);
  await enterAnswers(page);
  await page.goto('./#/privacy');
  await expect(page.getByRole('cell', { name: 'lta.session' })).toBeVisible();
  await expect(page.getByText('This session holds answers. End session clears them.')).toBeVisible();
  await page.getByRole('button', { name: 'Try to contact another website' }).click();
  await expect(page.getByText(/^Blocked\. The browser refused to contact another website/)).toBeVisible();
});

test('End session wipes every answer from storage and the page, and keeps clinic settings', async ({ page }) => {
  await open(page, '#/settings');
  await page.getByRole('group', { name: 'Text size' }).getByLabel('Large', { exact: true }).check();
  await enterAnswers(page);
  let snapshot = await storageSnapshot(page);
  expect(snapshot.session).toContain('lta.session');
  await page.getByRole('button', { name: 'End session' }).click();
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  snapshot = await storageSnapshot(page);
  expect(snapshot.session).toEqual([]);
  expect(snapshot.local).toEqual(['lta.settings']);
  expect(snapshot.indexedDb).toEqual([]);
  await page.goto('./#/summary');
  await expect(page.getByText('Not filled in.')).toBeVisible();
  await expect(page.getByText('Private note')).toHaveCount(0);
  await page.goto('./#/questions');
  await expect(page.getByLabel(/My notes/)).toHaveValue('');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});

test('the idle timeout warns, then ends the session by itself', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await open(page);
  await enterAnswers(page);
  await page.clock.fastForward('19:10');
  await expect(page.getByRole('alert')).toContainText('this session will end in one minute');
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  const snapshot = await storageSnapshot(page);
  expect(snapshot.session).toEqual([]);
  await page.goto('./#/summary');
  await expect(page.getByText('Not filled in.')).toBeVisible();
});

test('a clinic-set timeout of 5 minutes ends the session, leaves nothing behind, and keeps the settings', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await open(page, '#/settings');
  const idle = page.getByRole('group', { name: 'End the session by itself when no one has touched the screen' });
  // There is no "never": nothing may linger.
  await expect(idle.getByRole('radio')).toHaveCount(4);
  await expect(idle.getByText(/never/i)).toHaveCount(0);
  await idle.getByRole('radio', { name: 'After 5 minutes' }).check();
  await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Larger' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await enterAnswers(page);
  await page.clock.fastForward('04:10');
  await expect(page.getByRole('alert')).toContainText('this session will end in one minute');
  await page.clock.fastForward('01:00');
  await expect(heading(page, 'Start')).toBeVisible();
  const snapshot = await storageSnapshot(page);
  expect(snapshot.session).toEqual([]);
  expect(snapshot.local).toEqual(['lta.settings']);
  expect(snapshot.indexedDb).toEqual([]);
  await expect(page.getByText('Private note')).toHaveCount(0);
  // The settings are kept, after a reload too.
  await page.reload();
  await expect(heading(page, 'Start')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await page.goto('./#/settings');
  await expect(idle.getByRole('radio', { name: 'After 5 minutes' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Larger' })).toBeChecked();
});

test('a stored "never" timeout from an earlier version becomes the default', async ({ page }) => {
  await page.addInitScript(() => {
    // Settings { default_view: Patient, text_size: Large, idle_minutes: 0 }, as version 1 wrote them.
    if (!sessionStorage.getItem('__seeded')) {
      localStorage.setItem('lta.settings', 'lta-settings-1:000100');
      sessionStorage.setItem('__seeded', '1');
    }
  });
  await open(page, '#/settings');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.getByRole('group', { name: 'End the session by itself when no one has touched the screen' })
    .getByRole('radio', { name: 'After 20 minutes' })).toBeChecked();
  await expect(page.getByText(/clinic settings (saved on this device could not be read|could not be saved)/)).toHaveCount(0);
});

test('corrupted clinic settings are removed, with a notice; the app carries on', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('__seeded')) {
      localStorage.setItem('lta.settings', 'lta-settings-1:zz<broken>');
      sessionStorage.setItem('__seeded', '1');
    }
  });
  await open(page, '#/situation');
  await expect(page.getByText('The clinic settings saved on this device could not be read, so the usual settings are in use. Check them in Clinic settings.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('lta.settings'))).toBeNull();
  await page.getByRole('group', { name: /Where has the cancer spread/ }).getByLabel('Bone only').check();
  await expect(page.getByRole('heading', { name: 'Spread to bone only' })).toBeVisible();
});

test('when the clinic settings cannot be saved, the app says so and keeps them for this page', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'lta.settings') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await open(page, '#/settings');
  await expect(page.getByText(/clinic settings could not be saved/)).toHaveCount(0);
  await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Larger' }).check();
  await expect(page.getByText('The clinic settings could not be saved on this device. They are kept only while this page stays open.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  // Patient answers are not affected.
  await enterAnswers(page);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toContain('lta.session');
  await expect(page.getByText(/storage is full/)).toHaveCount(0);
});

test('"Keep going" during the idle warning keeps the answers', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await open(page);
  await enterAnswers(page);
  await page.clock.fastForward('19:10');
  await page.getByRole('alert').getByRole('button', { name: 'Keep going' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward('02:00');
  await expect(page.getByLabel(/My notes/)).toHaveValue('Private note: ask about travel');
});

test('with storage switched off the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await open(page, '#/situation');
  await expect(page.getByText(/does not allow the app to keep answers in this tab/)).toBeVisible();
  await page.getByRole('group', { name: /Where has the cancer spread/ }).getByLabel('Bone only').check();
  await expect(page.getByRole('heading', { name: 'Spread to bone only' })).toBeVisible();
});

test('with storage full the app keeps working and says a refresh would lose answers', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'lta.session') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await open(page, '#/situation');
  await page.getByRole('group', { name: /Where has the cancer spread/ }).getByLabel('Bone only').check();
  await expect(page.getByText(/storage is full/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spread to bone only' })).toBeVisible();
});

for (const [what, stored, message] of [
  ['corrupted', 'lta-session-6:1:zz<not hex>', /could not be read, so the app started afresh/],
  ['old-format', 'lta-session-1:00ff', /came from an older version of the app, so the app started afresh/],
  ['version 3', 'lta-session-3:000000000000000000', /came from an older version of the app, so the app started afresh/],
  ['version 4', 'lta-session-4:1:000000000000000000', /came from an older version of the app, so the app started afresh/],
  ['version 5', 'lta-session-5:1:000000000000000000', /came from an older version of the app, so the app started afresh/],
  ['foreign', '{"notes":"<script>alert(1)</script>"}', /could not be read, so the app started afresh/],
]) {
  test(`${what} stored answers are cleared with a notice, never a crash`, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('__seeded')) {
        sessionStorage.setItem('lta.session', value);
        sessionStorage.setItem('__seeded', '1');
      }
    }, stored);
    await open(page, '#/summary');
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText('Not filled in.')).toBeVisible();
    expect(dialogs).toEqual([]);
  });
}

test('hostile notes are shown and printed as text', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await open(page, '#/questions');
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
  await page.getByLabel(/My notes/).fill(hostile);
  await page.goto('./#/summary');
  await expect(page.locator('.summary__notes')).toHaveText(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.summary__notes')).toHaveText(hostile);
  expect(dialogs).toEqual([]);
});

for (const address of ['#/does-not-exist', '#/harms/extra', '#/%E0%A4%A', '#/<script>alert(1)</script>']) {
  test(`an unknown address (${address}) shows a friendly page with a way back`, async ({ page }) => {
    await open(page, address);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  });
}

test('after the next-review date every screen and the printout say the evidence may be out of date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2028-02-01T10:00:00'));
  await open(page);
  for (const step of ['#/', '#/survival', '#/harms', '#/summary']) {
    await page.goto(`./${step}`);
    await expect(page.getByRole('note').filter({ hasText: 'It may be out of date' })).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('note').filter({ hasText: 'It may be out of date' })).toBeVisible();
});

test('before the next-review date there is no out-of-date warning', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await open(page, '#/survival');
  await expect(page.getByText('It may be out of date')).toHaveCount(0);
});
