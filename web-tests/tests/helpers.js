// Shared helpers: start the app, wait for it, collect errors, and run axe.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { LEANING, SITUATION } from './example-consultation.js';
import { JOURNEY } from '../journey.mjs';

/** Opens a route (e.g. '#/harms') and waits until the app has replaced the loading shell. */
export async function open(page, hash = '') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`./${hash}`);
  // The loading shell has its own h1 until the app replaces it: wait for it to go first.
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return errors;
}

/** Runs axe (WCAG 2.0, 2.1 and 2.2 A/AA plus best practice) and expects no violations. */
export async function expectNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
  return results;
}

// ---------------------------------------------------------------------------------------------
// Journey helpers (added for the walk-through, accessibility, keyboard and layout tests).

/** Every step of the journey, in order: its route and its title (also its h1), from the app. */
export const STEPS = JOURNEY.map(({ hash, title }) => ({ hash, title }));

/** What the step bar says on a step of the full consultation ("Step 9 of 14"), by its id. */
export function stepOf(id) {
  const number = JOURNEY.findIndex((s) => s.id === id) + 1;
  if (number === 0) throw new Error(`no step has the id ${id}`);
  return `Step ${number} of ${JOURNEY.length}`;
}

/** Screens outside the journey, with their h1. */
export const OTHER_ROUTES = [
  { hash: '#/take-home', title: 'To take home' },
  { hash: '#/privacy', title: 'Privacy check' },
  { hash: '#/settings', title: 'Clinic settings' },
  { hash: '#/records', title: 'Study records' },
  { hash: '#/nope', title: 'Page not found' },
];

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The h1 of the page on show. */
export function mainHeading(page, title) {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

/**
 * Goes to a step by its link in the step navigation ("7. Harms") and waits for its heading. Below
 * 75rem the list is folded behind the "Steps: …" button, which is opened first.
 */
export async function goToStep(page, title) {
  // The current step is marked (aria-current="step"), not linked.
  if (await mainHeading(page, title).isVisible()) return;
  const index = STEPS.findIndex((s) => s.title === title);
  const nav = page.getByRole('navigation', { name: 'Steps' });
  const link = nav.getByRole('link', { name: `${index + 1}. ${title}`, exact: true });
  if (!(await link.isVisible())) await openStepList(page);
  await link.click();
  await expect(mainHeading(page, title)).toBeVisible();
}

/** Opens the folded list of steps (narrow screens), if it is folded. */
export async function openStepList(page) {
  const nav = page.getByRole('navigation', { name: 'Steps' });
  const toggle = nav.locator('summary.step-nav__toggle');
  if (await toggle.isVisible() && (await nav.locator('details.step-nav__fold').getAttribute('open')) === null) {
    await toggle.click();
    await expect(nav.locator('details.step-nav__fold')).toHaveAttribute('open', '');
  }
}

/** Opens every disclosure in the page's main column (as a reader who opens them all would). */
export async function openAll(page) {
  const summaries = page.getByRole('main').locator('details:not([open]) > summary');
  for (let left = 60; left > 0 && await summaries.count() > 0; left -= 1) {
    await summaries.first().click();
  }
  await expect(summaries).toHaveCount(0);
}

/** Opens a disclosure ("More about …", "Show each …") by its summary text, if it is closed. */
export async function openMore(scope, name) {
  const details = scope.locator('details.more').filter({ has: scope.page().locator('summary', { hasText: name }) }).first();
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').first().click();
  }
  await expect(details).toHaveAttribute('open', '');
  return details;
}

/** Follows "Next: <title>" and waits for the new step's heading. */
export async function next(page, title) {
  await page.getByRole('navigation', { name: 'Back and next' })
    .getByRole('link', { name: `Next: ${title}`, exact: true }).click();
  await expect(mainHeading(page, title)).toBeVisible();
}

/**
 * A RegExp for a group named by its question: the name starts with it. A glossary term in a legend
 * is a button, and the browser may put a space between it and the question mark after it.
 */
