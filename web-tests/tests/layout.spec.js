// Vision and motor: the clinic's text size, reflow at 320 px and at 200% zoom, touch
// targets of at least 44 × 44 px, reduced motion and forced colours (high contrast), and icon
// arrays whose meaning does not rest on colour.
import { test, expect } from '@playwright/test';
import {
  open, STEPS, OTHER_ROUTES, mainHeading, goToStep, choose, setView, fillSession, fillSituation, openAll,
} from './helpers.js';

const ROUTES = [...STEPS, ...OTHER_ROUTES];

async function visit(page, route) {
  await page.goto(`./${route.hash}`);
  await expect(mainHeading(page, route.title)).toBeVisible();
}

const rootFontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyFontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

test('the clinic text size (Standard, Large, Larger) scales all text and is kept after a reload', async ({ page }) => {
  await open(page, '#/settings');
  const size = page.getByRole('group', { name: 'Text size' });
  await choose(page, 'Text size', 'Standard');
  const standard = await rootFontSize(page);
  const standardBody = await bodyFontSize(page);
  await choose(page, 'Text size', 'Large');
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard * 1.25, 1);
  await choose(page, 'Text size', 'Larger');
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard * 1.5, 1);
  await expect.poll(() => bodyFontSize(page)).toBeCloseTo(standardBody * 1.5, 1);
  // Kept on this device as a clinic setting: a reload, another step and End session keep it.
  await page.reload();
  await expect(mainHeading(page, 'Clinic settings')).toBeVisible();
  await expect(size.getByRole('radio', { name: 'Larger' })).toBeChecked();
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard * 1.5, 1);
  await goToStep(page, 'Harms');
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard * 1.5, 1);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(mainHeading(page, 'Start')).toBeVisible();
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard * 1.5, 1);
  // A new tab of the same browser (the same device) starts with it too.
  const other = await page.context().newPage();
  await open(other, '#/harms');
  await expect.poll(() => rootFontSize(other)).toBeCloseTo(standard * 1.5, 1);
  await other.close();
  await visit(page, { hash: '#/settings', title: 'Clinic settings' });
  await choose(page, 'Text size', 'Standard');
  await expect.poll(() => rootFontSize(page)).toBeCloseTo(standard, 1);
});

/** Page-level sideways scrolling; wide tables may scroll inside their own focusable region. */
async function expectNoSidewaysScroll(page, where) {
  const result = await page.evaluate(() => {
    const root = document.scrollingElement;
    const width = root.clientWidth;
    // Elements that stick out of the viewport (outside any scroll container of their own).
    const sticking = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible') return false;
      }
      return true;
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`);
    const scrollers = [...document.querySelectorAll('main *')].filter((el) => el.scrollWidth > el.clientWidth + 1
      && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .filter((el) => !(el.getAttribute('role') === 'region' && el.getAttribute('aria-label') && el.tabIndex === 0))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: root.scrollWidth, width, sticking: sticking.slice(0, 5), scrollers };
  });
  expect.soft(result.scrollWidth, `page scroll width on ${where} (${result.sticking.join(', ')})`).toBeLessThanOrEqual(result.width + 1);
  expect.soft(result.scrollers, `areas that scroll sideways without a name and keyboard access on ${where}`).toEqual([]);
}

for (const { width, height, label } of [
  { width: 320, height: 640, label: '320 px wide (a small phone)' },
  { width: 640, height: 360, label: '200% zoom of a 1280 × 720 laptop' },
]) {
  test(`no sideways page scrolling at ${label}, in both views`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width, height });
    await open(page);
    await fillSession(page);
    for (const view of ['Patient view', 'Clinician view']) {
      await setView(page, view);
      for (const route of ROUTES) {
        await visit(page, route);
        await expectNoSidewaysScroll(page, `${route.hash} (${view})`);
      }
      // The figures as tables, too.
      await visit(page, STEPS[6]);
      await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' }).click();
      await expectNoSidewaysScroll(page, `#/harms as tables (${view})`);
      await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' }).click();
    }
  });
}

test('no sideways page scrolling with the Larger text size at 200% zoom', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 640, height: 360 });
  await open(page, '#/settings');
  await choose(page, 'Text size', 'Larger');
  await fillSession(page);
  for (const route of ROUTES) {
    await visit(page, route);
    await expectNoSidewaysScroll(page, `${route.hash} (Larger text)`);
  }
  await visit(page, { hash: '#/settings', title: 'Clinic settings' });
  await choose(page, 'Text size', 'Standard');
});

