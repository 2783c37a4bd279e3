#!/usr/bin/env bash
# A language edition: the aid with a language laid over the English content
# (content/data/languages/<code>.toml, see README "Languages"), built into the folder of a built
# site that the language file names (`folder`, for example es/), as a site of its own there (its
# own page in that language, service worker and precache list), and as a single file beside the
# English one. Tools must be on PATH (`. scripts/env.sh`).
#
#   scripts/build-language.sh CODE SITE_DIR SITE_PUBLIC_URL [SINGLE_FILE]
#   scripts/build-language.sh es dist / dist-single/local-therapy-aid-es.html
#   scripts/build-language.sh es target/pages /local-therapy-aid/
#
# The build has its own target folder (target/lang-CODE), so that switching language does not
# rebuild the English edition's code. Build the English site into SITE_DIR first: Trunk empties
# SITE_DIR when it builds there.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "build-language: FAILED: $*" >&2; exit 1; }
[ $# -ge 3 ] || fail "usage: scripts/build-language.sh CODE SITE_DIR SITE_PUBLIC_URL [SINGLE_FILE]"
code=$1
site=$2
url=$3
single=${4:-}
file="content/data/languages/$code.toml"
[ -f "$file" ] || fail "$file does not exist"
case "$url" in /*/ | /) ;; *) fail "SITE_PUBLIC_URL must start and end with '/': $url" ;; esac
[ -f "$site/index.html" ] || fail "$site/ has no built site: build the English edition there first"
command -v trunk >/dev/null || fail "trunk is not on PATH (run: . scripts/env.sh)"
folder=$(sed -n 's/^folder = "\(.*\)"$/\1/p' "$file" | head -1)
case "$folder" in [a-z]*/) ;; *) fail "$file: folder must be a name ending in '/': '$folder'" ;; esac

out="$site/${folder%/}"
export LTA_LANGUAGE=$code
export CARGO_TARGET_DIR=${LANGUAGE_TARGET_DIR:-target/lang-$code}
echo "build-language: $code edition for ${url}${folder} -> $out/"
trunk build --release --offline --public-url "${url}${folder}" --dist "$out"
cargo run -q --offline -p xtask -- check-built "$out" --public-url "${url}${folder}" ||
  fail "$out/index.html is not a finished page for ${url}${folder}"
[ -f "$out/sw.js" ] || fail "$out/sw.js was not generated"
grep -q "<html lang=\"$code\"" "$out/index.html" || fail "$out/index.html is not lang=\"$code\""
if [ -n "$single" ]; then
  echo "build-language: $code single-file edition -> $single"
  cargo run -q --offline -p xtask -- single-file "$out" "$single"
fi
