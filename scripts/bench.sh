#!/usr/bin/env bash
# Benchmark command (README, "Benchmark"). Not a test: it prints figures and exits 0 whether or not
# the targets are met; it fails only if a step cannot run.
#
#   1. release build into target/bench/dist (never touches dist/, which the tests use)
#   2. first-load sizes per asset and in total: raw / gzip -9 / brotli -q 11, and the texts file
#      loaded after the first paint
#   2b. where the wasm's bytes go: code against data, per crate, the largest functions
#      (scripts/wasm_sizes.py on the shipped module optimised again with its names kept)
#   3. the Yew floor (bench/floor: a minimal Yew counter, same toolchain and release profile),
#      built in the same run, its sizes beside ours and the ratio ours/floor
#   4. Lighthouse 12.2.3 (mobile, simulated throttling) through a gzip-serving static server
#      (like GitHub Pages) and through python3 -m http.server (no compression)
#   5. Next-press to painted heading, >= 20 presses, CPU slowed 4x through the DevTools protocol
#   6. reading length: words a person sees on each step, first layer (every disclosure closed)
#      and everything, in both views, and minutes at 150 words a minute (src/bin/reading.rs);
#      how hard each step reads: the Flesch-Kincaid grade of the English edition and, beside it,
#      INFLESZ of the Spanish edition (the same binary built with LTA_LANGUAGE=es)
#   7. balance: for each option, numbers on the side of gains and of harms in the first layer and
#      on each print, single-trial results each way, and the values list (src/bin/balance.rs)
#   7. a summary against the size, speed and reading-length targets set for the aid
#      (web-tests/bench/report.mjs); all numbers in target/bench/results.json
#
# Environment: SKIP_SETUP=1 skips scripts/setup.sh; BENCH_LH_RUNS (default 3) Lighthouse runs per
# server, the median-performance run is kept; BENCH_PRESSES (default 26 = two journeys);
# BENCH_CPU_RATE (default 4); BENCH_CARGO_TARGET_DIR: cargo target dir for our build (default:
# the shared target/, cargo locks it while building).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh   # silent when everything is installed
# Only the benchmark needs Python (scripts/wasm_sizes.py and its uncompressed server B), so
# scripts/setup.sh does not ask for it: the build and the tests run without it.
command -v python3 >/dev/null || { echo "bench: python3 is missing: the benchmark needs Python 3 (apt-get install python3)" >&2; exit 1; }
. scripts/env.sh