export function questionName(question) {
  return question instanceof RegExp ? question : new RegExp(`^${escapeRegExp(question).replace(/\\\?/g, '\\s?\\?')}`);
}

/** Chooses an answer in a radio group named by its question (a string prefix or a RegExp). */
export async function choose(page, question, answer) {
  const name = questionName(question);
  const radio = page.getByRole('group', { name }).getByRole('radio', { name: answer, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Switches between 'Patient view' and 'Clinician view' with the header switch. */
/**
 * The button a phone shows in the header in place of the view and text-size switches ("Patient
 * view, Larger text"). Hidden on wider screens, where the switches are shown.
 */
export function displayToggle(page) {
  return page.getByRole('banner').getByRole('button', { name: /^(Patient|Clinician) view, (Standard|Large|Larger) text$/ });
}

/** Unfolds the view and text-size switches on a phone (does nothing where they are shown). */
export async function showDisplaySwitches(page) {
  const toggle = displayToggle(page);
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

export async function setView(page, view) {
  await showDisplaySwitches(page);
  const button = page.getByRole('group', { name: 'Who the screen is written for' })
    .getByRole('button', { name: view });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** The example situation and leaning used across the tests (shared with the other engines' walk). */
export { SITUATION, LEANING } from './example-consultation.js';

/** Fills in the situation form (goes to the step first). */
export async function fillSituation(page) {
  await goToStep(page, 'Your situation');
  for (const [question, answer] of SITUATION) await choose(page, question, answer);
}

/** Value ratings used across the tests (item label prefix → rating). */
export const RATINGS = [
  ['Avoiding an operation', 'Very important'],
  ['Avoiding arm swelling', 'Important'],
  ['Living as long as possible', 'A little important'],
  ['Keeping hospital time, travel and cost low', 'Not important'],
];

/** SURE answers at the check step that give a score of 2 of 4. */
export const SURE_END = ['Yes', 'No', 'Yes', 'No'];
export const SURE_QUESTIONS = [
  'Do you feel SURE about the best choice for you?',
  'Do you know the benefits and risks of each option?',
  'Are you clear about which benefits and risks matter most to you?',
  'Do you have enough support and advice to make a choice?',
];

export const TICKED_QUESTIONS = [
  'Would I need armpit surgery? Which kind, and what is my chance of arm swelling?',
  'Is radiotherapy an option for me instead of an operation?',
  'If I wait, when should we talk about this again?',
];
export const NOTES = 'Ask about <img src=x onerror=alert(1)> and <script>alert(2)</script>\nBring my daughter & my list.';

/** Fills in everything a consultation collects, by clicking, and ends on the summary. */
export async function fillSession(page) {
  await goToStep(page, 'Start');
  await openMore(page.getByRole('main'), 'How sure do you feel now');
  for (const q of SURE_QUESTIONS) await choose(page, q, 'Yes');
  await fillSituation(page);
  await goToStep(page, 'What matters to you');
  for (const [item, rating] of RATINGS) await choose(page, item, rating);
  await choose(page, 'Which way are you leaning now?', LEANING);
  await goToStep(page, 'Check how you feel');
  for (const [i, q] of SURE_QUESTIONS.entries()) await choose(page, q, SURE_END[i]);
  await goToStep(page, 'Your questions');
  for (const q of TICKED_QUESTIONS) await page.getByRole('checkbox', { name: q }).check();
  await page.getByRole('textbox', { name: /^My notes/ }).fill(NOTES);
  await goToStep(page, 'Summary');
}

/** Runs axe like expectNoAxeViolations, but softly (the test goes on), and logs the counts. */
export async function axeScan(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  console.log(`axe ${where}: ${results.passes.length} rules passed, ${results.violations.length} violated, ${results.incomplete.length} need review`);
  expect.soft(found, `axe violations on ${where}`).toEqual([]);
  return results;
}

/** Number of pages in a PDF made by Chromium (its /Type /Page objects). */
export function pdfPageCount(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

/**
 * The text of each page of a PDF made by Chromium (Skia), in page order: decompresses the content
 * streams and maps the glyph codes back to characters through each font's ToUnicode table. Lines
 * are joined with spaces and white space is collapsed, so a sentence wrapped over two lines is
 * still found.
 */
export function pdfPageTexts(buffer) {
  const src = buffer.toString('latin1');
  const objects = new Map();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  let m;
  while ((m = re.exec(src))) {
    const body = m[2];
    const s = body.indexOf('stream');
    let dict = body;
    let data = null;
    if (s >= 0 && /^\s*<</.test(body)) {
      dict = body.slice(0, s);
      let start = s + 'stream'.length;
      if (body[start] === '\r') start += 1;
      if (body[start] === '\n') start += 1;
      let raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
      if (/\/FlateDecode/.test(dict)) {
        try { raw = zlib.inflateSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }); } catch { raw = Buffer.alloc(0); }
      }
      data = raw.toString('latin1');
    }
    objects.set(m[1], { dict, data });
  }
  // ToUnicode maps per font object.
  const cmapOf = (id) => {
    const map = new Map();
    const text = objects.get(id)?.data || '';
    const hex = (h) => String.fromCodePoint(...(h.match(/.{4}/g) || []).map((x) => parseInt(x, 16)));
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, a, b] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(a, 16), hex(b));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, a, b, c] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const base = parseInt(c, 16);
        for (let code = parseInt(a, 16); code <= parseInt(b, 16); code += 1) map.set(code, String.fromCodePoint(base + code - parseInt(a, 16)));
      }
    }
    return map;
  };
  const fonts = new Map();
  for (const { dict } of objects.values()) {
    for (const fm of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, id] of fm[1].matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const font = objects.get(id);
        const tu = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
        const twoByte = /Identity-H/.test(font?.dict || '');
        if (tu) fonts.set(name, { map: cmapOf(tu[1]), twoByte });
      }
    }
  }
  const textOf = (data) => {
    let out = '';
    if (!data || !/\bTf\b/.test(data) || !/\bBT\b/.test(data)) return out;
    let font = null;
    const tokens = data.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|(-?[\d.]+)\s+(-?[\d.]+)\s+T[dD]\b|\bET\b|\bT\*/g);
    for (const t of tokens) {
      if (t[1]) font = fonts.get(t[1]);
      else if (t[2] !== undefined && font) {
        const size = font.twoByte ? 4 : 2;
        for (let i = 0; i < t[2].length; i += size) out += font.map.get(parseInt(t[2].slice(i, i + size), 16)) ?? '';
      } else if (t[3] !== undefined) {
        if (Number(t[4]) !== 0) out += '\n'; // a move down starts a new line; a move along does not
      } else {
        out += '\n';
      }
    }
    return `${out}\n`;
  };
  // The pages in order (the page tree's /Kids), each with its content streams.
  const root = [...objects.values()].find(({ dict }) => /\/Type\s*\/Pages\b/.test(dict) && /\/Kids/.test(dict));
  const kids = root ? [...root.dict.match(/\/Kids\s*\[([^\]]*)\]/)[1].matchAll(/(\d+) 0 R/g)].map((k) => k[1]) : [];
  const pages = kids.map((id) => {
    const dict = objects.get(id)?.dict || '';
    const contents = dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/);
    const ids = contents ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((c) => c[1]) : [];
    return ids.map((c) => textOf(objects.get(c)?.data)).join('');
  });
  return pages.map((page) => page.normalize('NFKC').replace(/\s+/g, ' ').trim());
}

