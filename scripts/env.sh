# Sourced by the other scripts: puts the pinned tools first on PATH and points the browser tests
# at Debian's Chromium.
export PATH="$PWD/web-tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"  # wasm-opt 132 before any other
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
