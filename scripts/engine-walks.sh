#!/usr/bin/env bash
# End-to-end walks of the built app in two more engines than the Playwright tests' Chromium:
# Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver, classic W3C
# WebDriver). Each walk gets its own static server (web-tests/serve.mjs on a free 127.0.0.1 port,
# serving DIST_DIR), runs under xvfb-run, and stops that server itself for the offline check.
# Prints each engine's version and how long each walk took; exits non-zero if either walk fails
# (both always run).
#
#   scripts/engine-walks.sh                         # the build in dist/
#   DIST_DIR=/tmp/dist-base scripts/engine-walks.sh # another build (relative paths: from the repository root)
#   ENGINES=firefox scripts/engine-walks.sh         # one engine only (firefox, webkit)
#
# Needs: node with web-tests/node_modules (puppeteer-core), firefox-esr, webkit2gtk-driver,
# xvfb-run (xvfb, xauth) and pdftotext (poppler-utils); scripts/setup.sh installs them.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST_DIR="${DIST_DIR:-dist}"
case "$DIST_DIR" in
  /*) DIST="$DIST_DIR" ;;
  *) DIST="$ROOT/$DIST_DIR" ;;
esac
ENGINES="${ENGINES:-firefox webkit}"
ARTIFACTS="$ROOT/target/engine-walks"

fail() { echo "engine-walks: $*" >&2; exit 1; }

[ -f "$DIST/index.html" ] && [ -f "$DIST/sw.js" ] \
  || fail "$DIST has no built site (index.html and sw.js): build it first (trunk build --release --offline), or set DIST_DIR"
for tool in node xvfb-run pdftotext firefox-esr WebKitWebDriver; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done
[ -d "$ROOT/web-tests/node_modules/puppeteer-core" ] || fail "web-tests/node_modules/puppeteer-core is missing (cd web-tests && npm ci)"
mkdir -p "$ARTIFACTS"

SERVER_PID=""
SERVER_LOG=""
XAUTH_FILE=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=""
  fi
  [ -n "$SERVER_LOG" ] && rm -f "$SERVER_LOG"
  SERVER_LOG=""
}
clean_up() {
  stop_server
  [ -n "$XAUTH_FILE" ] && rm -f "$XAUTH_FILE"
  XAUTH_FILE=""
}
trap clean_up EXIT
trap 'clean_up; exit 130' INT TERM

# Starts the static server on a port the system picks (port 0: no race for a "free" port) and
# sets SERVER_URL from the port it reports.
start_server() {
  SERVER_LOG="$(mktemp)"
  node "$ROOT/web-tests/serve.mjs" "$DIST" 0 >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  local port="" tries=0
  while [ -z "$port" ]; do
    port="$(sed -n 's|^serving .* at http://127\.0\.0\.1:\([0-9]*\)/$|\1|p' "$SERVER_LOG")"
    if [ -z "$port" ]; then
      kill -0 "$SERVER_PID" 2>/dev/null || fail "the static server did not start: $(cat "$SERVER_LOG")"
      tries=$((tries + 1))
      [ "$tries" -gt 100 ] && fail "the static server did not report its port within 10 s"
      # Waiting for the server's first line of output (polled, not a fixed wait).
      sleep 0.1
    fi
  done
  SERVER_URL="http://127.0.0.1:$port/"
}

declare -A SCRIPT=([firefox]=firefox.mjs [webkit]=webkit.mjs)
declare -A VERSION=(
  [firefox]="$(firefox-esr --version 2>/dev/null)"
  [webkit]="WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null || echo '(version unknown)') (webkit2gtk-driver)"
)
SUMMARY=()
STATUS=0
for engine in $ENGINES; do
  [ -n "${SCRIPT[$engine]:-}" ] || fail "unknown engine '$engine' (firefox, webkit)"
done
echo "engine-walks: serving $DIST"
for engine in $ENGINES; do
  echo "== $engine: ${VERSION[$engine]}"
  start_server
  # Our own X authority file (-f): with its own temporary folder, xvfb-run exits 5 and leaves
  # Xvfb running when removing that folder fails at the end (seen once here).
  XAUTH_FILE="$(mktemp)"
  started=$(date +%s%N)
  (cd "$ROOT/web-tests" \
    && WALK_URL="$SERVER_URL" WALK_SERVER_PID="$SERVER_PID" WALK_ARTIFACTS="$ARTIFACTS" \
      xvfb-run -a -f "$XAUTH_FILE" node "engines/${SCRIPT[$engine]}") 2>&1
  rc=$?
  seconds=$(( ($(date +%s%N) - started) / 1000000 ))
  seconds="$((seconds / 1000)).$(( (seconds % 1000) / 100 ))"
  clean_up
  if [ "$rc" -eq 0 ]; then result=passed; else result="FAILED (exit $rc)"; STATUS=1; fi
  SUMMARY+=("$engine: ${VERSION[$engine]}: $result in ${seconds} s")
done
echo "== engine walks"
printf '  %s\n' "${SUMMARY[@]}"
exit "$STATUS"
