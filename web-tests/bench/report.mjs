// Benchmark report (used by scripts/bench.sh).
//
//   node report.mjs sizes   DIR   : prints our first load beside the Yew floor, with the ratio
//   node report.mjs summary DIR   : prints the final table against the size, speed and reading
//                                   targets set for the aid (below), and writes
//                                   DIR/results.json
// DIR (target/bench) holds sizes-app.json, sizes-floor.json (from `xtask size-report --json`),
// lighthouse-python.json, lighthouse-gzip.json (lighthouse.mjs), steps.json (step-timing.mjs) and
// meta.json (written by bench.sh). Any part that is missing is reported as "not measured".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
if (!['sizes', 'summary'].includes(mode) || !dir) {
  console.error('usage: node report.mjs sizes|summary DIR');
  process.exit(2);
}
const load = (name) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null);
const app = load('sizes-app.json');
const floor = load('sizes-floor.json');
const kind = (file) => (file.endsWith('.wasm') ? 'wasm' : file.endsWith('.css') ? 'css' : file.endsWith('.html') ? 'html' : 'js');
const byKind = (sizes) => {
  const out = {};
  for (const f of sizes.files.filter((f) => f.first_load)) {
    const k = kind(f.file);
    out[k] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 };
    out[k].files += 1;
    for (const m of ['raw', 'gzip', 'brotli']) out[k][m] += f[m] ?? 0;
  }
  return out;
};
const ratio = (a, b) => (a != null && b ? a / b : null);
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB`);

if (mode === 'sizes') {
  if (!app || !floor) { console.error('sizes-app.json or sizes-floor.json missing'); process.exit(1); }
  const a = byKind(app);
  const f = byKind(floor);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'first load, bytes'.padEnd(18)} ${pad('ours raw', 10)} ${pad('gzip-9', 9)} ${pad('brotli', 9)}   ${pad('floor raw', 10)} ${pad('gzip-9', 9)} ${pad('brotli', 9)}   ${pad('ratio gz', 8)} ${pad('ratio br', 8)}`);
  for (const k of ['html', 'js', 'css', 'wasm']) {
    const o = a[k] ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
    const fl = f[k] ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
    const r = (m) => (fl[m] ? `${(o[m] / fl[m]).toFixed(2)}x` : '-');
    console.log(`${`${k} (${o.files} vs ${fl.files} files)`.padEnd(18)} ${pad(o.raw, 10)} ${pad(o.gzip, 9)} ${pad(o.brotli, 9)}   ${pad(fl.raw, 10)} ${pad(fl.gzip, 9)} ${pad(fl.brotli, 9)}   ${pad(r('gzip'), 8)} ${pad(r('brotli'), 8)}`);
  }
  const t = app.first_load;
  const ft = floor.first_load;
  console.log(`${'TOTAL'.padEnd(18)} ${pad(t.raw, 10)} ${pad(t.gzip, 9)} ${pad(t.brotli, 9)}   ${pad(ft.raw, 10)} ${pad(ft.gzip, 9)} ${pad(ft.brotli, 9)}   ${pad(ratio(t.gzip, ft.gzip).toFixed(2) + 'x', 8)} ${pad(ratio(t.brotli, ft.brotli).toFixed(2) + 'x', 8)}`);
  const later = app.files.filter((x) => !x.first_load);
  const sum = (m) => later.reduce((s, x) => s + (x[m] ?? 0), 0);
  console.log(`later (not first load: ${later.map((x) => x.file).join(', ')}): raw ${sum('raw')}, gzip-9 ${sum('gzip')}, brotli ${sum('brotli')}`);
  process.exit(0);
}

// summary
const lhPy = load('lighthouse-python.json');
const lhGz = load('lighthouse-gzip.json');
const steps = load('steps.json');
const meta = load('meta.json') ?? {};
const reading = load('reading.json');
// The size and speed targets set for the aid: a first load of 150 KB gzip, and a whole aid (first
// load and the texts file loaded after it) no larger than the first load was when the target was
// set (271,280 B gzip).
const BUDGET = 150_000;
const WHOLE_BUDGET = 271_280;
const wasmSizes = load('wasm-sizes.json');

