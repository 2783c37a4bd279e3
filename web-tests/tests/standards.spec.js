// Two more standards checkers, besides axe (a11y.spec.js), over every screen in both views and
// every state that shows more: each screen as it opens (nothing entered, a laptop); the outcome
// steps with the figures as a table and as words, every disclosure open; every screen with
// everything filled in, on a phone (tables stacked, the folded step list opened), every disclosure open (the
// start screen's SURE questions, every study and further figure); the short consultation; a
// refused contact line and web address; the privacy check's result; the End session dialog.
// - IBM Equal Access (accessibility-checker-engine, policy IBM_Accessibility): no violation.
//   Potential violations, recommendations and manual checks are counted and logged, not failed:
//   they ask a person to judge (focus styles, "is this bold text a heading?", quoted words).
// - The Nu HTML checker (vnu-jar), run once over the serialized DOM of every state: no error.
//   Its warnings are logged, not failed: most are about the saved copy, not the page (a file
//   opened from disk is not the origin the Content-Security-Policy allows scripts from).
// The report (per checker, level, rule and screen, with an example element) is printed and
// attached to the test. The engine is injected into the page, which the Content-Security-Policy
// forbids: this file turns CSP off for its own pages only. Run it alone with
// `npx playwright test tests/standards.spec.js`.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { Findings } from '../standards/checkers.js';
import {
  open, STEPS, OTHER_ROUTES, mainHeading, goToStep, setView, fillSession,
} from './helpers.js';

// No trace: a failure is explained by the report attached (rule, screen, element), and recording
// every step of a walk this long costs time.
test.use({ bypassCSP: true, trace: 'off' });

const ROUTES = [...STEPS, ...OTHER_ROUTES];
const VIEWS = ['Patient view', 'Clinician view'];
// The steps with the "Show numbers as" switch (where the format changes something).
const OUTCOME_STEPS = ['Survival', 'Control of the breast tumour', 'Harms'];
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

/** Waits until the page has been laid out and painted (two animation frames). */
const painted = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Opens a screen by its address (a same-document hash change) and waits for it to be drawn. */
async function visit(page, route) {
  await page.goto(`./${route.hash}`);
  await expect(mainHeading(page, route.title)).toBeVisible();
  await painted(page);
}

/** Opens the aid and waits for the words loaded after the first screen (the knowledge check's). */
async function openLoaded(page) {
  await open(page, '#/knowledge');
  await expect(page.getByRole('main')).not.toContainText('Loading…');
}

/**
 * Opens every disclosure on the page (the step list's fold too, where it folds); returns how many
 * were opened. Their bodies are always in the page, so setting `open` is the same as a click.
 */
async function openEverything(page) {
  const opened = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')];
    for (const d of closed) d.open = true;
    return closed.length;
  });
  await painted(page);
  return opened;
}

/** Answers every question of the knowledge check (the first answer of each), showing feedback. */
async function answerKnowledge(page) {
  await goToStep(page, 'Check your understanding');
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < await groups.count(); i += 1) await groups.nth(i).getByRole('radio').first().check();
  await expect(page.getByRole('main').getByText(/^(✓ That's right\.|✗ Not quite\.)$/).first()).toBeVisible();
}

/**
 * Every screen and state of one view, each checked by IBM and saved for Nu. `extras`: also the
 * screens that look the same in both views (a refused setting, the privacy check's result, the End
 * session dialog).
 */
async function walkView(page, view, findings, extras) {
  const v = view === 'Patient view' ? 'patient' : 'clinician';
  await openLoaded(page);
  await setView(page, view);
  // 1. Nothing entered, on a laptop: every screen as it opens.
  for (const route of ROUTES) {
    await visit(page, route);
    await findings.check(page, `${v} ${route.hash}`);
  }
  // 2. The figures as a table and as words, every disclosure open.
  for (const format of ['Table', 'Words']) {
    await goToStep(page, 'Survival');
    await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: format }).click();
    for (const title of OUTCOME_STEPS) {
      await goToStep(page, title);
      await openEverything(page);
      await findings.check(page, `${v} ${STEPS.find((s) => s.title === title).hash} ${format.toLowerCase()}, all open`);
    }
  }
  await goToStep(page, 'Survival');
  await page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' }).click();
  // 3. Everything filled in (situation, SURE twice, values, questions, notes, the knowledge check),
  //    on a phone, every disclosure open: the most each screen shows (the start screen's SURE
  //    questions, every study and further figure, tailoring, the summary), the step list folded
  //    and opened, the tables stacked.
  await fillSession(page);
  await answerKnowledge(page);
  await page.setViewportSize(PHONE);
  for (const route of ROUTES) {
    await visit(page, route);
    await openEverything(page);
    await findings.check(page, `${v} ${route.hash} filled in, phone, all open`);
  }
  // 4. The short consultation's frame (its step list and Back / Next).
  await goToStep(page, 'Start');
  await page.getByRole('link', { name: /^Short consultation/ }).click();
  await expect(mainHeading(page, 'The options')).toBeVisible();
  await openEverything(page);
  await findings.check(page, `${v} #/options short consultation, phone, all open`);
  await page.setViewportSize(LAPTOP);
  if (!extras) return;
  // 5. A refused contact line and web address; the privacy check's attempt; End session.
  await visit(page, { hash: '#/settings', title: 'Clinic settings' });
  await page.locator('input.field__input[type="text"]').first().fill('x'.repeat(200));
  await page.locator('#public-address').fill('ftp://example.org/');
  await expect(page.locator('.field__problem')).toHaveCount(2);
  await findings.check(page, `${v} #/settings refused input`);
  await visit(page, { hash: '#/privacy', title: 'Privacy check' });
  await page.getByRole('button', { name: 'Try to contact another website' }).click();
  // (With CSP off the request is not refused by policy: any of the three outcomes will do.)
  await expect(page.locator('.page--privacy .notice')).toBeVisible();
  await findings.check(page, `${v} #/privacy after the attempt`);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('dialog', { name: 'End this session?' })).toBeVisible();
  await findings.check(page, `${v} End session dialog`);
}