/** The text of a whole PDF made by Chromium (all pages, see pdfPageTexts). */
export function pdfText(buffer) {
  return pdfPageTexts(buffer).join(' ').trim();
}

/**
 * Checks that each heading of a print shares its page with what it heads: for every pair, the
 * page that holds `heading` also holds `then` after it (a heading never ends a page alone).
 */
export function expectKeptTogether(pages, pairs, where) {
  for (const [heading, then] of pairs) {
    const page = pages.findIndex((text) => text.includes(heading));
    expect(page, `${where}: "${heading}" is printed`).toBeGreaterThanOrEqual(0);
    const text = pages[page];
    expect(text.indexOf(then, text.indexOf(heading)), `${where}: "${heading}" and "${then}" on one page (page ${page + 1})`)
      .toBeGreaterThan(text.indexOf(heading));
  }
}

/** Voices for the speech stub: a cloud voice (the browser's default) and one on this device. */
export const CLOUD_VOICE = { name: 'Cloud English', lang: 'en-US', localService: false, default: true, voiceURI: 'cloud' };
export const DEVICE_VOICE = { name: 'Device English', lang: 'en-GB', localService: true, default: false, voiceURI: 'device' };

/**
 * Replaces the browser's speech synthesis, before the app loads, with a stub that speaks nothing
 * and records what it is asked: window.__speech lists { text, voice } for each utterance and
 * { cancel: true } for each cancel. With `fail`, every utterance reports an error.
 */