OUT=target/bench
mkdir -p "$OUT"
rm -f "$OUT"/wasm-sizes.json "$OUT"/sizes-*.json "$OUT"/lighthouse-*.json "$OUT"/steps.json "$OUT"/reading.json "$OUT"/reading-es.json "$OUT"/results.json
LH_RUNS=${BENCH_LH_RUNS:-3}
PRESSES=${BENCH_PRESSES:-26}
CPU_RATE=${BENCH_CPU_RATE:-4}
T0=$SECONDS
step() { printf '\n== %s ==  (t=%ds)\n' "$*" "$((SECONDS - T0))"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'; }
# build LOG CMD...: runs a build quietly (full log in LOG), shows its outcome, stops on failure.
build() {
  local log=$1 start=$SECONDS; shift
  if ! "$@" >"$log" 2>&1; then
    { grep -E -A12 '^error(\[|:)' "$log" | head -n 60 || tail -n 40 "$log"; } >&2
    echo "FAILED: $* (full log: $log)" >&2; exit 1
  fi
  grep -hoE 'Finished `release`.*|postbuild: .*' "$log" | sed 's/^/  /' || true
  echo "  built in $((SECONDS - start)) s (log: $log)"
}
wait_http() { for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; return 1; }

echo "Benchmark of $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src styles index.html Cargo.toml Cargo.lock build.rs web 2>/dev/null || echo ' + uncommitted changes')," \
  "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(loadavg) (other builds on this machine slow the timings)"

step "1. release build -> $OUT/dist"
(
  [ -z "${BENCH_CARGO_TARGET_DIR:-}" ] || export CARGO_TARGET_DIR="$BENCH_CARGO_TARGET_DIR"
  build "$OUT/build-app.log" trunk build --release --offline --dist "$OUT/dist"
)

step "2. first load of ours, per asset (bytes; 'no' = loaded later: service worker, manifest, icons)"
cargo run -q --offline -p xtask -- size-report "$OUT/dist" --json "$OUT/sizes-app.json"

step "2b. where the wasm's bytes go (names kept: wasm-bindgen --keep-debug, wasm-opt with the shipped flags and -g)"
# Trunk's own wasm has no names; the same module, optimised the same way with its names kept,
# has the same function bodies (the names section is left out of every figure).
TARGET_WASM="${BENCH_CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/local-therapy-aid.wasm"
rm -rf "$OUT/named" && mkdir -p "$OUT/named"
wasm-bindgen --target web --keep-debug --out-dir "$OUT/named" "$TARGET_WASM"
web-tests/node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused -g "$OUT/named/local-therapy-aid_bg.wasm" -o "$OUT/named/optimised.wasm"
python3 scripts/wasm_sizes.py "$OUT/named/optimised.wasm" --json "$OUT/wasm-sizes.json" --top 15

step "3. Yew floor (bench/floor: minimal Yew 0.23 counter, same profile, wasm-opt -Oz) -> $OUT/floor-dist"
# Same crate versions as the app: start from the root lockfile (cargo trims it); builds offline.
cp Cargo.lock bench/floor/Cargo.lock
(
  cd bench/floor
  CARGO_TARGET_DIR="$ROOT/$OUT/floor-target" build "$ROOT/$OUT/build-floor.log" \
    trunk build --release --offline --dist "$ROOT/$OUT/floor-dist"
)
cargo run -q --offline -p xtask -- size-report "$OUT/floor-dist" --json "$OUT/sizes-floor.json"
echo
echo "Ours beside the floor (first load; ratio = ours / floor):"
node web-tests/bench/report.mjs sizes "$OUT"

step "4. Lighthouse $(node -p "require('./web-tests/node_modules/lighthouse/package.json').version") (mobile, simulated throttling: 150 ms RTT, 1.6 Mbps, 4x CPU; $LH_RUNS run(s) per server)"
PY_PORT=$(free_port)
python3 -m http.server "$PY_PORT" --bind 127.0.0.1 --directory "$OUT/dist" >/dev/null 2>&1 & pids+=($!)
node web-tests/bench/serve-gzip.mjs "$OUT/dist" 0 >"$OUT/serve-gzip.log" 2>&1 & pids+=($!)
for _ in $(seq 100); do grep -q listening "$OUT/serve-gzip.log" && break; sleep 0.1; done
GZ_URL=$(grep -o 'http://[^ ]*' "$OUT/serve-gzip.log")
PY_URL="http://127.0.0.1:$PY_PORT/"
wait_http "$PY_URL"; wait_http "$GZ_URL"
echo "load average now: $(loadavg)"
echo "Server A: web-tests/bench/serve-gzip.mjs at $GZ_URL (gzip, Cache-Control max-age=600, like GitHub Pages)"
node web-tests/bench/lighthouse.mjs "$GZ_URL" "$OUT/lighthouse-gzip.json" "$LH_RUNS"
echo "Server B: python3 -m http.server at $PY_URL (sends NO compression: Lighthouse's 'Enable text compression' counts against it)"
node web-tests/bench/lighthouse.mjs "$PY_URL" "$OUT/lighthouse-python.json" "$LH_RUNS"

step "5. step change: Next pressed -> next heading painted, CPU ${CPU_RATE}x slower (CDP), server B"
echo "load average now: $(loadavg)"
(cd web-tests && node bench/step-timing.mjs "${PY_URL}#/" "$ROOT/$OUT/steps.json" "$PRESSES" "$CPU_RATE")

step "6. reading length: words on each step before anything is opened, and everything, in both views (150 words a minute)"
cargo run --quiet --offline --bin reading -- --json "$OUT/reading.json"
echo "The Spanish edition (content/data/languages/es.toml laid over the English; its own target folder):"
LTA_LANGUAGE=es CARGO_TARGET_DIR=target/lang-es cargo run --quiet --offline --bin reading -- --json "$OUT/reading-es.json"

step "7. balance: per option, the numbers on the side of gains and of harms in the first layer and on each print, single-trial results each way, first-layer words; the values list by direction"
cargo run --quiet --offline --bin balance | tee "$OUT/balance.md"

step "7. summary against the size, speed and reading-length targets"
cat >"$OUT/meta.json" <<EOF
{"date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "commit": "$(git rev-parse HEAD 2>/dev/null || echo unknown)",
 "uncommitted_changes": $(git diff --quiet HEAD -- src styles index.html Cargo.toml Cargo.lock build.rs web 2>/dev/null && echo false || echo true),
 "cores": $(nproc), "load_average_end": "$(loadavg)", "seconds": $((SECONDS - T0)),
 "lighthouse_runs_per_server": $LH_RUNS}
EOF
node web-tests/bench/report.mjs summary "$OUT"
echo "Benchmark took $((SECONDS - T0)) s."
