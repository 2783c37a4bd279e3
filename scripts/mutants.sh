#!/usr/bin/env bash
# Mutation testing of the domain and the content checks (not part of the test command: a full
# run takes hours on 2 cores). Installs the pinned cargo-mutants, changes the code one small
# step at a time (a `+` to a `-`, a `<` to a `<=`, a function body to a default value), runs the
# native tests against each change, and prints how many changes the tests caught.
#
#   scripts/mutants.sh                          # src/domain/ and the content crate's domain/ and checks/ (hours)
#   scripts/mutants.sh -f src/domain/values.rs  # one file (minutes)
#   scripts/mutants.sh --in-diff <(git diff main) # only what you changed
#
# Extra arguments go to `cargo mutants` and replace the default file list when they name files
# (-f/--file or --in-diff). Equivalent mutants are marked in the code with #[mutants::skip] and
# a comment saying why, or listed in .cargo/mutants.toml. Output: target/mutants/mutants.out/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/versions.env
. scripts/env.sh

if [ "$(cargo mutants --version 2>/dev/null | awk '{print $2}')" != "$CARGO_MUTANTS_VERSION" ]; then
  echo "installing cargo-mutants $CARGO_MUTANTS_VERSION from crates.io (about two minutes)"
  cargo install cargo-mutants --locked --version "$CARGO_MUTANTS_VERSION"
fi

# The domain is the app's src/domain/ and the rules it shares with the checks, in the content
# crate (content/src/domain/); the checks are the content crate's. Mutants of either crate run the
# whole workspace's native tests (--test-workspace), which reach both.
files=(-f 'src/domain/**/*.rs' -f 'content/src/domain/**/*.rs' -f 'content/src/checks/**/*.rs')
for arg in "$@"; do
  case "$arg" in -f|--file|--file=*|--in-diff|--in-diff=*) files=() ;; esac
done

status=0
# A mutant that loops forever is cut after the timeout (and counts as caught); the native
# tests take a few seconds, so 60 s is generous. The tests run are the native ones that
# exercise the domain and the checks (not the browser tests). MUTANTS_TESTS narrows them when
# only some test files can reach the code changed (fewer test binaries to link per mutant):
#   MUTANTS_TESTS="--lib --test content --test checks_wording --test render" scripts/mutants.sh -f content/src/checks/texts.rs
# Leaving a test file out can only lose catches, so the missed count stays an upper bound.
# By default: the shipped content and every check's own tests (tests/checks_*.rs), the balance
# rules, the domain and the rendered screens.
check_tests=$(for f in tests/checks_*.rs; do printf -- '--test %s ' "$(basename "$f" .rs)"; done)
read -r -a tests <<< "${MUTANTS_TESTS:---lib --test domain --test content ${check_tests}--test balance --test render --test render_evidence --test routes --test qr}"
cargo mutants --no-shuffle --timeout 60 --build-timeout 300 --output target/mutants \
  --workspace --test-workspace=true "${files[@]}" "$@" -- "${tests[@]}" || status=$?

out=target/mutants/mutants.out
if [ -d "$out" ]; then
  caught=$(wc -l < "$out/caught.txt"); missed=$(wc -l < "$out/missed.txt")
  timeout=$(wc -l < "$out/timeout.txt"); unviable=$(wc -l < "$out/unviable.txt")
  viable=$((caught + missed + timeout))
  echo
  echo "mutants: caught $caught, missed $missed, timeout $timeout (counted as caught), unviable $unviable"
  if [ "$viable" -gt 0 ]; then
    echo "caught (with timeouts) of viable: $(( (caught + timeout) * 1000 / viable / 10 )).$(( (caught + timeout) * 1000 / viable % 10 ))%"
  fi
  if [ "$missed" -gt 0 ]; then echo "missed:"; sed 's/^/  /' "$out/missed.txt"; fi
fi
# cargo-mutants exits 2 when a mutant is missed, 3 on a timeout: both are results, not failures.
case "$status" in 0|2|3) exit 0 ;; *) exit "$status" ;; esac
