#!/usr/bin/env bash
# Installs, once and idempotently, everything the app and its tests need. Needs only the package
# registries (Debian apt, crates.io, npm). A second run takes about a second.
#
# Pinned tools: the versions are in scripts/versions.env (written once; why each pin, see README
# "Toolchain"): Rust (rust-toolchain.toml), trunk, wasm-bindgen-cli (must equal Cargo.lock's
# wasm-bindgen; installed without --locked), wasm-opt from npm binaryen (Debian's and the crate's
# wasm-opt cannot parse this wasm); chromium + chromedriver from Debian; Playwright, axe-core and
# Lighthouse from npm (web-tests/package.json), with no browser download.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/versions.env

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo

say() { printf '\n== setup: %s ==\n' "$*"; }
need() {
  # need <command> <what to install on a system without apt>
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "setup: '$1' is missing. $2" >&2
  exit 1
}

need cargo "Install Rust with rustup (https://rustup.rs), then run this script again."
need rustup "Install Rust with rustup (https://rustup.rs); this project needs its wasm32 target."
need node "Install Node.js 20 or newer (https://nodejs.org), then run this script again."
need npm "Install npm (it comes with Node.js 20 or newer)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js $(node --version) is too old; install Node.js 20 or newer." >&2
  exit 1
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null; then
  if command -v apt-get >/dev/null; then
    say "installing chromium, chromium-driver and brotli from Debian"
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver brotli
  else
    echo "setup: this is not a Debian-based system. Install Chromium, ChromeDriver (same version) and brotli" >&2
    echo "       with your package manager, make sure 'chromium', 'chromedriver' and 'brotli' are on PATH" >&2
    echo "       (or set CHROME_PATH and CHROMEDRIVER), then run this script again." >&2
    exit 1
  fi
fi

# rust-toolchain.toml names Rust $RUST_VERSION with the wasm target, rustfmt and clippy; rustup
# installs what is missing of it (it needs the Rust distribution server for that).
if ! rustup run "$RUST_VERSION" rustc --version >/dev/null 2>&1; then
  say "installing Rust $RUST_VERSION (rust-toolchain.toml)"
  rustup toolchain install "$RUST_VERSION" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown || {
    echo "setup: Rust $RUST_VERSION is not installed and could not be downloaded. Install it with rustup" >&2
    echo "       (rustup toolchain install $RUST_VERSION), then run this script again." >&2
    exit 1
  }
fi
rustup target list --installed | grep -qx wasm32-unknown-unknown || { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }

# The other engines for the walks in WebKit and Firefox (scripts/engine-walks.sh), the display they
# need, and Java for the Nu HTML checker. Pinned to the versions in scripts/versions.env; Debian
# replaces a version when it ships a security fix (the old one leaves the mirror), so when the exact
# version is no longer offered, the same release series is installed with a notice, never another.
debian_pinned() {
  # debian_pinned <package> <version> <series>: installs <package>=<version>, or the newest version
  # of <series> (a version prefix: "153." for Firefox ESR 153) when that exact version is gone.
  local package=$1 version=$2 series=$3 installed candidate
  installed=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null || true)
  case "$installed" in "$version" | "$series"*) return 0 ;; esac
  command -v apt-get >/dev/null || {
    echo "setup: install $package $version (or $series*) with your package manager, then run this script again." >&2; exit 1; }
  $SUDO apt-get update -q >/dev/null
  if apt-cache madison "$package" | awk -F'|' '{gsub(/ /, "", $2); print $2}' | grep -qx "$version"; then
    say "installing $package $version from Debian"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package=$version"
  else
    candidate=$(apt-cache policy "$package" | awk '/Candidate:/ {print $2}')
    case "$candidate" in
      "$series"*) say "installing $package $candidate from Debian ($version, the pinned version, is no longer offered; same series $series*)"
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package=$candidate" ;;
      *) echo "setup: Debian offers $package '$candidate', not the pinned series $series* (scripts/versions.env)." >&2
        echo "       Update the pin after checking the walks pass with it." >&2; exit 1 ;;
    esac
  fi
}
debian_pinned firefox-esr "$FIREFOX_ESR_VERSION" "${FIREFOX_ESR_VERSION%%.*}."
debian_pinned webkit2gtk-driver "$WEBKIT2GTK_DRIVER_VERSION" "$(printf %s "$WEBKIT2GTK_DRIVER_VERSION" | cut -d. -f1-2)."
if ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null || ! command -v java >/dev/null || ! command -v pdftotext >/dev/null; then
  say "installing xvfb, xauth, a Java runtime and poppler-utils from Debian"
  $SUDO apt-get update -q >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth default-jre-headless poppler-utils
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 12 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 4 minutes)"
  # No --locked: the lockfile shipped in wasm-bindgen-cli 0.2.130 pins a webpki-roots version the
  # registry mirror does not serve. The fallback resolver keeps the fresh resolution compatible.
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -f web-tests/node_modules/.package-lock.json ] ||
   [ web-tests/package-lock.json -nt web-tests/node_modules/.package-lock.json ]; then
  say "installing Playwright, axe-core, Lighthouse and binaryen from npm (no browser download)"
  (cd web-tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

cargo fetch --quiet
