// Keyboard only: the whole journey with Tab, Shift+Tab, Enter, Space and the arrow keys,
// no mouse. A skip link first; focus on the new step's heading after each step change; a visible,
// unclipped focus indicator; the End session dialog keeps focus and gives it back.
import { test, expect } from '@playwright/test';
import {
  open, mainHeading, SITUATION, RATINGS, LEANING, SURE_QUESTIONS, SURE_END, TICKED_QUESTIONS, NOTES, questionName,
} from './helpers.js';

// A 10-inch tablet in portrait: the step list is folded behind its control above the page, not a sidebar.
test.use({ viewport: { width: 800, height: 1280 } });

/** What has focus, for messages. */
const describeFocus = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent;
  return `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${(name || '').trim().slice(0, 50)}"`;
});

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until the locator has focus; fails after `max` presses. Every stop on
 * the way must show a visible, unclipped focus indicator too, not only the target.
 */
async function tabTo(page, locator, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(locator)) {
      await expectVisibleFocus(page);
      return i;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page);
  }
  throw new Error(`could not reach ${locator} with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await describeFocus(page)}`);
}

/** The focused element shows a focus indicator (outline or shadow) that no ancestor clips. */
async function expectVisibleFocus(page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    // Focus left the page (past the last stop, into the browser's own controls): nothing to draw.
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const width = parseFloat(cs.outlineWidth) || 0;
    const indicator = (cs.outlineStyle !== 'none' && width >= 2) || cs.boxShadow !== 'none';
    const reach = Math.max(0, width + (parseFloat(cs.outlineOffset) || 0));
    const box = el.getBoundingClientRect();
    const clippedBy = [];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      const inner = {
        left: r.left + parseFloat(s.borderLeftWidth), right: r.right - parseFloat(s.borderRightWidth),
        top: r.top + parseFloat(s.borderTopWidth), bottom: r.bottom - parseFloat(s.borderBottomWidth),
      };
      // Only edges that would cut through the indicator count (not content scrolled out of view).
      const cut = (box.top - reach < inner.top - 0.5 && box.bottom > inner.top)
        || (box.bottom + reach > inner.bottom + 0.5 && box.top < inner.bottom)
        || (s.overflowX !== 'visible' && box.left - reach < inner.left - 0.5 && box.right > inner.left && box.left >= inner.left - reach)
        || (s.overflowX !== 'visible' && box.right + reach > inner.right + 0.5 && box.left < inner.right && box.right <= inner.right + reach);
      if (cut) clippedBy.push(a.className || a.tagName);
    }
    return { indicator, clippedBy, what: `${el.tagName} ${el.className} ${(el.textContent || '').trim().slice(0, 40)}`, outline: `${cs.outlineStyle} ${cs.outlineWidth} offset ${cs.outlineOffset}` };
  });
  if (!focus) return;
  expect.soft(focus.indicator, `visible focus indicator on ${focus.what} (${focus.outline})`).toBe(true);
  expect.soft(focus.clippedBy, `focus indicator of ${focus.what} clipped`).toEqual([]);
}

/** Answers a radio group with the keyboard: Tab into it, Space, then arrows to the answer. */
async function pick(page, group, answer) {
  const radios = group.getByRole('radio');
  const target = group.getByRole('radio', { name: answer, exact: true });
  for (let i = 0; i < 120; i += 1) {
    if (await radios.evaluateAll((els) => els.includes(document.activeElement))) break;
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
  }
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  for (let i = 0; i < 8 && !(await isFocused(target)); i += 1) await page.keyboard.press('ArrowRight');
  await expect(target).toBeFocused();
  await expect(target).toBeChecked();
}

