// The engine-neutral walk of the built app: written once, against a tiny driver interface, and
// run in Firefox ESR (firefox.mjs) and WebKitGTK (webkit.mjs). It asserts what a person sees:
// headings, "Step N of M", button and link names and visible text, found by role and name as a
// screen reader would, never by CSS class where that can be avoided.
//
// The driver interface (each adapter implements it):
//   version                    a line naming the engine and its version
//   goto(url), reload()        navigate, and wait for the load event
//   evaluate(fn, ...args)      run a self-contained function in the page; awaits a returned promise;
//                              the result must be JSON
//   clickWhere(fn, ...args)    run fn in the page; it returns an element, which the engine clicks
//                              as a user would (scrolled into view, pointer events)
//   typeWhere(fn, args, text)  the same, typing text into the element with key events
//   setViewport(width, height) make the page's layout viewport that size in CSS pixels
//   pdf()                      print the page to PDF (a Buffer), or throw Unsupported(reason)
//   engineErrors()             errors the engine itself reported (uncaught, console.error), or
//                              null when its protocol cannot report them
//   screenshot()               a PNG, for failures
//   notes                      what the adapter had to work around or cannot do (reported)
//   close()
import { Unsupported, WalkFailure, pdfPages, stopServer, waitFor } from './common.mjs';
import { LEANING, SITUATION } from '../tests/example-consultation.js';
import { JOURNEY, SHORT_JOURNEY } from '../journey.mjs';

/** A few words of each view's key points, by step id (from content/data/steps.toml): each view
 *  shows its own. The steps themselves, their titles and order come from the app (journey.mjs). */
const KEY_POINTS = {
  start: { patient: 'This aid helps you and your care team talk about one choice.', clinician: 'A consultation aid for de novo stage IV breast cancer' },
  situation: { patient: 'You can tell us a little about your cancer.', clinician: "Selects the 2015 review's conclusion for a matching situation" },
  options: { patient: 'The same questions, answered for each choice.', clinician: 'Option Grid: the same questions answered for every option' },
  studies: { patient: 'In older studies, women who had an operation lived longer.', clinician: 'Observational series suggested a survival benefit' },
  survival: { patient: 'found no clear gain in how long women lived.', clinician: 'No significant OS difference in four of five trials' },
  breast: { patient: 'Treating the breast made it less likely that the cancer there grew again.', clinician: 'Better locoregional control' },
  harms: { patient: 'Every choice can cause problems.', clinician: 'Harms of each option, first layer' },
  life: { patient: 'how women felt was largely similar', clinician: 'Quality of life: E2108 "largely similar"' },
  values: { patient: 'People weigh these things in different ways.', clinician: 'Values clarification and a leaning scale' },
  check: { patient: 'Four short questions help you and your care team', clinician: 'The SURE test (Légaré 2010), reproduced verbatim.' },
  questions: { patient: 'Tick the questions you want to ask your care team.', clinician: 'Question prompt list and free-text notes' },
  knowledge: { patient: 'A few short questions to check the main points.', clinician: "Knowledge check, including the 2015 review's CME post-test" },
  summary: { patient: 'What you looked at and what you said.', clinician: 'One or two printed pages' },
  about: { patient: 'Where the numbers come from, who made this aid', clinician: 'References, method, dates, update policy' },
};
/** The full consultation's screens, in order, with their key-point words. */
/** (A step with no words here is checked with the words of its first key points the app gives.) */
const STEPS = JOURNEY.map((step) => ({ ...step, ...(KEY_POINTS[step.id] ?? {}) }));
/** What the step bar says on a step of the full consultation, by its id ("Step 5 of 14"). */
const stepOf = (id) => `Step ${STEPS.findIndex((s) => s.id === id) + 1} of ${STEPS.length}`;
/** The short consultation: these screens of the full one, in this order. */
const SHORT = SHORT_JOURNEY.map((step) => step.title);
/** Screens outside the consultation, with their h1 and how a person reaches them. */
const OTHER = [
  { title: 'Privacy check', link: 'Privacy check' },
  { title: 'Clinic settings', link: 'Clinic settings' },
  { title: 'Page not found', hash: '#/nope' },
];

