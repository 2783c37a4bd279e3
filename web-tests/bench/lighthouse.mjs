// Runs Lighthouse 12.2.3 (this folder's node_modules) against a URL the way ../../shared/toolchain.md §7
// does: mobile form factor, simulated throttling (150 ms RTT, 1.6 Mbps, 4x CPU), headless Chromium.
//
// usage: node lighthouse.mjs URL OUT.json [RUNS]
// With RUNS > 1 the run with the median performance score is kept (Lighthouse's own advice).
// Prints the scores, FCP, LCP, TBT, CLS and the audits that lost points; writes a summary JSON to
// OUT.json and the full report of the kept run next to it (OUT.report.json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [url, out, runsArg] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node lighthouse.mjs URL OUT.json [RUNS]');
  process.exit(2);
}
const runs = Math.max(1, Number(runsArg || 1));
const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'node_modules', '.bin', 'lighthouse');
const chromeFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
].join(' ');

const reports = [];
const tmp = mkdtempSync(join(tmpdir(), 'bench-lh-'));
try {
  for (let i = 0; i < runs; i++) {
    const path = join(tmp, `run${i}.json`);
    const r = spawnSync(cli, [
      url, '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--form-factor=mobile', '--throttling-method=simulate',
      `--chrome-flags=${chromeFlags}`,
      '--output=json', `--output-path=${path}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    if (r.status !== 0) {
      console.error(`lighthouse failed (exit ${r.status}):\n${r.stderr}`);
      process.exit(1);
    }
    reports.push(JSON.parse(readFileSync(path, 'utf8')));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const perf = (r) => r.categories.performance.score;
reports.sort((a, b) => perf(a) - perf(b));
const lhr = reports[Math.floor(reports.length / 2)];
const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
const num = (id) => lhr.audits[id]?.numericValue ?? null;
const lost = Object.values(lhr.audits)
  .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
  .map((a) => `${a.id} (${a.displayValue || a.score})`);
const errored = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);

const summary = {
  url,
  lighthouse: lhr.lighthouseVersion,
  runs,
  all_performance_scores: reports.map((r) => Math.round(perf(r) * 100)),
  performance: score('performance'),
  accessibility: score('accessibility'),
  best_practices: score('best-practices'),
  fcp_ms: num('first-contentful-paint'),
  lcp_ms: num('largest-contentful-paint'),
  tbt_ms: num('total-blocking-time'),
  cls: num('cumulative-layout-shift'),
  speed_index_ms: num('speed-index'),
  tti_ms: num('interactive'),
  lost_points: lost,
  errored_audits: errored,
  run_warnings: lhr.runWarnings,
};
writeFileSync(out, JSON.stringify(summary, null, 2));
writeFileSync(out.replace(/\.json$/, '') + '.report.json', JSON.stringify(lhr));

const s = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
console.log(`  performance ${summary.performance}  accessibility ${summary.accessibility}  best-practices ${summary.best_practices}` +
  (runs > 1 ? `   (median of ${runs} runs; performance ${summary.all_performance_scores.join(', ')})` : ''));
console.log(`  FCP ${s(summary.fcp_ms)}  LCP ${s(summary.lcp_ms)}  TBT ${summary.tbt_ms == null ? 'n/a' : Math.round(summary.tbt_ms) + ' ms'}` +
  `  CLS ${summary.cls == null ? 'n/a' : summary.cls.toFixed(3)}  (Speed Index ${s(summary.speed_index_ms)}, TTI ${s(summary.tti_ms)})`);
if (lost.length) console.log(`  audits below full score: ${lost.join('; ')}`);
if (errored.length) console.log(`  audits that errored (Lighthouse 12.2.3 vs newer Chromium, known noise): ${errored.join(', ')}`);
if (lhr.runWarnings?.length) console.log(`  run warnings: ${lhr.runWarnings.join(' | ')}`);
