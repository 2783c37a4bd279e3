#!/usr/bin/env bash
# The other editions, built after the release build (scripts/test.sh runs this right after
# `trunk build --release --offline`; tools must be on PATH: `. scripts/env.sh`). Idempotent.
#
#  0. Study edition (with the field-test mode; scripts/build-study.sh) in dist/study/, and in the
#     sub-path build's study/ folder. Each language of content/data/languages/ (scripts/build-
#     language.sh): its edition in the folder its file names (dist/es/, and the sub-path build's
#     es/) and its single file beside the English one (dist-single/local-therapy-aid-es.html).
#  1. GitHub Pages sub-path build: the site as served from https://<user>.github.io/local-therapy-aid/
#       trunk build --release --offline --public-url /local-therapy-aid/ --dist target/dist-subpath
#  2. Single-file edition: one self-contained HTML file (JS, wasm, CSS and icons inlined; no service
#     worker, no manifest) that works opened from disk (file://), made from the release build in dist/:
#       dist-single/local-therapy-aid.html
#
# Then prints the sizes: the offline (precached) set of each site and the single file, raw and gzip.
#
# Settings (environment), for building or testing elsewhere without touching the shared folders:
#   EDITIONS_DIST     release build the single file is made from        (default: dist)
#   SUBPATH_URL       public URL of the sub-path build                   (default: /local-therapy-aid/)
#   SUBPATH_DIST      output folder of the sub-path build                (default: target/dist-subpath)
#   SINGLE_FILE       output of the single-file edition                  (default: dist-single/local-therapy-aid.html)
#   SKIP_SUBPATH=1    skip the sub-path build (for example when only the single file is wanted)
#   SKIP_STUDY=1      skip the study editions
#   SKIP_LANGUAGES=1  skip the language editions
set -euo pipefail
cd "$(dirname "$0")/.."

EDITIONS_DIST=${EDITIONS_DIST:-dist}
SUBPATH_URL=${SUBPATH_URL:-/local-therapy-aid/}
SUBPATH_DIST=${SUBPATH_DIST:-target/dist-subpath}
SINGLE_FILE=${SINGLE_FILE:-dist-single/local-therapy-aid.html}

fail() { echo "build-editions: FAILED: $*" >&2; exit 1; }
command -v trunk >/dev/null || fail "trunk is not on PATH (run: . scripts/env.sh)"
[ -f "$EDITIONS_DIST/index.html" ] && [ -f "$EDITIONS_DIST/sw.js" ] ||
  fail "$EDITIONS_DIST/ has no release build (run: trunk build --release --offline first)"
case "$SUBPATH_URL" in /*/) ;; *) fail "SUBPATH_URL must start and end with '/': $SUBPATH_URL" ;; esac

if [ "${SKIP_STUDY:-0}" != 1 ]; then
  bash scripts/build-study.sh "$EDITIONS_DIST" /
fi
languages=$(ls content/data/languages/*.toml 2>/dev/null | sed 's|.*/||; s|\.toml$||')
single_dir=$(dirname "$SINGLE_FILE")
if [ "${SKIP_LANGUAGES:-0}" != 1 ]; then
  for code in $languages; do
    bash scripts/build-language.sh "$code" "$EDITIONS_DIST" / "$single_dir/local-therapy-aid-$code.html"
  done
fi

if [ "${SKIP_SUBPATH:-0}" != 1 ]; then
  echo "build-editions: sub-path build for $SUBPATH_URL -> $SUBPATH_DIST/"
  trunk build --release --offline --public-url "$SUBPATH_URL" --dist "$SUBPATH_DIST"
  [ "${SKIP_STUDY:-0}" = 1 ] || bash scripts/build-study.sh "$SUBPATH_DIST" "$SUBPATH_URL"
  if [ "${SKIP_LANGUAGES:-0}" != 1 ]; then
    for code in $languages; do
      bash scripts/build-language.sh "$code" "$SUBPATH_DIST" "$SUBPATH_URL"
    done
  fi
  # Trunk's own links must carry the prefix, and the page must name it as its base.
  cargo run -q --offline -p xtask -- check-built "$SUBPATH_DIST" --public-url "$SUBPATH_URL" ||
    fail "$SUBPATH_DIST/index.html is not a finished page for $SUBPATH_URL"
  [ -f "$SUBPATH_DIST/sw.js" ] || fail "$SUBPATH_DIST/sw.js was not generated"
fi

echo "build-editions: single-file edition from $EDITIONS_DIST/ -> $SINGLE_FILE"
cargo run -q --offline -p xtask -- single-file "$EDITIONS_DIST" "$SINGLE_FILE"

# Each site's service worker must precache exactly its built files (precache.json, written with
# sw.js by the post-build step); then the sizes of the offline sets and of the single file.
echo "build-editions: sizes (bytes; gzip -9)"
cargo run -q --offline -p xtask -- offline-set "$EDITIONS_DIST" "$SINGLE_FILE" \
  "$([ "${SKIP_SUBPATH:-0}" = 1 ] || echo "$SUBPATH_DIST")" || fail "the offline set is not the build"