const rows = [];
const target = (what, value, shown, goal, met) => rows.push({ what, value, shown, target: goal, met: value == null ? null : met });
const firstGzip = app?.first_load.gzip ?? null;
const floorGzip = floor?.first_load.gzip ?? null;
target('First load, gzip-9', firstGzip, kb(firstGzip), '<= 150 KB', firstGzip <= BUDGET);
target('First load, brotli-11', app?.first_load.brotli ?? null, kb(app?.first_load.brotli), '(info)', undefined);
const later = (app?.files ?? []).filter((f) => /^texts-[0-9a-f]{16}\.txt$/.test(f.file));
const laterGzip = later.length ? later.reduce((sum, f) => sum + f.gzip, 0) : null;
target('Texts file, loaded after the first paint, gzip-9', laterGzip, kb(laterGzip), '(info)', undefined);
const wholeGzip = firstGzip == null || laterGzip == null ? null : firstGzip + laterGzip;
target('Whole aid (first load + texts file), gzip-9', wholeGzip, kb(wholeGzip), '<= 271.3 KB', wholeGzip <= WHOLE_BUDGET);
if (wasmSizes) {
  target('  wasm code (function bodies), gzip alone', wasmSizes.code_gzip, kb(wasmSizes.code_gzip), '(info)', undefined);
  target('  wasm data (words, tables), gzip alone', wasmSizes.data_gzip, kb(wasmSizes.data_gzip), '(info)', undefined);
}
target('Yew floor first load, gzip-9', floorGzip, kb(floorGzip), '(reference)', undefined);
const rg = ratio(firstGzip, floorGzip);
const rb = ratio(app?.first_load.brotli, floor?.first_load.brotli);
target('Ours / floor, gzip-9', rg, rg == null ? 'n/a' : `${rg.toFixed(2)}x`, 'stretch <= 2.5x', rg <= 2.5);
target('Ours / floor, brotli-11', rb, rb == null ? 'n/a' : `${rb.toFixed(2)}x`, '(info)', undefined);
for (const [label, lh] of [['gzip server', lhGz], ['python http.server, no compression', lhPy]]) {
  if (!lh) { target(`Lighthouse (${label})`, null, 'not measured', '', null); continue; }
  target(`Lighthouse performance (${label})`, lh.performance, String(lh.performance), '100', lh.performance === 100);
  target(`Lighthouse accessibility (${label})`, lh.accessibility, String(lh.accessibility), '100', lh.accessibility === 100);
  target(`Lighthouse best practices (${label})`, lh.best_practices, String(lh.best_practices), '100', lh.best_practices === 100);
  target(`LCP, simulated mobile (${label})`, lh.lcp_ms, `${(lh.lcp_ms / 1000).toFixed(2)} s`, '<= 1.2 s', lh.lcp_ms <= 1200);
  target(`FCP (${label})`, lh.fcp_ms, `${(lh.fcp_ms / 1000).toFixed(2)} s`, '(info)', undefined);
  target(`TBT (${label})`, lh.tbt_ms, `${Math.round(lh.tbt_ms)} ms`, '(info)', undefined);
  target(`CLS (${label})`, lh.cls, lh.cls.toFixed(3), '(info)', undefined);
}
if (steps) {
  target(`Step change median, CPU ${steps.cpu_throttling_rate}x (${steps.presses} presses)`, steps.median_ms, `${steps.median_ms.toFixed(1)} ms`, '<= 35 ms', steps.median_ms <= 35);
  target(`Step change worst, CPU ${steps.cpu_throttling_rate}x`, steps.worst_ms, `${steps.worst_ms.toFixed(1)} ms`, '<= 80 ms', steps.worst_ms <= 80);
} else {
  target('Step change timing', null, 'not measured', '<= 35 ms', null);
}
if (reading) {
  for (const [key, goal, budget] of [
    ['patient_first_layer', '<= 2,500 words', 2500],
    ['clinician_first_layer', '<= 6,000 words', 6000],
    ['short_path_patient', '<= 1,000 words', 1000],
  ]) {
    const r = reading[key];
    target(`Words, ${r.what}`, r.total, `${r.total} (${r.minutes} min)`, goal, r.total <= budget);
  }
  for (const key of ['patient_everything', 'clinician_everything']) {
    const r = reading[key];
    target(`Words, ${r.what}`, r.total, `${r.total} (${r.minutes} min)`, '(info)', undefined);
  }
} else {
  target('Reading length', null, 'not measured', '', null);
}

const w = Math.max(...rows.map((r) => r.what.length));
const vw = Math.max(...rows.map((r) => r.shown.length), 6);
console.log(`${'figure'.padEnd(w)}  ${'value'.padStart(vw)}  ${'target'.padEnd(13)}  status`);
console.log(`${'-'.repeat(w)}  ${'-'.repeat(vw)}  ${'-'.repeat(13)}  ------`);
for (const r of rows) {
  const status = r.met === undefined ? '' : r.met === null ? 'NOT MEASURED' : r.met ? 'met' : 'NOT MET';
  console.log(`${r.what.padEnd(w)}  ${r.shown.padStart(vw)}  ${r.target.padEnd(13)}  ${status}`);
}
const judged = rows.filter((r) => r.met !== undefined);
console.log(`${judged.filter((r) => r.met).length} of ${judged.length} targets met.`);

const results = {
  ...meta,
  sizes: { app, floor, ratio_gzip: rg, ratio_brotli: rb },
  lighthouse: { gzip_server: lhGz, python_http_server: lhPy },
  step_change: steps,
  reading,
  targets: rows.map(({ what, value, target: goal, met }) => ({ what, value, target: goal, met: met ?? null })),
};
writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));
console.log(`Written: ${join(dir, 'results.json')}`);
