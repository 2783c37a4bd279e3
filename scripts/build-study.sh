#!/usr/bin/env bash
# The study edition: the aid with its field-test mode (the app's `field-test` feature), built into
# the folder `study/` of a built site, as a site of its own there (its own page, service worker and
# precache list, for the public URL <site's URL>study/). The public edition leaves the mode's code
# out of its first load; its Clinic settings link here. Tools must be on PATH (`. scripts/env.sh`).
#
#   scripts/build-study.sh SITE_DIR SITE_PUBLIC_URL
#   scripts/build-study.sh dist /                       (what scripts/build-editions.sh does)
#   scripts/build-study.sh target/pages /local-therapy-aid/
#
# Build the public site into SITE_DIR first: Trunk empties SITE_DIR when it builds there.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "build-study: FAILED: $*" >&2; exit 1; }
[ $# -eq 2 ] || fail "usage: scripts/build-study.sh SITE_DIR SITE_PUBLIC_URL"
site=$1
url=$2
case "$url" in /*/ | /) ;; *) fail "SITE_PUBLIC_URL must start and end with '/': $url" ;; esac
[ -f "$site/index.html" ] || fail "$site/ has no built site: build the public edition there first"
command -v trunk >/dev/null || fail "trunk is not on PATH (run: . scripts/env.sh)"

echo "build-study: study edition for ${url}study/ -> $site/study/"
trunk build --release --offline --features field-test --public-url "${url}study/" --dist "$site/study"
cargo run -q --offline -p xtask -- check-built "$site/study" --public-url "${url}study/" ||
  fail "$site/study/index.html is not a finished page for ${url}study/"
[ -f "$site/study/sw.js" ] || fail "$site/study/sw.js was not generated"