test('IBM Equal Access finds no violation and the Nu HTML checker no error, on every screen in both views', async ({ context }, testInfo) => {
  test.setTimeout(300_000);
  const started = Date.now();
  const findings = new Findings(path.join(testInfo.outputDir, 'dom'));
  // The two views side by side, each in a tab of its own (its own session).
  await Promise.all(VIEWS.map(async (view, i) => {
    const page = await context.newPage();
    await walkView(page, view, findings, i === 0);
    await page.close();
  }));
  const walked = Date.now();
  await findings.runNu();
  const report = findings.report();
  console.log(`${report}\nWalk and IBM ${((walked - started) / 1000).toFixed(1)} s, Nu ${((Date.now() - walked) / 1000).toFixed(1)} s.`);
  await testInfo.attach('standards-report.txt', { body: report, contentType: 'text/plain' });
  await testInfo.attach('standards-findings.json', { body: JSON.stringify({ ibm: findings.ibm, nu: findings.nu }, null, 1), contentType: 'application/json' });
  expect(findings.screens.length, 'screens and states checked').toBeGreaterThan(80);
  // One line per rule: how often, on how many screens, and one example (the report has the rest).
  const summary = (items, ruleOf, exampleOf) => Findings.byRule(items, ruleOf, exampleOf)
    .map((r) => `${r.count} × ${r.rule} on ${r.screens.size} screens, e.g. ${r.example}`);
  expect.soft(summary(findings.ibmAt('violation'), (r) => `${r.rule}: ${r.message}`, (r) => `${r.screen}: ${r.snippet}`), 'IBM violations').toEqual([]);
  expect.soft(summary([...findings.nuAt('error'), ...findings.nuAt('non-document-error')], (m) => m.message, (m) => `${m.screen}: ${m.extract}`), 'Nu errors').toEqual([]);
});

/** Each table in Chromium's accessibility tree, with how many of each table part it holds. */
async function accessibleTables(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  return nodes.filter((n) => !n.ignored && n.role?.value === 'table').map((table) => {
    const parts = { row: 0, columnheader: 0, rowheader: 0, cell: 0 };
    const walk = (id) => {
      const n = byId.get(id);
      if (!n) return;
      if (!n.ignored && n.role?.value in parts) parts[n.role.value] += 1;
      for (const child of n.childIds || []) walk(child);
    };
    for (const child of table.childIds || []) walk(child);
    return { name: table.name?.value || '', ...parts };
  });
}

// The option grid, the trials table and the summary grid become one block per row on a narrow
// screen (CSS display: block). They carry no ARIA roles (HTML forbids them on a native table's
// rows and cells): this checks that the browser still exposes them as tables.
test('the stacked tables are still tables, rows, headers and cells to assistive technology', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const cdp = await page.context().newCDPSession(page);
  await openLoaded(page);
  let checked = 0;
  for (const route of [STEPS[2], STEPS[3], STEPS[12]]) { // the options, the studies, the summary
    await visit(page, route);
    await openEverything(page);
    const shown = await page.locator('main table').evaluateAll((tables) => tables.filter((t) => t.checkVisibility())
      .map((t) => ({ stacks: t.classList.contains('stacks'), display: getComputedStyle(t.querySelector('tbody td')).display, roles: t.querySelectorAll(':is(thead, tbody, tfoot, tr, th, td)[role]').length + (t.hasAttribute('role') ? 1 : 0) })));
    expect(shown.length, `tables on ${route.hash}`).toBeGreaterThan(0);
    for (const t of shown) expect(t, `a stacked table with no roles on ${route.hash}`).toEqual({ stacks: true, display: 'block', roles: 0 });
    const tables = await accessibleTables(cdp);
    expect(tables.length, `tables in the accessibility tree on ${route.hash}`).toBe(shown.length);
    for (const t of tables) {
      expect(t.columnheader, `column headers of "${t.name}" on ${route.hash}`).toBeGreaterThan(1);
      expect(t.rowheader, `row headers of "${t.name}" on ${route.hash}`).toBeGreaterThan(0);
      expect(t.row, `rows of "${t.name}" on ${route.hash}`).toBe(t.rowheader + 1);
      // A cell under every column header but the row headers' own (the corner may be a cell too).
      expect(t.cell, `cells of "${t.name}" on ${route.hash}`).toBeGreaterThanOrEqual(t.rowheader * (t.columnheader - 1));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(4);
});
