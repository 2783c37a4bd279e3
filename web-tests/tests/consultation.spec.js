// A consultation fits its time: key points first and details on demand, the short
// consultation, screens that fit a phone and a tablet, and nothing lost on the way. By role and
// visible text, at four sizes: a phone, a small and a large tablet upright, and a laptop or a
// tablet on its side.
import { test, expect } from '@playwright/test';
import {
  open, STEPS, stepOf, mainHeading, setView, goToStep, choose, openMore, openAll, expectNoAxeViolations, pdfPageCount,
  pdfText, RATINGS, SURE_QUESTIONS,
} from './helpers.js';
import { SHORT_JOURNEY } from '../journey.mjs';

const VIEWPORTS = [
  { width: 390, height: 844, label: 'a phone' },
  { width: 768, height: 1024, label: 'a small tablet, upright' },
  { width: 1024, height: 1366, label: 'a tablet, upright' },
  { width: 1366, height: 1024, label: 'a laptop or a tablet on its side' },
];
/** The 13 consultation steps (About is reference). */
const CONSULTATION = STEPS.filter((s) => s.hash !== '#/about');
const VIEWS = ['Patient view', 'Clinician view'];

async function visit(page, route) {
  await page.goto(`./${route.hash}`);
  await expect(mainHeading(page, route.title)).toBeVisible();
}

/**
 * What sticks out sideways: the page itself, any element past the right (or left) edge of the
 * window, and any element inside the page that scrolls sideways. Visually hidden text (a 1 px
 * clipped box for screen readers) and anything not rendered are left out.
 */
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().width > 1;
    const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const all = [...document.querySelectorAll('body *')].filter(shown);
    const outside = all.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > width + 1 || r.left < -1;
    }).map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)} px)`);
    const scrolling = all.filter((el) => el.scrollWidth > el.clientWidth + 1
      && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX)).map(name);
    return { page: document.documentElement.scrollWidth - width, outside: outside.slice(0, 5), scrolling: scrolling.slice(0, 5) };
  });
}

async function expectNothingSticksOut(page, where) {
  const found = await overflow(page);
  expect.soft(found.page, `the page scrolls sideways on ${where} (${found.outside.join(', ')})`).toBeLessThanOrEqual(0);
  expect.soft(found.outside, `elements past the edge on ${where}`).toEqual([]);
  expect.soft(found.scrolling, `elements that scroll sideways on ${where}`).toEqual([]);
}

for (const viewport of VIEWPORTS) {
  test(`no step scrolls sideways, and its heading and key points are in the first screen, on ${viewport.label} (${viewport.width}×${viewport.height})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await open(page);
    for (const view of VIEWS) {
      await setView(page, view);
      for (const step of CONSULTATION) {
        await visit(page, step);
        const where = `${step.hash} (${view}, ${viewport.width}×${viewport.height})`;
        // The first screen: the heading and the key points, before any scrolling.
        await page.evaluate(() => window.scrollTo(0, 0));
        const keyPoints = page.getByRole('main').getByRole('list', { name: 'Key points' });
        await expect(keyPoints, `${where} opens with its key points`).toBeVisible();
        for (const [what, locator] of [['heading', mainHeading(page, step.title)], ['key points', keyPoints]]) {
          const box = await locator.boundingBox();
          expect.soft(box.y + box.height, `${what} of ${where} end within the first screen`).toBeLessThanOrEqual(viewport.height);
        }
        await expectNothingSticksOut(page, where);
        await openAll(page);
        await expectNothingSticksOut(page, `${where}, every disclosure open`);
      }
      // The figures as tables are the widest content.
      await visit(page, STEPS[6]);
      await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' }).click();
      await openAll(page);
      await expectNothingSticksOut(page, `#/harms as tables (${view}, ${viewport.width}×${viewport.height})`);
      await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' }).click();
    }
    await setView(page, 'Patient view');
  });
}

test('on an upright tablet the step list folds behind one control, and on a laptop it is a sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 1366 });
  await open(page, '#/harms');
  const nav = page.getByRole('navigation', { name: 'Steps' });
  const fold = nav.locator('details.step-nav__fold');
  const toggle = nav.getByText('Steps: Harms', { exact: true });
  await expect(toggle).toBeVisible();
  expect(await announced(page, 'Steps: Harms')).toBe('collapsed');
  await expect(nav.getByRole('link', { name: '8. Quality of life, time and cost' })).toBeHidden();
  // The content gets the width: the main column starts at the left edge.
  const mainBox = await page.getByRole('main').boundingBox();
  expect(mainBox.x).toBeLessThan(2);
  await toggle.click();
  await expect(fold).toHaveAttribute('open', '');
  expect(await announced(page, 'Steps: Harms')).toBe('expanded');
  await nav.getByRole('link', { name: '8. Quality of life, time and cost' }).click();
  await expect(mainHeading(page, 'Quality of life, time and cost')).toBeVisible();
  // Choosing a step folds the list again.
  await expect(nav.getByText('Steps: Quality of life, time and cost', { exact: true })).toBeVisible();
  await expect(fold).not.toHaveAttribute('open', '');
  await expect(nav.getByRole('link', { name: '7. Harms' })).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 1024 });
  await expect(nav.getByText(/^Steps: /)).toBeHidden();
  await expect(nav.getByRole('link', { name: '7. Harms' })).toBeVisible();
});