export async function stubSpeech(page, { voices, fail = false }) {
  await page.addInitScript(speechStub, { voices, fail });
}

/** Like stubSpeech, for the page as it is now (until it is next loaded). */
export async function stubSpeechNow(page, { voices, fail = false }) {
  await page.evaluate(speechStub, { voices, fail });
}

/** The stub itself: runs in the page. */
function speechStub({ voices, fail }) {
  window.__speech = [];
  window.SpeechSynthesisUtterance = class {
    constructor(text) { this.text = text; this.voice = null; this.lang = ''; this.onend = null; this.onerror = null; }
  };
  let queued = [];
  const synthesis = {
    getVoices: () => voices,
    speak(utterance) {
      queued.push(utterance);
      window.__speech.push({ text: utterance.text, voice: utterance.voice ? utterance.voice.name : null });
      if (fail) setTimeout(() => utterance.onerror && utterance.onerror(new Event('error')), 0);
    },
    cancel() {
      window.__speech.push({ cancel: true });
      const dropped = queued;
      queued = [];
      // As browsers do: the dropped utterances report "interrupted" later, not inside cancel().
      setTimeout(() => { for (const u of dropped) if (u.onerror) u.onerror(new Event('error')); }, 0);
    },
    addEventListener() {}, removeEventListener() {}, dispatchEvent() { return true; },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
}

/** What the speech stub was asked to say, in order (cancels left out). */
export async function spoken(page) {
  return page.evaluate(() => window.__speech.filter((e) => !e.cancel));
}

/** How many times the speech stub was told to stop. */
export async function cancels(page) {
  return page.evaluate(() => window.__speech.filter((e) => e.cancel).length);
}

/**
 * Reads the QR code inside `scope` back to its text, as a phone would: the SVG path (unit squares
 * drawn with M, h, v and z) is painted onto a white bitmap, 4 pixels per module, and decoded with
 * jsQR. Fails if no code is found.
 */
export async function decodeQr(scope) {
  const svg = scope.locator('svg.qr__code');
  const viewBox = await svg.getAttribute('viewBox');
  const d = await svg.locator('path').getAttribute('d');
  const side = Number(viewBox.split(' ')[2]);
  const scale = 4;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const shape of d.match(/M[^M]*/g)) {
    const [, x0, y0, rest] = shape.match(/^M(\d+),(\d+)(.*)z$/);
    let x = Number(x0);
    let y = Number(y0);
    const corners = [[x, y]];
    for (const [, cmd, n] of rest.matchAll(/([hv])(-?\d+)/g)) {
      if (cmd === 'h') x += Number(n); else y += Number(n);
      corners.push([x, y]);
    }
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    for (let py = Math.min(...ys) * scale; py < Math.max(...ys) * scale; py += 1) {
      for (let px = Math.min(...xs) * scale; px < Math.max(...xs) * scale; px += 1) {
        const i = (py * width + px) * 4;
        pixels[i] = 0; pixels[i + 1] = 0; pixels[i + 2] = 0;
      }
    }
  }
  const code = jsQR(pixels, width, width);
  expect(code, 'a QR code is found in the drawing').not.toBeNull();
  return code.data;
}