const VALUE = 'Avoiding an operation';
const RATING = 'Very important';
const QUESTION = 'Would I need armpit surgery? Which kind, and what is my chance of arm swelling?';
const NOTE = 'Bring my daughter & my list.';
// A long note and every question ticked (below), as the Chromium print test does: the summary's
// two-page limit means something only when the summary is full.
const LONG_NOTE = `${NOTE} ${'My sister had the same operation and I want to ask about how she felt afterwards. '.repeat(4).trim()}`;
const READY = 'Ready to use offline.';
const WIDTH = 390;
const HEIGHT = 844;

/**
 * Everything the walk does inside the page, in one self-contained function (the drivers send its
 * source): `op` names the operation. Elements are found by role and accessible name, and only if
 * a person could see them.
 */
function inPage(op, args) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  // Shown on screen: rendered (checkVisibility: not display:none, not in the skipped content of
  // a closed <details>, whose boxes engines still measure), with a size (not the 1 px "visually
  // hidden" pattern), and not hidden by visibility.
  const visible = (el) => {
    if (!el || !el.isConnected || el.getClientRects().length === 0) return false;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  // The accessible name, as far as this app needs it: aria-labelledby, aria-label, a form
  // control's label, a fieldset's legend, else the text, leaving out what is hidden (a glossary
  // term's closed definition, say). Visually hidden text counts: a screen reader reads it.
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.hidden || node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return '';
    return [...node.childNodes].map(textOf).join('');
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => { const t = document.getElementById(id); return t ? textOf(t) : ''; }).join(' '));
    if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.matches('input, textarea, select')) {
      const label = el.closest('label') || (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`));
      return label ? norm(textOf(label)) : '';
    }
    if (el.matches('fieldset')) {
      const legend = el.querySelector(':scope > legend');
      return legend ? norm(textOf(legend)) : '';
    }
    return norm(textOf(el));
  };
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    textbox: 'textarea, input[type="text"], input:not([type])',
    heading: 'h1, h2, h3, h4, h5, h6',
    group: 'fieldset, [role="group"]',
    region: 'section[aria-labelledby], section[aria-label], [role="region"]',
    navigation: 'nav, [role="navigation"]',
    disclosure: 'details > summary',
    main: 'main',
    banner: 'body > div > header, [role="banner"]',
  };
  // A name is a string (the whole name), { re, flags } (a pattern) or null (any name). Anything
  // else is a mistake that must not match everything (a RegExp object does not survive the trip).
  const matches = (name, wanted) => {
    if (wanted == null) return true;
    if (typeof wanted === 'string') return name === wanted;
    if (typeof wanted.re !== 'string') throw new Error(`not a name to match: ${JSON.stringify(wanted)}`);
    return new RegExp(wanted.re, wanted.flags || '').test(name);
  };
  // A scope is [role, name] or a list of them, outermost first.
  const scopeOf = (within) => {
    let roots = [document];
    const chain = !within ? [] : Array.isArray(within[0]) ? within : [within];
    for (const [role, name] of chain) {
      roots = roots.flatMap((root) => [...root.querySelectorAll(ROLES[role])].filter((el) => visible(el) && matches(nameOf(el), name)));
    }
    return roots;
  };
  const all = (role, name, within) => scopeOf(within)
    .flatMap((root) => [...root.querySelectorAll(ROLES[role])])
    // A radio or checkbox may be drawn small or under its label: its label is what one sees.
    .filter((el) => (['radio', 'checkbox'].includes(role) ? visible(el.closest('label') || el) : visible(el)) && matches(nameOf(el), name));
  const mainText = () => { const m = document.querySelector('main'); return m ? m.innerText : ''; };

  switch (op) {
    case 'find': return all(...args)[0] || null;
    case 'has': return all(...args).length > 0;
    // Brings the element into view and says whether it stayed put over two frames: a screen that
    // is still filling in (the privacy check's findings, say) moves what is below, and a click
    // aimed at a moving element lands on whatever took its place.
    case 'steady': {
      const el = all(...args)[0];
      if (!el) return false;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = () => { const r = el.getBoundingClientRect(); return `${r.x},${r.y},${r.width},${r.height}`; };
      const before = box();
      return new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.isConnected && box() === before)));
      });
    }
    // The names of the visible elements of a role (for failure messages).
    case 'names': return [...new Set(scopeOf(args[1]).flatMap((root) => [...root.querySelectorAll(ROLES[args[0]])]).filter(visible).map(nameOf))].slice(0, 30);
    case 'screen': {
      const h1 = [...document.querySelectorAll('h1')].filter(visible).map((h) => norm(h.textContent));
      const nav = [...document.querySelectorAll('nav')].find((n) => n.getAttribute('aria-label') === 'Steps');
      const progress = nav ? (nav.innerText.split('\n').map(norm).find((line) => /^Step \d+ of \d+/.test(line)) || null) : null;
      return {
        live: !document.getElementById('loading-shell'),
        h1,
        progress,
        title: document.title,
        hash: location.hash,
        panic: /Something went wrong/.test(mainText()),
        // With no heading (an error page, say), what the page does show.
        shown: h1.length ? null : norm(document.body ? document.body.innerText : '').slice(0, 160),
      };
    }
    // Visible text of the main column, of the whole page ('page'), or of a [role, name] scope.
    case 'text': {
      if (args[0] === 'page') return document.body.innerText;
      if (Array.isArray(args[0])) { const scope = scopeOf(args[0])[0]; return scope ? scope.innerText : ''; }
      return mainText();
    }
    case 'state': {
      const el = all(...args)[0];
      return el ? { pressed: el.getAttribute('aria-pressed'), expanded: el.getAttribute('aria-expanded'), checked: !!el.checked, value: el.value ?? null, open: el.open ?? null } : null;
    }
    case 'sideways': {
      const root = document.documentElement;
      const width = root.clientWidth;
      // What sticks out past the right edge, outside anything that scrolls on its own.
      const sticking = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= width + 0.5) return false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return false;
        }
        return true;
      }).slice(0, 4).map((el) => `<${el.tagName.toLowerCase()}> "${norm(el.textContent).slice(0, 40)}" right edge ${Math.round(el.getBoundingClientRect().right)} px`);
      return { scrollWidth: root.scrollWidth, clientWidth: width, innerWidth: window.innerWidth, sticking };
    }
    // Errors in the page: console.error, uncaught errors and rejections, from now on. Installed
    // after each load (WebDriver has no way to run a script before the page's own).
    case 'watchErrors': {
      if (!window.__walkErrors) {
        window.__walkErrors = [];
        const original = console.error.bind(console);
        console.error = (...parts) => { window.__walkErrors.push(parts.map(String).join(' ')); original(...parts); };
        window.addEventListener('error', (e) => window.__walkErrors.push(`uncaught: ${e.message}`));
        window.addEventListener('unhandledrejection', (e) => window.__walkErrors.push(`unhandled rejection: ${e.reason}`));
      }
      return true;
    }
    case 'errors': return window.__walkErrors || [];
    case 'mark': window.__walkMark = args[0]; return true;
    case 'marked': return window.__walkMark ?? null;
    // Print-media emulation for engines that have none over their automation protocol: every
    // @media print rule also applies on screen (the CSSOM is not subject to the page's CSP).
    case 'printRules': {
      let changed = 0;
      const visit = (rules) => {
        for (const rule of rules) {
          if (rule.media && rule.cssRules && /\bprint\b/.test(rule.media.mediaText)) {
            const onScreen = /\bscreen\b/.test(rule.media.mediaText);
            if (args[0] && !onScreen) rule.media.appendMedium('screen');
            if (!args[0] && onScreen) rule.media.deleteMedium('screen');
            if (args[0] !== onScreen) changed += 1;
          } else if (rule.cssRules) {
            visit(rule.cssRules);
          }
        }
      };
      for (const sheet of document.styleSheets) visit(sheet.cssRules);
      return changed;
    }
    case 'detailsContent': return CSS.supports('selector(::details-content)');
    // The browser's print dialog cannot be driven: the Print button's call is counted instead.
    case 'stubPrint': window.__walkPrinted = 0; window.print = () => { window.__walkPrinted += 1; }; return true;
    case 'printed': return window.__walkPrinted ?? null;
    case 'closedDetails': return [...document.querySelectorAll('main details')].filter((d) => !d.open).length;
    case 'worker': {
      const status = document.querySelector('footer [role="status"]');
      return { controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller), status: status ? norm(status.textContent) : null };
    }
    // Fetches a file that no cache holds: 'failed' when nothing answers.
    case 'probe': return fetch(`walk-probe-${Date.now()}`, { cache: 'no-store' }).then(() => 'answered', () => 'failed');
    case 'sessionKeys': return Object.keys(sessionStorage);
    default: throw new Error(`unknown page operation ${op}`);
  }
}

/** A name to match: a string matches the whole name; a RegExp is sent as its source. */
const pattern = (name) => (name instanceof RegExp ? { re: name.source, flags: name.flags } : name);
const show = (name) => (name instanceof RegExp ? String(name) : `"${name}"`);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Walks the app at `url` with driver `d`, failing at the first thing that is not as a person
 * should see it. Returns { covered, cannot } (what was checked, and what this engine cannot do).
 */
export async function walk(d, { url, log, save }) {
  const covered = [];
  const cannot = [];
  const pageErrors = [];
  let where = 'before the first screen';
  let view = 'patient view';
  let way = 'full way';

  const fail = (message) => new WalkFailure(`on ${where}: ${message}`);
  const run = (op, ...args) => d.evaluate(inPage, op, args);
  // Waits for something, naming the screen when it does not come.
  const until = async (probe, ok, what, options = {}) => {
    try {
      return await waitFor(probe, ok, { what, ...options });
    } catch (e) {
      throw e instanceof WalkFailure ? fail(e.message) : e;
    }
  };
  // A scope, [role, name] or a list of them, with its names made fit to send.
  const scope = (within) => (within ? (Array.isArray(within[0]) ? within : [within]).map(([r, n]) => [r, n == null ? null : pattern(n)]) : null);
  const find = (role, name, within) => run('has', role, pattern(name), scope(within));
  const scopeName = (within) => (within ? ` in the ${[].concat(Array.isArray(within[0]) ? within : [within]).map(([r, n]) => `${r} ${show(n)}`).join(' > ')}` : '');
  /** Clicks the visible element of `role` named `name`, once it shows and has stopped moving. */
  const click = async (role, name, within) => {
    try {
      await waitFor(() => find(role, name, within), Boolean, { timeout: 10_000 });
    } catch {
      const seen = await run('names', role, scope(within)).catch(() => []);
      throw fail(`expected a ${role} named ${show(name)}${scopeName(within)}; the visible ${role}s are ${JSON.stringify(seen)}`);
    }
    await until(() => run('steady', role, pattern(name), scope(within)), Boolean, `the ${role} ${show(name)} to stop moving`);
    await d.clickWhere(inPage, 'find', [role, pattern(name), scope(within)]);
  };
  const type = async (role, name, text) => {
    await until(() => find(role, name), Boolean, `a ${role} named ${show(name)}`);
    await d.typeWhere(inPage, ['find', [role, pattern(name)]], text);
  };
  // Where to read text: 'main' (the main column), 'page', or a [role, name] scope.
  const areaLabel = (area) => (area === 'page' ? 'page' : area === 'main' ? 'main column' : `${area[0]} "${area[1]}"`);
  const textOf = (area) => run('text', Array.isArray(area) ? scope(area) : area);
  const has = (text, w) => (w instanceof RegExp ? w.test(text) : text.includes(w));
  const expectText = async (wanted, area = 'main') => {
    const list = [].concat(wanted);
    await until(() => textOf(area), (text) => list.every((w) => has(text, w)),
      `the ${areaLabel(area)} to show ${list.map(show).join(', ')}`,
      { seen: (text) => `${JSON.stringify(list.filter((w) => !has(text || '', w)).map(String))} missing from: "${String(text).replace(/\s+/g, ' ').slice(0, 400)}…"` });
  };
  const expectNoText = async (unwanted, area = 'main') => {
    const text = await textOf(area);
    const shown = [].concat(unwanted).filter((w) => has(text, w));
    if (shown.length) throw fail(`expected ${JSON.stringify(shown.map(String))} not to be visible, but the ${areaLabel(area)} shows it`);
  };
  const expectState = async (role, name, key, value, within) => {
    await until(() => run('state', role, pattern(name), scope(within)), (s) => s && s[key] === value,
      `the ${role} ${show(name)}${scopeName(within)} to be ${key} = ${JSON.stringify(value)}`);
  };
  /** No sideways scrolling: the page is no wider than its viewport (390 px). */
  const expectNoSideways = async () => {
    const s = await run('sideways');
    if (s.innerWidth !== WIDTH) throw fail(`expected the viewport to be ${WIDTH} px wide; it is ${s.innerWidth} px`);
    if (s.scrollWidth > s.clientWidth) throw fail(`expected no sideways scrolling at ${WIDTH} px: the page is ${s.scrollWidth} px wide in a ${s.clientWidth} px viewport; sticking out: ${s.sticking.join('; ') || '(none found)'}`);
  };
  /** The screen with h1 `title` is on show (and live), with `progress` ("Step 3 of 14") if given. */
  const expectScreen = async (title, progress, { wait = 10_000 } = {}) => {
    // Until it shows, a failure is on the way there from the last screen.
    where = `${where}, going to "${title}"`;
    const s = await until(() => run('screen'), (v) => v.live && v.h1.length === 1 && v.h1[0] === title && (progress === undefined || v.progress === progress),
      `the heading "${title}"${progress ? ` and "${progress}"` : ''}`,
      { timeout: wait, seen: (v) => (v ? `heading ${JSON.stringify(v.h1)}, progress ${JSON.stringify(v.progress)}, ${v.live ? 'live' : 'still the loading shell'}, address ${v.hash}${v.panic ? ', "Something went wrong"' : ''}${v.shown !== null ? `, page text "${v.shown}"` : ''}` : 'nothing') });
    where = `"${title}" (${view}, ${way})`;
    if (s.panic) throw fail('the app shows "Something went wrong"');
    await expectNoSideways();
    return s;
  };
  /** Follows "Next: <title>" in the back-and-next navigation. */
  const next = async (title, progress) => {
    await click('link', `Next: ${title}`, ['navigation', 'Back and next']);
    await expectScreen(title, progress);
  };
  /** On a phone the view and text-size switches fold behind one button ("Patient view,
   *  Standard text"): unfolds them. */
  const DISPLAY = /^(Patient|Clinician) view, (Standard|Large|Larger) text$/;
  const showDisplaySwitches = async () => {
    await until(() => find('button', DISPLAY, ['banner', null]), Boolean, 'the button that folds the view and text size');
    const state = await run('state', 'button', pattern(DISPLAY), scope(['banner', null]));
    if (state.expanded === 'false') await click('button', DISPLAY, ['banner', null]);
    await expectState('button', DISPLAY, 'expanded', 'true', ['banner', null]);
  };
  const setView = async (name) => {
    await showDisplaySwitches();
    await click('button', name, ['group', 'Who the screen is written for']);
    await expectState('button', name, 'pressed', 'true', ['group', 'Who the screen is written for']);
    view = name.toLowerCase();
  };
  /** Goes to a step with the step list (folded behind "Steps: …" at this width). */
  const goToStep = async (title) => {
    const index = STEPS.findIndex((s) => s.title === title);
    const link = `${index + 1}. ${title}`;
    if (!(await find('link', link, ['navigation', 'Steps']))) await click('disclosure', /^Steps(: .*)?$/, ['navigation', 'Steps']);
    await click('link', link, ['navigation', 'Steps']);
  };
  const collectErrors = async () => {
    pageErrors.push(...(await run('errors').catch(() => [])));
  };
  const reload = async () => {
    await collectErrors();
    await run('mark', 'before reload');
    await d.reload();
  };
  const expectReloaded = async () => {
    await until(() => run('marked'), (m) => m === null, 'a new page after the reload (the old one is still there)');
    await run('watchErrors');
  };

  let phase = Date.now();
  const done = (what) => { log(`${what}: ${((Date.now() - phase) / 1000).toFixed(1)} s`); phase = Date.now(); };
  try {
    // -- 1. The start screen: it appears, and becomes live (the pre-rendered copy is replaced).
    await d.setViewport(WIDTH, HEIGHT);
    const loadStart = Date.now();
    await d.goto(url);
    where = 'the first screen';
    await expectScreen('Start', `Step 1 of ${STEPS.length}`, { wait: 30_000 });
    await run('watchErrors');
    log(`start screen live ${Date.now() - loadStart} ms after the navigation began`);
    await showDisplaySwitches();
    await expectState('button', 'Patient view', 'pressed', 'true', ['group', 'Who the screen is written for']);
    await expectText([STEPS[0].patient, 'Should you have the breast treated now', 'Nothing you enter leaves this device.']);
    covered.push('start screen appears and becomes live; patient view is the one pressed');

    // -- 2. Both ways through, in both views.
    for (const viewName of ['Patient view', 'Clinician view']) {
      if (viewName === 'Clinician view') {
        await setView('Clinician view');
        await expectText(STEPS[0].clinician);
      }
      const key = viewName === 'Patient view' ? 'patient' : 'clinician';
      const other = viewName === 'Patient view' ? 'clinician' : 'patient';
      const expectKeyPoints = async (title) => {
        const step = STEPS.find((s) => s.title === title);
        await expectText(step[key]);
        // Each view shows its own key points (the patient's words are not the clinician's).
        if (key === 'patient') await expectNoText(step[other]);
      };

      // The short way: Start, the options, what matters to you, SURE, the summary.
      way = 'short way';
      await click('link', /^Short consultation \(about \d+ minutes\)$/);
      for (const [i, title] of SHORT.entries()) {
        if (i === 0) continue;
        const progress = `Step ${i + 1} of ${SHORT.length} (short consultation)`;
        if (i === 1) await expectScreen(title, progress); else await next(title, progress);
        await expectKeyPoints(title);
        if (title === 'What matters to you' && viewName === 'Patient view') {
          // A rating and a leaning, then a reload: the tab's session storage keeps them.
          await click('radio', RATING, ['group', new RegExp(`^${escape(VALUE)}`)]);
          await expectState('radio', RATING, 'checked', true, ['group', new RegExp(`^${escape(VALUE)}`)]);
          await click('radio', LEANING, ['group', 'Which way are you leaning now?']);
          await expectText([`You are leaning: ${LEANING}.`]);
          // Her answers read back, under "What you said".
          const said = () => expectText([RATING, VALUE, `You are leaning: ${LEANING}.`], ['region', 'What you said']);
          await said();
          const keys = await run('sessionKeys');
          if (keys.length === 0) throw fail('expected the session to be kept in sessionStorage; it is empty');
          await reload();
          await expectScreen(title, progress, { wait: 30_000 });
          await expectReloaded();
          await expectState('radio', RATING, 'checked', true, ['group', new RegExp(`^${escape(VALUE)}`)]);
          await expectState('radio', LEANING, 'checked', true, ['group', 'Which way are you leaning now?']);
          await said();
          covered.push(`a value rating ("${VALUE}": ${RATING}) and the leaning are kept over a reload (sessionStorage keys ${JSON.stringify(keys)})`);
        }
      }
      await expectText(['You took the short consultation', VALUE, `Leaning: ${LEANING}`]);
      covered.push(`short way in the ${view}: ${SHORT.length} screens, each heading and "Step N of ${SHORT.length} (short consultation)"`);

      // The full way: Begin, then Next through all 14 steps.
      await goToStep('Start');
      way = 'full way';
      await expectScreen('Start', `Step 1 of ${SHORT.length} (short consultation)`);
      await expectKeyPoints('Start');
      await click('link', 'Begin');
      for (const [i, step] of STEPS.entries()) {
        if (i === 0) continue;
        const progress = `Step ${i + 1} of ${STEPS.length}`;
        if (i === 1) await expectScreen(step.title, progress); else await next(step.title, progress);
        await expectKeyPoints(step.title);
        if (step.title === 'What matters to you') {
          // The answers of the short way are still there on the full one, in either view.
          await expectState('radio', RATING, 'checked', true, ['group', new RegExp(`^${escape(VALUE)}`)]);
        }
        if (step.title === 'Your situation' && viewName === 'Patient view') {
          for (const [question, answer] of SITUATION) {
            // A glossary word in a question is a button: a space may come before the "?".
            const group = ['group', new RegExp(`^${escape(question).replace(/\\\?/g, '\\s?\\?')}`)];
            await click('radio', answer, group);
            await expectState('radio', answer, 'checked', true, group);
          }
          // The answers choose what the aid shows first (the 2015 review's card for her case).
          await expectText('If the breast and the cancer elsewhere are both under control');
        }
        if (step.title === 'Your questions' && viewName === 'Patient view') {
          for (const question of await run('names', 'checkbox', ['main', null])) {
            await click('checkbox', question);
            await expectState('checkbox', question, 'checked', true);
          }
          await type('textbox', /^My notes/, LONG_NOTE);
          await expectState('textbox', /^My notes/, 'value', LONG_NOTE);
        }
        if (step.title === 'Check your understanding' && viewName === 'Clinician view') {
          // The clinician view asks the 2015 review's questions instead of the patient's.
          await expectText('True or False: Systemic therapy is the primary treatment');
        }
        if (step.title === 'Summary') {
          await expectText(['You took the full consultation.', VALUE, `Leaning: ${LEANING}`, QUESTION, NOTE]);
        }
      }
      covered.push(`full way in the ${view}: all ${STEPS.length} steps by "Next", each heading, "Step N of ${STEPS.length}" and the ${key}'s key points`);
      done(`both ways in the ${view}`);

      // The screens outside the consultation.
      way = 'outside the consultation';
      await goToStep('Summary');
      await click('link', 'For her to take home (large print)');
      await expectScreen('To take home');
      await expectText(['Your options', 'Key numbers', QUESTION, NOTE]);
      for (const screen of OTHER) {
        if (screen.link) await click('link', screen.link);
        else await d.goto(new URL(screen.hash, url).href);
        await expectScreen(screen.title);
      }
      // An unknown address says so, loses nothing, and leads back to the start.
      await expectText('Nothing you entered has been lost.');
      await click('link', 'Go to the start');
      way = 'full way';
      await expectScreen('Start', `${stepOf('start')}`);
      done(`the other screens in the ${view}`);
    }
    covered.push(`no sideways scrolling at ${WIDTH} px on every screen above, in both views (scrollWidth <= clientWidth)`);

    // -- 3. The prints: the clinician's summary and the take-home, in the patient view.
    await setView('Patient view');
    way = 'printing';
    await goToStep('Summary');
    await expectScreen('Summary', `${stepOf('summary')}`);
    const detailsContent = await run('detailsContent');
    const summaryPrinted = ['Summary', 'The decision', 'Should you have the breast treated now', 'Your situation', 'The options compared',
      'Will it help me live longer?', 'What matters to you', VALUE, `Leaning: ${LEANING}`, QUESTION, NOTE, 'This aid is not medical advice.', 'Evidence version',
      'Bone only', 'how she felt afterwards. My sister had the same operation'];
    const summaryChrome = ['Skip to the page content', `${stepOf('summary')}`, 'Next: Sources and about', 'Back: Check your understanding', 'End session',
      'Print or save as PDF', 'Patient view', 'Clinic settings', 'Read this page aloud'];
    const takeHomePrinted = ['To take home', 'Your options', 'Key numbers', 'Key harms, in numbers', 'What matters to you', VALUE,
      'Your questions and notes', QUESTION, NOTE, 'Read this aid again', 'About this summary', 'This aid is not medical advice.'];
    const takeHomeChrome = ['Read this page aloud', 'Print in large print', 'Back to the summary', 'End session', 'Clinic settings'];

    /** The page as printed, by print-media emulation: what shows, and what the print leaves out. */
    const emulatedPrint = async (printed, chrome, label) => {
      const changed = await run('printRules', true);
      if (!changed) throw fail('expected @media print rules in the page\'s style sheets; found none');
      try {
        await expectText(printed, 'page');
        await expectNoText(chrome, 'page');
      } finally {
        await run('printRules', false);
      }
      covered.push(`${label}, print-media emulation (the page's @media print rules applied on screen): ${printed.length} headings and key words shown, ${chrome.length} controls hidden`);
    };
    /** The page printed to PDF by the engine, if it can: the same words, and its pages. */
    const printedPdf = async (printed, chrome, maxPages, label) => {
      let pdf;
      try {
        pdf = await d.pdf();
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        if (!cannot.includes(`printing to PDF: ${e.message}`)) cannot.push(`printing to PDF: ${e.message}`);
        return;
      }
      save(`${label.replace(/\W+/g, '-')}.pdf`, pdf);
      const pages = pdfPages(pdf);
      if (pages.length > maxPages) throw fail(`expected the ${label} to print on at most ${maxPages} pages (A4); it takes ${pages.length}`);
      const text = pages.join(' ');
      const missing = printed.filter((w) => !text.includes(w));
      if (missing.length) throw fail(`expected the PDF of the ${label} to hold ${JSON.stringify(missing)}; its text begins "${text.slice(0, 300)}…"`);
      const shown = chrome.filter((w) => text.includes(w));
      if (shown.length) throw fail(`expected the PDF of the ${label} to leave out ${JSON.stringify(shown)}`);
      covered.push(`${label} printed to PDF (A4): ${pages.length} page(s), ${printed.length} headings and key words found, no controls`);
    };

    // Before the Print button is pressed every disclosure is closed: with ::details-content the
    // print styles open them by themselves; without it, only the button's script does.
    if (detailsContent) await emulatedPrint(summaryPrinted, summaryChrome, 'summary (disclosures closed)');
    else cannot.push('::details-content is not supported: closed disclosures print only through the app\'s Print button (it opens them first)');
    await run('stubPrint');
    await click('button', 'Print or save as PDF');
    await until(() => run('printed'), (n) => n === 1, 'the Print button to call window.print() once');
    const closed = await run('closedDetails');
    if (closed) throw fail(`expected the Print button to open every disclosure of the page; ${closed} still closed`);
    if (!detailsContent) await emulatedPrint(summaryPrinted, summaryChrome, 'summary (after the Print button)');
    // The clinician's summary fits two pages (README, tested in Chromium).
    await printedPdf(summaryPrinted, summaryChrome, 2, 'clinician\'s summary');

    way = 'printing';
    await click('link', 'For her to take home (large print)');
    await expectScreen('To take home');
    await emulatedPrint(takeHomePrinted, takeHomeChrome, 'take-home print');
    await run('stubPrint');
    await click('button', 'Print in large print');
    await until(() => run('printed'), (n) => n === 1, 'the "Print in large print" button to call window.print() once');
    // Five pages of A4 at the standard text size (README, measured in Chromium).
    await printedPdf(takeHomePrinted, takeHomeChrome, 5, 'take-home print');
    done('the prints');

    // -- 4. Offline: once the service worker controls the page and has every file, the server is
    //    stopped for real and the page reloaded.
    way = 'offline';
    await goToStep('Survival');
    await expectScreen('Survival', `${stepOf('survival')}`);
    let worker = await until(() => run('worker'), (w) => w.controlled && /^(Ready to use offline\.|Saving a copy)/.test(w.status || ''),
      'a service worker to control the page and the footer to say "Ready to use offline."', { timeout: 30_000 });
    if (worker.status !== READY) {
      // The first visit may still be saving: a reload shows the real state.
      await reload();
      await expectScreen('Survival', `${stepOf('survival')}`, { wait: 30_000 });
      await expectReloaded();
      worker = await until(() => run('worker'), (w) => w.controlled && w.status === READY, `the footer to say "${READY}"`, { timeout: 30_000 });
    }
    await collectErrors();
    const stopped = Date.now();
    await stopServer(url);
    log(`server stopped (its port refuses connections after ${Date.now() - stopped} ms)`);
    await reload();
    where = '"Survival" reloaded with the server stopped';
    await expectScreen('Survival', `${stepOf('survival')}`, { wait: 30_000 });
    await expectReloaded();
    await until(() => run('worker'), (w) => w.controlled && w.status === READY, `the reloaded page to be controlled by the service worker and say "${READY}"`, { timeout: 30_000 });
    await next('Control of the breast tumour', `${stepOf('breast')}`);
    await goToStep('Summary');
    await expectScreen('Summary', `${stepOf('summary')}`);
    await expectText([VALUE, QUESTION, NOTE]);

    // -- 5. No errors in the page all along (checked before the probe below, whose failure the
    //    engine reports as an error).
    await collectErrors();
    const engineErrors = await d.engineErrors();
    const errors = [...new Set([...pageErrors, ...(engineErrors || [])])];
    where = 'the whole walk';
    if (errors.length) throw fail(`expected no errors in the page; saw ${JSON.stringify(errors.slice(0, 5))}`);
    covered.push(`no page errors (console.error, uncaught errors and rejections${engineErrors ? ', as the engine reports them, from the first script on' : ', watched in the page from just after each load'})`);
    if (!engineErrors) cannot.push('errors before the walk\'s watcher is installed after each load (the app\'s start-up) are not seen: the engine\'s protocol reports no console or page errors');

    // Really offline: a file outside the offline copy cannot be fetched.
    where = '"Summary" with the server stopped';
    const probe = await run('probe');
    if (probe !== 'failed') throw fail(`expected a file outside the offline copy to fail with the server stopped; it was ${probe}`);
    covered.push('offline: with the server process killed (port refusing connections), a reload is served by the service worker, shows the screen, walks on, and keeps her answers; a file outside the copy fails');
    done('offline');
    for (const note of d.notes || []) cannot.push(note);
  } catch (e) {
    // Anything else (a driver error, say) still says where it happened.
    if (e instanceof WalkFailure) throw e;
    throw fail(e.stack || e.message);
  }
  return { covered, cannot };
}