/** Sizes of the controls a finger has to hit, except links and glossary words inside sentences. */
async function smallTargets(page) {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll('button:not(.term)'),
      ...document.querySelectorAll('label:has(input[type="radio"]), label:has(input[type="checkbox"])'),
      ...document.querySelectorAll('.step-nav a, .back-next a, .shell__links a, a.button, .skip-link'),
      ...document.querySelectorAll('textarea, select, input:not([type="radio"]):not([type="checkbox"])'),
    ];
    return targets.filter((el) => el.checkVisibility() && !el.closest('dialog:not([open])'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  });
}

for (const { width, height, label } of [
  { width: 800, height: 1280, label: 'tablet portrait' },
  { width: 1280, height: 800, label: 'tablet landscape / laptop' },
  { width: 375, height: 740, label: 'phone' },
]) {
  test(`touch targets are at least 44 × 44 px (${label})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await open(page);
    await fillSession(page);
    for (const view of ['Patient view', 'Clinician view']) {
      await setView(page, view);
      for (const route of ROUTES) {
        await visit(page, route);
        expect.soft(await smallTargets(page), `small targets on ${route.hash} (${view})`).toEqual([]);
      }
    }
    // The skip link once it shows (the first Tab stop of a fresh page), and the dialog's buttons.
    await page.reload();
    await expect(mainHeading(page, 'Page not found')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the page content' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'End session' }).click();
    const dialog = page.getByRole('dialog', { name: 'End this session?' });
    await expect(dialog).toBeVisible();
    expect(await smallTargets(page), 'small targets in the dialog').toEqual([]);
    await page.keyboard.press('Escape');
  });
}

/** Fill colours of the first filled and the first outlined person of an icon array. */
const iconFills = (page) => page.getByRole('main').getByRole('img').first().evaluate((svg) => {
  const style = (sel) => {
    const el = svg.querySelector(sel);
    const s = getComputedStyle(el);
    return { fill: s.fill, stroke: s.stroke };
  };
  // System colours as resolved on an SVG element (CSP forbids inline styles, so compare with the
  // page itself: in forced colours the body's background is Canvas and its text CanvasText).
  const body = getComputedStyle(document.body);
  return {
    forced: { canvas: body.backgroundColor, canvasText: body.color },
    affected: style('.icon-array__person--affected'),
    unaffected: style('.icon-array__person:not(.icon-array__person--affected)'),
    background: getComputedStyle(document.body).backgroundColor,
  };
});

test('filled and outlined people differ by fill, not only by colour', async ({ page }) => {
  await open(page, '#/harms');
  await openAll(page);
  const fills = await iconFills(page);
  expect(fills.affected.fill).not.toBe(fills.unaffected.fill);
  // Outlined people are filled with the page colour: the difference is filled vs empty.
  expect(fills.unaffected.fill).toBe(fills.background);
  expect(fills.unaffected.stroke).not.toBe(fills.background);
  // The legend uses the same shapes as the pictures.
  const legend = page.getByRole('region', { name: 'Arm swelling (lymphoedema)' }).getByRole('listitem').filter({ hasText: 'Had arm swelling' }).first();
  await expect(legend.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  const swatch = await legend.locator('g').evaluate((g) => getComputedStyle(g).fill);
  expect(swatch).toBe(fills.affected.fill);
});

test('forced colours (high contrast) and reduced motion: icon arrays still render and stay distinguishable', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await open(page, '#/harms');
  await openAll(page);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  const swelling = page.getByRole('region', { name: 'Arm swelling (lymphoedema)' });
  const image = swelling.getByRole('img', { name: /^Out of 100 women who had an armpit clearance, 16 had arm swelling/ });
  await expect(image).toBeVisible();
  const box = await image.boundingBox();
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(50);
  const fills = await iconFills(page);
  // The user's own colours: filled people in the text colour, empty people in the page colour,
  // so they keep their contrast with each other and with the page in any high-contrast theme.
  expect(fills.affected.fill, 'filled people in forced colours').not.toBe(fills.unaffected.fill);
  expect(fills.unaffected.stroke, 'outlined people keep an outline').not.toBe(fills.unaffected.fill);
  expect(fills.affected.fill).not.toBe('none');
  expect(fills.affected.fill, 'filled people use CanvasText').toBe(fills.forced.canvasText);
  expect(fills.unaffected.fill, 'empty people use Canvas').toBe(fills.forced.canvas);
  expect(fills.unaffected.stroke, 'outlines use CanvasText').toBe(fills.forced.canvasText);
  expect(fills.forced.canvas).not.toBe(fills.forced.canvasText);
  console.log(`forced colours: filled people ${fills.affected.fill}, outlined people fill ${fills.unaffected.fill} stroke ${fills.unaffected.stroke}`);
  // The uncertainty band (a dashed box) is still drawn.
  await goToStep(page, 'Survival');
  await expect(page.getByRole('main').getByText('Dashed box: the range the true number could be in').first()).toBeVisible();
  const band = await page.getByRole('main').getByRole('img').filter({ has: page.locator('.icon-array__band') }).first()
    .evaluate((svg) => { const s = getComputedStyle(svg.querySelector('.icon-array__band')); return { stroke: s.stroke, dash: s.strokeDasharray }; });
  expect(band.stroke).not.toBe('none');
  expect(band.dash).not.toBe('none');
  // The pressed toggle is still marked by more than colour (a tick and an outline).
  const pressed = page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { pressed: true });
  await expect(pressed).toHaveAccessibleName(/Pictures/);
  const marks = await pressed.evaluate((el) => ({
    tick: getComputedStyle(el, '::before').content,
    outline: getComputedStyle(el).outlineStyle,
  }));
  expect(marks.tick).toContain('✓');
  expect(marks.outline).not.toBe('none');
  // Nothing moves: no running animations or transitions, scrolling jumps.
  await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' }).click();
  await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' }).click();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  const motion = await page.evaluate(() => [...document.querySelectorAll('a, button, .button, .toggle-group__button')]
    .map((el) => getComputedStyle(el))
    .filter((s) => parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none').length);
  expect(motion).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

// ---------------------------------------------------------------------------------------------
// Graphic contrast (WCAG 1.4.11: 3:1 for the parts of graphics and controls needed to understand
// or operate them) and forced colours, measured on the colours the browser computed.

/**
 * Installs `window.__contrast(el, colour, { own })` in the page: the WCAG contrast ratio of a
 * computed colour against the background behind the element (its own background with `own`, for
 * a ring drawn inside it), composited over white through any translucent ancestors.
 */
async function installContrast(page) {
  await page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const background = (el) => {
      const layers = [];
      for (let a = el; a; a = a.parentElement) {
        const c = parse(getComputedStyle(a).backgroundColor);
        if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
      }
      let colour = { r: 255, g: 255, b: 255, a: 1 };
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const luminance = ({ r, g, b }) => {
      const lin = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    window.__contrast = (el, colour, { own = false } = {}) => {
      const fg = parse(colour);
      if (!fg || fg.a === 0) return 0;
      const bg = background(own ? el : el.parentElement);
      const [hi, lo] = [luminance(over(fg, bg)), luminance(bg)].sort((x, y) => y - x);
      return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
    };
  });
}

test('graphics, control borders and the focus ring have at least 3:1 contrast with what is behind them', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '#/harms');
  await installContrast(page);
  const low = [];
  const check = async (where, pairs) => {
    for (const [what, ratio] of Object.entries(pairs)) {
      if (!(ratio >= 3)) low.push(`${where}: ${what} ${ratio}:1`);
    }
  };
  // Icon arrays: outlined people, filled people, the dashed band. (The clinician view, because a
  // median with an interval, drawn as a dashed box on its bar, is shown only there.)
  await setView(page, 'Clinician view');
  await goToStep(page, 'Survival');
  await installContrast(page);
  await check('icon array', await page.getByRole('main').getByRole('img').filter({ has: page.locator('.icon-array__band') }).first().evaluate((svg) => {
    const style = (sel) => getComputedStyle(svg.querySelector(sel));
    return {
      'outline of an empty person': window.__contrast(svg, style('.icon-array__person:not(.icon-array__person--affected)').stroke),
      'filled person': window.__contrast(svg, style('.icon-array__person--affected').fill),
      'dashed band': window.__contrast(svg, style('.icon-array__band').stroke),
    };
  }));
  // Bars for medians: the bar and the dashed range against the track, the track's border.
  await check('bars', await page.getByRole('main').locator('.bars__item').filter({ has: page.locator('.bars__band') }).first().evaluate((item) => {
    const track = item.querySelector('.bars__track');
    const on = (el, colour) => window.__contrast(el, colour, { own: true });
    return {
      bar: on(track, getComputedStyle(track.querySelector('.bars__bar')).fill),
      'dashed range': on(track, getComputedStyle(track.querySelector('.bars__band')).stroke),
      'track border': window.__contrast(track, getComputedStyle(track).borderTopColor),
    };
  }));
  // The selection-bias picture.
  await goToStep(page, 'What the studies show');
  await installContrast(page);
  await check('bias picture', await page.getByRole('img', { name: /^Older studies, had an operation/ }).evaluate((svg) => ({
    'outline of a less-well person': window.__contrast(svg, getComputedStyle(svg.querySelector('.bias-picture__person:not(.bias-picture__person--well)')).stroke),
    'filled person': window.__contrast(svg, getComputedStyle(svg.querySelector('.bias-picture__person--well')).fill),
  })));
  // Control borders: answer buttons, the format and view switches, check boxes, the notes box.
  for (const [title, selector] of [
    ['What matters to you', '.choices__option'],
    ['Harms', '.format-switch'],
    ['Harms', '.view-switch'],
    ['Your questions', '.check'],
    ['Your questions', '.notes__box'],
    ['Summary', '.button'],
  ]) {
    await goToStep(page, title);
    await installContrast(page);
    await check(`${title}: ${selector}`, await page.locator(selector).filter({ visible: true }).first().evaluate((el) => ({
      border: window.__contrast(el, getComputedStyle(el).borderTopColor),
    })));
  }
  // The focus ring at every Tab stop of a busy page, against what is behind it.
  for (const title of ['The options', 'What matters to you', 'Harms']) {
    await goToStep(page, title);
    await installContrast(page);
    await page.locator('body').focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const inside = (parseFloat(cs.outlineOffset) || 0) < 0;
        const what = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || '').trim().slice(0, 30)}"`;
        if (cs.outlineStyle === 'none') return { what, ratio: 0 };
        return { what, ratio: window.__contrast(el, cs.outlineColor, { own: inside }) };
      });
      if (ring) await check(`${title}: focus ring of ${ring.what}`, { ring: ring.ratio });
    }
  }
  console.log(`graphic contrast: ${low.length} below 3:1`);
  expect(low).toEqual([]);
});

