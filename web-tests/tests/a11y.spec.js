// Accessibility: axe on every screen in both views, with and without her situation, and
// on the filled-in summary; then what a screen reader gets: names of icon arrays, the progress
// text, live announcements, a heading outline, and the page language.
import { test, expect } from '@playwright/test';
import {
  open, STEPS, OTHER_ROUTES, mainHeading, goToStep, choose, setView, fillSituation, fillSession,
  axeScan, SURE_QUESTIONS, openAll,
} from './helpers.js';

const ROUTES = [...STEPS, ...OTHER_ROUTES];
const VIEWS = ['Patient view', 'Clinician view'];

/** Opens a screen by its address (a same-document hash change) and waits for its heading. */
async function visit(page, route) {
  await page.goto(`./${route.hash}`);
  await expect(mainHeading(page, route.title)).toBeVisible();
}

test.describe('axe finds no violations', () => {
  for (const view of VIEWS) {
    for (const situation of [false, true]) {
      const state = situation ? 'situation filled in' : 'nothing entered';
      test(`on every screen: ${view}, ${state}`, async ({ page }) => {
        test.setTimeout(240_000);
        await open(page);
        await setView(page, view);
        if (situation) await fillSituation(page);
        for (const route of ROUTES) {
          await visit(page, route);
          await axeScan(page, `${route.hash} (${view}, ${state})`);
        }
      });
    }
    test(`on the filled-in summary and the steps she filled in: ${view}`, async ({ page }) => {
      test.setTimeout(120_000);
      await open(page);
      await setView(page, view);
      await fillSession(page);
      await axeScan(page, `#/summary (${view}, everything filled in)`);
      for (const title of ['Start', 'What matters to you', 'Check how you feel', 'Your questions']) {
        await goToStep(page, title);
        await axeScan(page, `${STEPS.find((s) => s.title === title).hash} (${view}, everything filled in)`);
      }
      await goToStep(page, 'Check your understanding');
      await page.getByRole('main').getByRole('radio').first().check();
      await expect(page.getByRole('main').getByText(/^(✓ That's right\.|✗ Not quite\.)$/)).toBeVisible();
      await axeScan(page, `#/knowledge (${view}, an answer with feedback)`);
    });
  }

  test('in forced colours (high contrast) on every screen, in both views', async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await fillSituation(page);
    for (const view of VIEWS) {
      await setView(page, view);
      for (const route of ROUTES) {
        await visit(page, route);
        await axeScan(page, `${route.hash} (${view}, forced colours)`);
      }
    }
  });

  test('with the figures as tables and as words, and with the End session dialog open', async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, '#/survival');
    for (const view of VIEWS) {
      await setView(page, view);
      for (const format of ['Table', 'Words']) {
        await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: format }).click();
        for (const title of ['Survival', 'Control of the breast tumour', 'Harms']) {
          await goToStep(page, title);
          await axeScan(page, `${STEPS.find((s) => s.title === title).hash} (${view}, ${format})`);
        }
      }
    }
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('dialog', { name: 'End this session?' })).toBeVisible();
    await axeScan(page, 'End session dialog');
  });
});

