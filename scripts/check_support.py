#!/usr/bin/env python3
"""Checks that the start-up guard (web/guard.js) tests for exactly the WebAssembly features the
built app uses, so that a browser the guard lets through can run the wasm, and the guard turns no
browser away for a feature the app does not use.

usage: check_support.py DIST

1. Each tiny module in the guard is valid with its feature and invalid without it (so
   `WebAssembly.validate` on it answers whether the browser has that feature).
2. The built wasm validates with only the guard's features enabled (its own target-features
   section is stripped first: it would switch features on by itself).
3. Disabling any one of the guard's features makes the built wasm invalid (each is used).

It uses wasm-opt from the pinned binaryen (web-tests/node_modules/.bin, put on PATH by
scripts/env.sh). Prints what it checked; exits 1 with what to fix.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = bytes([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00])


def guard_features(text: str) -> dict[str, bytes]:
    """The guard's tiny modules: {binaryen feature name: module bytes}."""
    block = re.search(r"var WASM_FEATURES = \{(.*?)\n  \};", text, re.S)
    if not block:
        raise ValueError("web/guard.js has no `var WASM_FEATURES = { … };` block")
    features = {}
    for name, body in re.findall(r"'([a-z-]+)': \[([^\]]*)\]", block.group(1)):
        numbers = [int(n, 16) for n in re.findall(r"0x([0-9a-fA-F]{2})", body)]
        features[name] = HEADER + bytes(numbers)
    if not features:
        raise ValueError("web/guard.js lists no WebAssembly features")
    return features


def valid(path: pathlib.Path, features: list[str]) -> bool:
    """Whether binaryen accepts `path` with only `features` (beyond the first version) enabled."""
    flags = ["--mvp-features"] + [f"--enable-{f}" for f in features]
    result = subprocess.run(["wasm-opt", *flags, str(path), "-o", "/dev/null"], capture_output=True, text=True, check=False)
    return result.returncode == 0


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check_support.py DIST", file=sys.stderr)
        return 2
    dist = pathlib.Path(sys.argv[1])
    features = guard_features((ROOT / "web" / "guard.js").read_text())
    names = sorted(features)
    problems = []
    wasms = sorted(dist.glob("*.wasm"))
    if len(wasms) != 1:
        print(f"check_support: expected one wasm in {dist}, found {len(wasms)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        tmp = pathlib.Path(folder)
        for name, module in features.items():
            path = tmp / f"{name}.wasm"
            path.write_bytes(module)
            if valid(path, []):
                problems.append(f"the guard's module for {name} is valid without {name}: it would not detect a browser without it")
            if not valid(path, [name]):
                problems.append(f"the guard's module for {name} is not valid even with {name}: fix its bytes in web/guard.js")
        stripped = tmp / "app.wasm"
        strip = subprocess.run(
            ["wasm-opt", "--mvp-features", *[f"--enable-{f}" for f in names], "--strip-target-features", str(wasms[0]), "-o", str(stripped)],
            capture_output=True, text=True, check=False,
        )
        if strip.returncode != 0:
            problems.append(
                f"the built wasm needs a WebAssembly feature the guard does not check ({strip.stderr.strip()[:300]}): "
                "add a tiny module for it to web/guard.js, to support.guard_checks in bundle.toml and to the README"
            )
        else:
            if not valid(stripped, names):
                problems.append("the built wasm does not validate with only the guard's features: add what it needs to web/guard.js")
            for name in names:
                if valid(stripped, [n for n in names if n != name]):
                    problems.append(f"the built wasm does not use {name}: drop it from web/guard.js (it turns browsers away for nothing)")
    for problem in problems:
        print(f"check_support: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"check_support: the guard checks exactly the WebAssembly features {wasms[0].name} uses: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