test('forced colours: the current step, badges, the bias picture and the focus ring stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page);
  await fillSituation(page);
  await installContrast(page);
  const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The current step is marked by a frame, not only by a fill the theme replaces.
  const marks = await page.getByRole('navigation', { name: 'Steps' }).evaluate((nav) => {
    const look = (el) => { const s = getComputedStyle(el); return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), ratio: window.__contrast(el, s.outlineColor, { own: true }) }; };
    return { current: look(nav.querySelector('[aria-current="step"]')), other: look(nav.querySelector('a.step-nav__link')) };
  });
  expect(marks.current.outline, 'current step framed').not.toBe('none');
  expect(marks.current.width).toBeGreaterThanOrEqual(2);
  expect(marks.current.ratio, 'current step frame contrast').toBeGreaterThanOrEqual(3);
  expect(marks.other.outline, 'other steps are not framed').toBe('none');
  // Badges keep their border.
  const badge = page.getByRole('main').locator('.badge').first();
  await expect(badge).toBeVisible();
  const border = await badge.evaluate((el) => { const s = getComputedStyle(el); return { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), ratio: window.__contrast(el, s.borderTopColor) }; });
  expect(border.style).not.toBe('none');
  expect(border.width).toBeGreaterThanOrEqual(1);
  expect(border.ratio, 'badge border contrast').toBeGreaterThanOrEqual(3);
  // The bias picture: filled people in the text colour, empty ones outlined in it.
  await goToStep(page, 'What the studies show');
  await installContrast(page);
  const picture = page.getByRole('img', { name: /^Older studies, had an operation/ });
  await expect(picture).toBeVisible();
  const people = await picture.evaluate((svg) => {
    const style = (sel) => getComputedStyle(svg.querySelector(sel));
    const body = getComputedStyle(document.body);
    return {
      canvasText: body.color,
      filled: style('.bias-picture__person--well').fill,
      emptyFill: style('.bias-picture__person:not(.bias-picture__person--well)').fill,
      emptyStroke: style('.bias-picture__person:not(.bias-picture__person--well)').stroke,
      size: svg.getBoundingClientRect().width,
    };
  });
  expect(people.filled).toBe(people.canvasText);
  expect(people.emptyStroke).toBe(people.canvasText);
  expect(people.emptyFill).toBe(canvas);
  expect(people.size).toBeGreaterThan(50);
  // The focus ring is drawn in a colour of the theme that stands out from the page.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), ratio: window.__contrast(el, s.outlineColor, { own: parseFloat(s.outlineOffset) < 0 }) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.ratio, 'focus ring contrast in forced colours').toBeGreaterThanOrEqual(3);
});

