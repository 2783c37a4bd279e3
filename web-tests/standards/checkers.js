// Two standards checkers besides axe, for tests/standards.spec.js:
// - IBM Equal Access (accessibility-checker-engine): its browser build, ace.js, injected into the
//   page (the page's Content-Security-Policy forbids it: the spec runs with bypassCSP) and run with
//   the IBM_Accessibility policy.
// - The Nu HTML checker (vnu-jar): the serialized DOM of each screen is saved as a file, and the
//   checker runs once over all of them (its JVM takes seconds to start).
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const ACE_JS = require.resolve('accessibility-checker-engine/ace.js');
export const VNU_JAR = String(require('vnu-jar')); // the package's export is the jar's path
export const JAVA = process.env.JAVA || '/usr/bin/java';

/** The levels the IBM checker reports, worst first (as its own reporter names them). */
export const IBM_LEVELS = ['violation', 'potentialviolation', 'recommendation', 'potentialrecommendation', 'manual'];

/** The IBM checker's level for a result's value pair, as accessibility-checker's reporter maps it. */
function ibmLevel([kind, outcome]) {
  if (outcome === 'PASS') return 'pass';
  if ((kind === 'VIOLATION' || kind === 'RECOMMENDATION') && outcome === 'MANUAL') return 'manual';
  if (kind === 'VIOLATION') return outcome === 'FAIL' ? 'violation' : outcome === 'POTENTIAL' ? 'potentialviolation' : '';
  if (kind === 'RECOMMENDATION') return outcome === 'FAIL' ? 'recommendation' : outcome === 'POTENTIAL' ? 'potentialrecommendation' : '';
  return '';
}

/** Puts the engine into the page (once per document; a hash change keeps it) and leaves no tag. */
async function injectAce(page) {
  if (await page.evaluate(() => typeof window.ace === 'object' && window.ace !== null)) return;
  const tag = await page.addScriptTag({ path: ACE_JS });
  await tag.evaluate((el) => el.remove());
}

/** Runs the IBM checker over the document; returns every result that is not a pass. */
export async function ibmScan(page) {
  await injectAce(page);
  const results = await page.evaluate(async () => {
    const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
    return report.results
      .filter((r) => r.value[1] !== 'PASS')
      .map((r) => ({ value: r.value, rule: r.ruleId, reason: r.reasonId, message: r.message, path: r.path.dom, snippet: r.snippet }));
  });
  return results.map((r) => ({ ...r, level: ibmLevel(r.value) })).filter((r) => r.level);
}

/** The DOM as it is now, as an HTML document (what Nu checks). */
export function serializedDom(page) {
  return page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
}

/**
 * Runs the Nu HTML checker once over `files` and returns its messages, each with the file it is
 * about. Warnings are asked for too (they cost nothing more): the caller decides what fails.
 */
export function nuCheck(files) {
  if (!fs.existsSync(JAVA)) {
    return Promise.reject(new Error(`The Nu HTML checker needs a Java runtime (17 is known to work) at ${JAVA} (set JAVA to another path, or on Debian: apt-get install default-jre-headless)`));
  }
  return new Promise((resolve, reject) => {
    execFile(JAVA, ['-jar', VNU_JAR, '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // vnu exits 1 when it found errors; its JSON is on stderr either way.
      let parsed;
      try { parsed = JSON.parse(stderr); } catch { return reject(new Error(`vnu gave no JSON (${error?.message}): ${stderr.slice(0, 500)}`)); }
      resolve(parsed.messages.map((m) => ({
        type: m.type === 'info' && m.subType === 'warning' ? 'warning' : m.type,
        file: m.url ? path.basename(decodeURIComponent(m.url.replace(/^file:/, ''))) : '',
        message: m.message,
        extract: m.extract,
        line: m.lastLine,
      })));
    });
  });
}

/** The screens and states checked, and what each checker found on them. */
export class Findings {
  constructor(dir) {
    this.dir = dir;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    this.screens = [];
    this.files = new Map(); // hash of the DOM → file name (identical states are checked once by Nu)
    this.ibm = []; // { screen, level, rule, reason, message, path, snippet }
    this.nu = [];
    this.ibmMs = 0;
  }

  /** Checks the page as it is now with IBM and saves its DOM for Nu, under `screen`. */
  async check(page, screen) {
    const html = await serializedDom(page);
    const hash = createHash('sha1').update(html).digest('hex');
    this.screens.push(screen);
    if (!this.files.has(hash)) {
      const name = `${String(this.files.size).padStart(3, '0')}-${screen.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.html`;
      fs.writeFileSync(path.join(this.dir, name), html);
      this.files.set(hash, { name, screens: [] });
    }
    this.files.get(hash).screens.push(screen);
    const start = Date.now();
    for (const r of await ibmScan(page)) this.ibm.push({ screen, ...r });
    this.ibmMs += Date.now() - start;
  }

  /** Runs Nu over every distinct DOM saved; a message on a file counts for every screen it stands for. */
  async runNu() {
    const byName = new Map([...this.files.values()].map((f) => [f.name, f.screens]));
    const messages = await nuCheck([...byName.keys()].map((n) => path.join(this.dir, n)));
    this.nu = messages.map((m) => ({ ...m, screen: (byName.get(m.file) || [m.file])[0], screens: byName.get(m.file) || [m.file] }));
  }

  ibmAt(level) { return this.ibm.filter((r) => r.level === level); }
  nuAt(type) { return this.nu.filter((m) => m.type === type); }

  /** Counts by rule, with the screens each was found on (and how often) and one example. */
  static byRule(items, ruleOf, exampleOf) {
    const rules = new Map();
    for (const item of items) {
      const rule = ruleOf(item);
      if (!rules.has(rule)) rules.set(rule, { rule, count: 0, screens: new Map(), example: exampleOf(item) });
      const entry = rules.get(rule);
      entry.count += 1;
      entry.screens.set(item.screen, (entry.screens.get(item.screen) || 0) + 1);
    }
    return [...rules.values()].sort((a, b) => b.count - a.count);
  }

  /** A plain-text report: per checker and level, per rule, per screen, with an example element. */
  report() {
    const lines = [`Screens and states checked: ${this.screens.length} (${this.files.size} distinct DOMs for Nu); IBM ran ${(this.ibmMs / 1000).toFixed(1)} s.`];
    const section = (title, items, ruleOf, exampleOf) => {
      lines.push(`${title}: ${items.length}`);
      for (const r of Findings.byRule(items, ruleOf, exampleOf)) {
        lines.push(`  ${r.count} × ${r.rule}`);
        lines.push(`      e.g. ${r.example}`);
        lines.push(`      on ${[...r.screens].map(([s, n]) => `${s} (${n})`).join('; ')}`);
      }
    };
    for (const level of IBM_LEVELS) {
      section(`IBM ${level}`, this.ibmAt(level), (r) => `${r.rule}/${r.reason}: ${r.message}`, (r) => `${r.snippet} at ${r.path}`);
    }
    const nuRule = (m) => m.message.replace(/“[^”]*”/g, (q) => (/^“(role|aria-[a-z]+|[a-z]+)”$/.test(q) ? q : '“…”'));
    for (const type of ['error', 'non-document-error', 'warning', 'info']) {
      const items = this.nuAt(type);
      if (items.length || type === 'error' || type === 'warning') section(`Nu ${type}`, items, nuRule, (m) => `${m.file}:${m.line}: ${m.message} — ${JSON.stringify(m.extract)}`);
    }
    return lines.join('\n');
  }
}
