// The words the first screen does not need (the clinician's prose, the details of figures and
// trials, quoted sources, the knowledge check) come in a second file after the first paint
// (content/src/deferred.rs). These tests hold that file back or make it fail, and check what a
// person sees: "Loading…" until it arrives and then the words, on every screen; and when it cannot
// load, a notice that says so, with every patient page's own words still there.
import { test, expect } from '@playwright/test';
import { OTHER_ROUTES, STEPS, open, openAll, setView } from './helpers.js';

// Requests answered by a service worker would pass by page.route: keep it out of these tests.
test.use({ serviceWorkers: 'block' });

const TEXTS = '**/texts-*.txt';
const LOADING = 'Loading…';
const NOT_LOADED = 'Not loaded on this device yet.';
const FAILED_NOTICE = /^Part of this aid did not load: the clinician's words, the study details, the sources and their own words, and the knowledge check\./;

/** How many times `words` is in the visible text of the main column (closed disclosures hide theirs). */
async function timesShown(page, words) {
  const text = await page.getByRole('main').innerText();
  return text.split(words).length - 1;
}

test('held back, the later words say "Loading…" on every screen, and replace it when they arrive', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '#/');
  await setView(page, 'Clinician view');
  const screens = [...STEPS, ...OTHER_ROUTES.filter((r) => ['#/take-home', '#/privacy'].includes(r.hash))];
  let heldScreens = 0;
  for (const [i, { hash, title }] of screens.entries()) {
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route(TEXTS, async (route) => { await gate; await route.continue(); });
    // A new page load each time (the query changes), so the file is asked for again; the view
    // is kept in this tab's storage.
    await page.goto(`./?screen=${i}${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await openAll(page);
    const waiting = await timesShown(page, LOADING);
    if (waiting > 0) heldScreens += 1;
    release();
    await expect(page.getByRole('main').getByText(LOADING)).toHaveCount(0);
    expect(await timesShown(page, NOT_LOADED), `${title}: nothing may say it did not load`).toBe(0);
    await page.unroute(TEXTS);
  }
  // Every step of the journey shows some of them in the clinician view (the take-home and privacy
  // screens none, today: if they ever do, the check above holds them too).
  expect(heldScreens).toBe(STEPS.length);
});

test('when the later words cannot load, the aid says so and every patient page is whole', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route(TEXTS, (route) => route.abort());
  const errors = await open(page, '#/');
  const notice = page.getByRole('main').getByRole('status').filter({ hasText: FAILED_NOTICE });
  await expect(notice).toBeVisible();
  for (const { hash, title } of STEPS) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await expect(notice).toBeVisible();
    await openAll(page);
    // The notice quotes the words once; nothing else on a patient page says them, except the
    // knowledge check and the lists of sources (citations, in the file like the clinician view's),
    // which are parts it names: each list is then one line that says so. The SURE test's
    // citation, which its terms require with its questions, is whole.
    const lists = await page.locator('.citations-waiting').count();
    await expect(page.locator('.citations-waiting')).toHaveText(Array(lists).fill(NOT_LOADED));
    const missing = (await timesShown(page, NOT_LOADED)) - 1 - lists;
    if (hash === '#/knowledge') expect(missing, title).toBeGreaterThan(0);
    else expect(missing, `${title}: a patient page lost words`).toBe(0);
    if (['#/summary', '#/about'].includes(hash)) expect(lists, `${title} lists its sources`).toBe(1);
    else expect(lists, title).toBe(0);
    if (hash === '#/') await expect(page.getByText(/^The SURE test\. Légaré F, Kearing S/)).toBeVisible();
  }
  // The clinician view says where its words are missing, instead of leaving gaps.
  await page.goto('./#/studies');
  await setView(page, 'Clinician view');
  await openAll(page);
  expect(await timesShown(page, NOT_LOADED)).toBeGreaterThan(1);
  expect(errors.filter((e) => !/texts-[0-9a-f]{16}\.txt|Failed to load resource/.test(e))).toEqual([]);
});

test('a texts file of another build is refused: the aid says it did not load rather than show wrong words', async ({ page }) => {
  await page.route(TEXTS, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'Words of another version\u001eand more' }));
  await open(page, '#/studies');
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: FAILED_NOTICE })).toBeVisible();
  await setView(page, 'Clinician view');
  await openAll(page);
  await expect(page.getByRole('main')).not.toContainText('Words of another version');
  expect(await timesShown(page, NOT_LOADED)).toBeGreaterThan(1);
});