/** Follows "Next: <title>" with Tab and Enter; focus lands on the new step's heading. */
async function nextByKeys(page, title) {
  await tabTo(page, page.getByRole('link', { name: `Next: ${title}`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, title)).toBeFocused();
  await expectVisibleFocus(page);
}

const group = (page, name) => page.getByRole('group', { name: questionName(name) });

/** Opens a disclosure ("More about …") with Tab and Enter; its content then shows. */
async function openByKeys(page, summaryText, { back = false } = {}) {
  const summary = page.locator('summary', { hasText: summaryText });
  await tabTo(page, summary, { back });
  await page.keyboard.press('Enter');
  await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
}

test('the whole journey with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await open(page);

  // The skip link is the first Tab stop, shows itself, and moves focus to the page heading.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the page content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'Start')).toBeFocused();
  // The skip link moves focus only: the address stays the start (no fragment, or #/).
  await expect(page).toHaveURL(/\/(#\/)?$/);

  // Start: the optional SURE check, one Enter away.
  await openByKeys(page, 'How sure do you feel now');
  for (const q of SURE_QUESTIONS) await pick(page, group(page, q), 'Yes');
  await expect(page.getByText('You answered yes to 4 of 4 questions.')).toBeVisible();
  await nextByKeys(page, 'Your situation');

  for (const [question, answer] of SITUATION) await pick(page, group(page, question), answer);
  await expect(page.getByRole('heading', { level: 3, name: 'If the breast and the cancer elsewhere are both under control' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Spread to bone only' })).toBeVisible();
  await nextByKeys(page, 'The options');

  const reverse = page.getByRole('button', { name: 'Reverse the order of the options' });
  await tabTo(page, reverse);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader').first()).toHaveText(/^Join a clinical trial/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('columnheader').first()).toHaveText(/^Medicines now/);
  // Every question and the full answers, one Enter away.
  await openByKeys(page, 'Every question, with the full answers');
  await expect(page.getByRole('rowheader', { name: 'How much time will it take?' })).toBeVisible();
  await nextByKeys(page, 'What the studies show');
  await nextByKeys(page, 'Survival');

  // Outcome steps: choose the table with the keyboard.
  const table = page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' });
  await tabTo(page, table);
  await page.keyboard.press('Space');
  await expect(table).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  // A glossary term opens with Enter and closes again.
  const term = page.getByRole('main').getByRole('button', { name: 'fair trials' }).first();
  await tabTo(page, term, { back: true });
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await nextByKeys(page, 'Control of the breast tumour');
  await nextByKeys(page, 'Harms');
  const pictures = page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' });
  await tabTo(page, pictures);
  await page.keyboard.press('Enter');
  await openByKeys(page, 'More about: Arm swelling (lymphoedema)');
  await expect(page.getByRole('main').getByRole('img').first()).toBeVisible();
  await nextByKeys(page, 'Quality of life, time and cost');
  await nextByKeys(page, 'What matters to you');

  for (const [item, rating] of RATINGS) await pick(page, group(page, item), rating);
  await pick(page, group(page, 'Which way are you leaning now?'), LEANING);
  await expect(page.getByText(`You are leaning: ${LEANING}.`)).toBeVisible();
  await nextByKeys(page, 'Check how you feel');

  for (const [i, q] of SURE_QUESTIONS.entries()) await pick(page, group(page, q), SURE_END[i]);
  await expect(page.getByText('You answered yes to 2 of 4 questions.')).toBeVisible();
  // The help links are reachable and work from the keyboard.
  await tabTo(page, page.getByRole('link', { name: 'Go to this step' }).first());
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'The options')).toBeFocused();
  // Back to the check with the step navigation: Shift+Tab from the heading reaches its fold
  // first (a tablet held upright), Enter opens it, Tab reaches the step.
  await openByKeys(page, 'Steps: The options', { back: true });
  await tabTo(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: '10. Check how you feel' }));
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'Check how you feel')).toBeFocused();
  await nextByKeys(page, 'Your questions');

  for (const q of TICKED_QUESTIONS) {
    const box = page.getByRole('checkbox', { name: q });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const notes = page.getByRole('textbox', { name: /^My notes/ });
  await tabTo(page, notes);
  await page.keyboard.type(NOTES.replace('\n', ' '));
  await expect(notes).toHaveValue(NOTES.replace('\n', ' '));
  await nextByKeys(page, 'Check your understanding');

  await pick(page, group(page, 'In most trials, did women who had the breast treated live longer?'), 'No clear gain on average');
  await expect(page.getByText("✓ That's right.")).toBeVisible();
  await pick(page, group(page, 'What does treating the breast do best?'), 'It keeps the cancer in the breast under control');
  await expect(page.getByText('2 of 2 answers right so far.')).toBeVisible();
  await nextByKeys(page, 'Summary');

  const summary = page.getByRole('main');
  await expect(summary.getByRole('definition').filter({ hasText: 'Bone only' })).toBeVisible();
  await expect(summary.getByText(`Leaning: ${LEANING}`)).toBeVisible();
  await expect(summary.getByText('At the start: 4 of 4')).toBeVisible();
  await expect(summary.getByText('At the end: 2 of 4')).toBeVisible();
  for (const q of TICKED_QUESTIONS) await expect(summary.getByRole('listitem').filter({ hasText: q })).toBeVisible();
  await expect(summary.getByText(NOTES.replace('\n', ' '))).toBeVisible();
  // Read aloud, then the print button, are the next stops after the heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Read this page aloud' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeFocused();
  await expectVisibleFocus(page);
  await expect(summary.getByText('2 of 2 answers right.')).toBeVisible();
  await nextByKeys(page, 'Sources and about');

  // Back with the Back link, Tab and Enter only.
  await tabTo(page, page.getByRole('link', { name: 'Back: Summary' }));
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'Summary')).toBeFocused();
  expect(dialogs).toEqual([]);
});

