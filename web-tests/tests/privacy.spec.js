// Privacy, safety and robustness (issue 6): nothing leaves the device, nothing lingers after the
// session ends, and bad stored data, disabled or full storage, hostile notes, odd addresses and
// stale evidence are all handled in the browser.
import { test, expect } from '@playwright/test';
import { open } from './helpers.js';

const STEPS = ['#/', '#/situation', '#/options', '#/studies', '#/survival', '#/breast', '#/harms', '#/life',
  '#/values', '#/check', '#/questions', '#/summary', '#/knowledge', '#/about', '#/privacy', '#/settings'];

/** Records CSP violations in the page from the very start. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

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

test('a whole walk-through sends nothing to another origin and breaks no policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await watchViolations(page);
  await open(page);
  await enterAnswers(page);
  await page.getByRole('button', { name: 'Clinician view' }).click();
  for (const step of STEPS) {
    await page.goto(`./${step}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  expect(outside, 'requests to other origins').toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
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
  ['corrupted', 'lta-session-3:zz<not hex>', /could not be read, so the app started afresh/],
  ['old-format', 'lta-session-1:00ff', /came from an older version of the app, so the app started afresh/],
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