/** Words a person sees in the page's main column, every closed disclosure left closed. */
function mainWords(page) {
  return page.getByRole('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el.checkVisibility() || el.getBoundingClientRect().width <= 1) continue;
      words += node.textContent.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return words;
  });
}

test('the short consultation goes from Start to the printed summary in at most 8 presses and 1,000 words', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 1366 });
  await open(page);
  let presses = 0;
  let words = 0;
  const read = async (title) => {
    await expect(mainHeading(page, title)).toBeVisible();
    const here = await mainWords(page);
    console.log(`short consultation: ${title}: ${here} words`);
    words += here;
  };
  const press = async (locator) => { await locator.click(); presses += 1; };
  await read('Start');
  await press(page.getByRole('link', { name: /^Short consultation \(about \d+ minutes\)$/ }));
  await read('The options');
  await expect(page.getByText(`Step 2 of ${SHORT_JOURNEY.length} (short consultation)`)).toBeVisible();
  // The options at a glance: every option under the same questions.
  const glance = page.getByRole('table', { name: 'The options at a glance, one column each' });
  for (const option of ['Medicines now, breast later if needed', 'Add an operation on the breast', 'Add radiotherapy to the breast', 'Join a clinical trial, if one is open']) {
    await expect(glance.getByRole('columnheader', { name: option })).toBeVisible();
  }
  await expect(glance.getByRole('rowheader', { name: 'Will it help me live longer?' })).toBeVisible();
  for (const [next, title] of [['Next: What matters to you', 'What matters to you'], ['Next: Check how you feel', 'Check how you feel'], ['Next: Summary', 'Summary']]) {
    await press(page.getByRole('navigation', { name: 'Back and next' }).getByRole('link', { name: next, exact: true }));
    await read(title);
  }
  await expect(page.getByText(/You took the short consultation/)).toBeVisible();
  // Printing: the browser's dialog cannot be driven headless, so the press is recorded and the
  // page is printed to PDF as the dialog would.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await press(page.getByRole('button', { name: 'Print or save as PDF' }));
  expect(await page.evaluate(() => window.printed)).toBe(1);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  expect(pdfText(pdf)).toContain('short consultation');
  expect(pdfText(pdf)).toContain('Will it help me live longer?');
  console.log(`short consultation: ${presses} presses, ${words} words in the patient view`);
  expect(presses).toBeLessThanOrEqual(8);
  expect(words).toBeLessThanOrEqual(1000);
});

test('switching between the full and the short consultation at any step keeps every answer', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: /^Short consultation \(about \d+ minutes\)$/ }).click();
  await expect(mainHeading(page, 'The options')).toBeVisible();
  await page.getByRole('link', { name: 'Next: What matters to you' }).click();
  for (const [item, rating] of RATINGS) await choose(page, item, rating);
  await choose(page, 'Which way are you leaning now?', 'Not sure yet');
  await page.getByRole('button', { name: 'Switch to the full consultation' }).click();
  await expect(page.getByText(stepOf('values'))).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next: Check how you feel' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back: Quality of life, time and cost' })).toBeVisible();
  await goToStep(page, 'Your situation');
  await choose(page, 'Where has the cancer spread?', 'Bone only');
  await page.getByRole('button', { name: 'Switch to the short consultation' }).click();
  // Off the short way, Next rejoins it.
  await expect(page.getByRole('link', { name: 'Next: The options' })).toBeVisible();
  await goToStep(page, 'What matters to you');
  for (const [item, rating] of RATINGS) {
    await expect(page.getByRole('group', { name: new RegExp(`^${item}`) }).getByRole('radio', { name: rating, exact: true })).toBeChecked();
  }
  await expect(page.getByRole('radio', { name: 'Not sure yet' })).toBeChecked();
  await page.getByRole('link', { name: 'Next: Check how you feel' }).click();
  await page.getByRole('link', { name: 'Next: Summary' }).click();
  await expect(page.getByText(/You took the short consultation/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your situation' }).getByText('Bone only')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What matters to you' }).getByText('Leaning: Not sure yet')).toBeVisible();
});

/** The state a screen reader announces for a disclosure ("expanded" / "collapsed"), from the
 * browser's accessibility tree. */