test('the view switch, the text size setting and the step navigation work from the keyboard', async ({ page }) => {
  await open(page, '#/harms');
  const clinician = page.getByRole('button', { name: 'Clinician view' });
  await tabTo(page, clinician);
  await page.keyboard.press('Enter');
  await expect(clinician).toHaveAttribute('aria-pressed', 'true');
  await openByKeys(page, 'More about: Arm swelling (lymphoedema)');
  await expect(page.getByRole('region', { name: 'Arm swelling (lymphoedema)' }).getByText(/RR 1\.92/).first()).toBeVisible();
  const patient = page.getByRole('button', { name: 'Patient view' });
  await tabTo(page, patient, { back: true });
  await page.keyboard.press('Space');
  await expect(patient).toHaveAttribute('aria-pressed', 'true');
  // Every step link can be reached and followed (the list folded on a tablet held upright).
  await openByKeys(page, 'Steps: Harms');
  const link = page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: '14. Sources and about' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'Sources and about')).toBeFocused();
  const settings = page.getByRole('contentinfo').getByRole('link', { name: 'Clinic settings' });
  await tabTo(page, settings);
  await page.keyboard.press('Enter');
  await expect(mainHeading(page, 'Clinic settings')).toBeFocused();
  await pick(page, group(page, 'Text size'), 'Large');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await pick(page, group(page, 'Text size'), 'Standard');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
});

test('the End session dialog keeps focus inside and gives it back on Escape', async ({ page }) => {
  await open(page, '#/values');
  await pick(page, group(page, 'Avoiding an operation'), 'Important');
  const end = page.getByRole('button', { name: 'End session' });
  await tabTo(page, end, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toBeVisible();
  const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
  await expect.poll(inDialog).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await expectVisibleFocus(page);
  // Tab and Shift+Tab never reach the page behind the dialog.
  const seen = new Set();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'outside the page';
      return el.closest('dialog[open]') ? `dialog: ${el.textContent.trim()}` : `PAGE: ${el.textContent.trim().slice(0, 40)}`;
    });
    expect(where, `focus after ${key}`).not.toMatch(/^PAGE/);
    seen.add(where);
  }
  expect([...seen]).toEqual(expect.arrayContaining(['dialog: Keep going', 'dialog: End session and clear answers']));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();
  // Nothing was cleared.
  await expect(group(page, 'Avoiding an operation').getByRole('radio', { name: 'Important', exact: true })).toBeChecked();
  // "Keep going" also closes it and returns focus; the red button ends the session.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'End session and clear answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(mainHeading(page, 'Start')).toBeVisible();
  await page.goto('./#/values');
  await expect(group(page, 'Avoiding an operation').getByRole('radio', { checked: true })).toHaveCount(0);
});