// A phone held upright at every text size: the header and the step bar fold (the view and text
// size behind one button, End session one tap away), so each step starts in the first screen,
// and a key picture's two groups sit side by side, so she sees both options at once.
test.describe('a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const size of ['Standard', 'Large', 'Larger']) {
    test(`at ${size} text each step's heading and key points are in the first screen`, async ({ page }) => {
      await open(page, '#/settings');
      await choose(page, 'Text size', size);
      const withKeyPoints = [];
      for (const step of STEPS) {
        await visit(page, step);
        await page.evaluate(() => window.scrollTo(0, 0));
        const height = page.viewportSize().height;
        const heading = await mainHeading(page, step.title).boundingBox();
        expect(heading.y + heading.height, `${step.title}: the heading ends below the first screen`).toBeLessThanOrEqual(height);
        const keyPoints = page.getByRole('main').getByRole('list', { name: 'Key points' });
        if (await keyPoints.count()) {
          withKeyPoints.push(step.title);
          const box = await keyPoints.boundingBox();
          expect(box.y + box.height, `${step.title}: the key points end ${Math.round(box.y + box.height - height)} px below the first screen`)
            .toBeLessThanOrEqual(height);
        }
      }
      expect(withKeyPoints.length, 'steps with key points').toBeGreaterThan(8);
    });
  }

  test('the view and text size fold behind one button that says how the screen is set', async ({ page }) => {
    await open(page, '#/harms');
    const banner = page.getByRole('banner');
    const toggle = banner.getByRole('button', { name: 'Patient view, Standard text' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(banner.getByRole('group', { name: 'Who the screen is written for' })).toBeHidden();
    await expect(banner.getByRole('button', { name: 'End session' })).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await banner.getByRole('group', { name: 'Size of the text' }).getByRole('button', { name: 'Larger' }).click();
    await banner.getByRole('group', { name: 'Who the screen is written for' }).getByRole('button', { name: 'Clinician' }).click();
    const changed = banner.getByRole('button', { name: 'Clinician view, Larger text' });
    await expect(changed).toBeVisible();
    await changed.click();
    await expect(banner.getByRole('group', { name: 'Size of the text' })).toBeHidden();
    // The whole header and step bar take less than a quarter of the screen at Larger text.
    const bar = await page.getByRole('navigation', { name: 'Steps' }).boundingBox();
    expect(bar.y + bar.height).toBeLessThan(844 / 4);
  });

  test("at Larger text a key picture's two groups sit side by side, each sentence under them", async ({ page }) => {
    await open(page, '#/settings');
    await choose(page, 'Text size', 'Larger');
    await visit(page, { hash: '#/survival', title: 'Survival' });
    const pictures = page.getByRole('main').locator('.figure').filter({ has: page.locator('svg.icon-array') }).first();
    const arrays = await pictures.locator('svg.icon-array').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().toJSON()));
    expect(arrays).toHaveLength(2);
    const [left, right] = arrays;
    expect(Math.abs(left.top - right.top), 'the two pictures share a row').toBeLessThan(2);
    expect(left.right).toBeLessThanOrEqual(right.left);
    expect(right.right).toBeLessThanOrEqual(390);
    // Both groups' sentences, in words, follow the pictures.
    const sentences = pictures.locator('.figure__sentence');
    await expect(sentences).toHaveCount(2);
    for (const sentence of await sentences.all()) {
      expect((await sentence.boundingBox()).y).toBeGreaterThan(left.bottom);
      await expect(sentence).toContainText('Out of 100 women');
    }
    await expectNoSidewaysScroll(page, 'Survival at Larger text on a phone');
  });
});