async function announced(page, name) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const node = nodes.find((n) => n.role?.value === 'DisclosureTriangle' && n.name?.value === name);
  const expanded = node?.properties?.find((p) => p.name === 'expanded')?.value.value;
  return expanded === undefined ? 'not found' : expanded ? 'expanded' : 'collapsed';
}

test('disclosures open and close by keyboard, announce their state, and lose nothing entered', async ({ page }) => {
  await open(page, '#/values');
  await choose(page, RATINGS[0][0], RATINGS[0][1]);
  const name = 'What each of these means';
  // (An open <details> loses its group name in Chromium, so it is found by its summary.)
  const meanings = page.getByRole('main').locator('details', { has: page.locator('summary', { hasText: name }) });
  await expect(meanings.getByText('Some women want to avoid surgery')).toBeHidden();
  // Tab from the heading to the disclosure, as a keyboard user would.
  await mainHeading(page, 'What matters to you').focus();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((n) => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent === n, name)) break;
  }
  await expect(page.locator('summary', { hasText: name })).toBeFocused();
  expect(await announced(page, name)).toBe('collapsed');
  await page.keyboard.press('Enter');
  await expect(meanings.getByText(/Some women want to avoid surgery/)).toBeVisible();
  expect(await announced(page, name)).toBe('expanded');
  await page.keyboard.press('Space');
  await expect(meanings.getByText(/Some women want to avoid surgery/)).toBeHidden();
  expect(await announced(page, name)).toBe('collapsed');
  await expect(page.getByRole('group', { name: new RegExp(`^${RATINGS[0][0]}`) }).getByRole('radio', { name: RATINGS[0][1], exact: true })).toBeChecked();
  // The SURE test at the start sits in a disclosure: answers in it stay when it closes.
  await goToStep(page, 'Start');
  const sure = await openMore(page.getByRole('main'), 'How sure do you feel now');
  await choose(page, SURE_QUESTIONS[0], 'Yes');
  await sure.locator('summary').first().click();
  await expect(sure).not.toHaveAttribute('open', '');
  await sure.locator('summary').first().click();
  await expect(page.getByRole('group', { name: /^Do you feel SURE/ }).getByRole('radio', { name: 'Yes' })).toBeChecked();
});

test('the text size is one tap away on every screen', async ({ page }) => {
  await open(page);
  const root = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const standard = await root();
  for (const step of [STEPS[0], STEPS[6], STEPS[12], { hash: '#/privacy', title: 'Privacy check' }]) {
    await visit(page, step);
    const size = page.getByRole('banner').getByRole('group', { name: 'Size of the text' });
    await size.getByRole('button', { name: 'Larger' }).click();
    await expect.poll(root).toBeCloseTo(standard * 1.5, 1);
    await size.getByRole('button', { name: 'Standard' }).click();
    await expect.poll(root).toBeCloseTo(standard, 1);
  }
});

test('the summary says what she got right in the check of her understanding', async ({ page }) => {
  await open(page, '#/knowledge');
  await choose(page, /^In most trials/, 'No clear gain on average');
  await choose(page, /^What does treating the breast do best/, 'It stops the cancer elsewhere in the body');
  await goToStep(page, 'Summary');
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await expect(check.getByText('1 of 2 answers right.')).toBeVisible();
  await expect(check.getByRole('listitem').filter({ hasText: /^In most trials/ })).toBeVisible();
  await expect(check.getByRole('listitem').filter({ hasText: /^What does treating the breast do best\? \(The answer: It keeps the cancer in the breast under control\.\)/ })).toBeVisible();
});

for (const view of VIEWS) {
  test(`axe finds no violations on any step with its disclosures closed and open (${view})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1024, height: 1366 });
    await open(page);
    await setView(page, view);
    for (const step of CONSULTATION) {
      await visit(page, step);
      await expectNoAxeViolations(page, `${step.hash} (${view}, closed)`);
      await openAll(page);
      await expectNoAxeViolations(page, `${step.hash} (${view}, open)`);
    }
  });
}

test('a fragment that is not a route shows the step or "Page not found", never an error', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [fragment, title] of [['#main', 'Start'], ['#harms', 'Harms'], ['#nope', 'Page not found']]) {
    await page.goto(`./index.html${fragment}`);
    await expect(mainHeading(page, title)).toBeVisible();
  }
  // Typed into the address bar while the app runs.
  await page.evaluate(() => { window.location.hash = 'survival'; });
  await expect(mainHeading(page, 'Survival')).toBeVisible();
  expect(await page.evaluate(() => window.location.hash)).toBe('#/survival');
  expect(errors).toEqual([]);
});

test('the page before the app starts has one main landmark, and the skip link is in the banner', async ({ page }) => {
  // The pre-rendered start screen, as served, before any script runs.
  const html = await (await page.request.get('./')).text();
  expect(html.match(/<main[\s>]/g) ?? []).toHaveLength(1);
  await open(page);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Skip to the page content' })).toHaveCount(1);
});