test.describe('screen reader semantics', () => {
  test('the page language is English', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('every icon array is an image named by the sentence shown under it', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    let checked = 0;
    for (const view of VIEWS) {
      await setView(page, view);
      for (const title of ['Start', 'Survival', 'Control of the breast tumour', 'Harms', 'Quality of life, time and cost']) {
        await goToStep(page, title);
        await openAll(page);
        const main = page.getByRole('main');
        // No drawing is left unnamed: every svg is either a named image or hidden from assistive technology.
        const unlabelled = await main.locator('svg').evaluateAll((svgs) => svgs
          .filter((s) => s.getAttribute('aria-hidden') !== 'true' && !(s.getAttribute('role') === 'img' && s.getAttribute('aria-label')?.trim()))
          .map((s) => s.outerHTML.slice(0, 120)));
        expect(unlabelled, `unnamed drawings on ${title}`).toEqual([]);
        const figures = main.getByRole('figure').filter({ has: page.getByRole('img') });
        for (let i = 0; i < await figures.count(); i += 1) {
          const figure = figures.nth(i);
          const image = figure.getByRole('img');
          const name = (await image.getAttribute('aria-label')) ?? '';
          expect(name.length, 'icon array name').toBeGreaterThan(20);
          expect(name).toMatch(/^Out of [\d,]+ /);
          await expect(image).toHaveAccessibleName(name);
          const sentence = figure.getByRole('paragraph');
          await expect(sentence).toBeVisible();
          // textContent: the sentence as written, whatever the layout.
          expect((await sentence.textContent()).replace(/\s+/g, ' ').trim().startsWith(name), `"${name}" is shown as text`).toBe(true);
          // The same numbers are also available as a table.
          checked += 1;
        }
      }
    }
    console.log(`icon arrays checked: ${checked}`);
    expect(checked).toBeGreaterThan(10);
  });

  test('every figure also has a table with a caption and headers', async ({ page }) => {
    await open(page, '#/harms');
    await openAll(page);
    const images = await page.getByRole('main').getByRole('img').count();
    await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' }).click();
    // The figures' tables (the options grid's short answers at the top of the step are a table of
    // words, not of a figure).
    const tables = page.getByRole('main').locator('.figure').getByRole('table');
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    let rows = 0;
    for (let i = 0; i < count; i += 1) {
      await expect(tables.nth(i).locator('caption')).toHaveText(/^Out of |^Half of /);
      await expect(tables.nth(i).getByRole('columnheader', { name: 'Group' })).toBeVisible();
      rows += await tables.nth(i).getByRole('rowheader').count();
    }
    expect(rows, 'one table row per icon array').toBeGreaterThanOrEqual(images);
  });

  test('the progress text is shown on every step and announced politely', async ({ page }) => {
    await open(page);
    for (const [i, step] of STEPS.entries()) {
      await goToStep(page, step.title);
      const progress = page.getByRole('navigation', { name: 'Steps' }).getByText(`Step ${i + 1} of ${STEPS.length}`, { exact: true });
      await expect(progress).toBeVisible();
      await expect(progress).toHaveAttribute('aria-live', 'polite');
      await expect(page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')).toHaveText(`${i + 1}. ${step.title}`);
    }
  });

  test('switching views is announced in a live region', async ({ page }) => {
    await open(page, '#/harms');
    const live = page.getByRole('banner').locator('[aria-live="polite"]');
    await expect(live).toHaveText('Patient view: plain words and pictures.');
    await setView(page, 'Clinician view');
    await expect(live).toHaveText(/^Clinician view: adds the statistics, design, certainty and sources/);
    await setView(page, 'Patient view');
    await expect(live).toHaveText('Patient view: plain words and pictures.');
    // The live region is in the page from the start (announcements need an existing region).
    await expect(live).toHaveCount(1);
  });

  test('the SURE result and the situation guidance are announced in live regions', async ({ page }) => {
    await open(page, '#/check');
    for (const q of SURE_QUESTIONS) await choose(page, q, 'No');
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'You answered yes to 0 of 4 questions.' })).toBeVisible();
    await goToStep(page, 'Your situation');
    await choose(page, 'How is the cancer elsewhere in your body doing on medicines?', 'It is growing');
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'If the cancer elsewhere is growing' })).toBeVisible();
  });

  test('every screen has one h1 and headings that skip no level, in both views', async ({ page }) => {
    test.setTimeout(120_000);
    await open(page);
    await fillSession(page);
    for (const view of VIEWS) {
      await setView(page, view);
      for (const route of ROUTES) {
        await visit(page, route);
        const levels = await page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((els) => els
          .filter((el) => el.checkVisibility())
          .map((el) => ({ level: Number(el.getAttribute('aria-level') || el.tagName.slice(1)), text: el.textContent.trim().slice(0, 60) })));
        const where = `${route.hash} (${view})`;
        expect(levels.filter((h) => h.level === 1).map((h) => h.text), `h1 on ${where}`).toEqual([route.title]);
        expect(levels[0].level, `first heading on ${where}`).toBe(1);
        const skips = levels.filter((h, i) => i > 0 && h.level > levels[i - 1].level + 1)
          .map((h) => `${h.text} (h${h.level})`);
        expect(skips, `skipped heading levels on ${where}`).toEqual([]);
      }
    }
  });

  test('landmarks: banner, step navigation, main and footer; the title names the screen', async ({ page }) => {
    await open(page, '#/values');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Back and next' })).toBeVisible();
    await expect(page).toHaveTitle('What matters to you · Local Therapy Decision Aid');
    // Every radio button is in a named group, and every control has a name.
    const unnamed = await page.locator('input, button, textarea, select, a[href]').evaluateAll((els) => els
      .filter((el) => el.checkVisibility() && !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim()))
      .map((el) => el.outerHTML.slice(0, 100)));
    expect(unnamed).toEqual([]);
  });
});
