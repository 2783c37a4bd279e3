#!/usr/bin/env python3
"""Where the bytes of the app's wasm go: per crate, per function, code against data.

Used by the benchmark command (scripts/bench.sh, step 2b). twiggy 0.7 refuses the optimised,
name-bearing module that wasm-opt writes ("should not parse the same key into multiple items"),
so this reads the module itself: the code section (one body per function), the data section,
and the function names of the "name" custom section, which `wasm-opt -g` keeps. The module
measured is the one shipped, optimised the same way (-Oz), with names kept: the bodies are the
shipped bodies, the names section is left out of every figure.

    wasm_sizes.py MODULE.wasm [--json OUT] [--top N]

Per crate: the bytes of the function bodies whose (demangled) name starts with that crate's
path, raw and gzip -9 of those bodies on their own (gzip of a part is not its share of the
whole file's gzip, but ranks the parts). Data: every data segment (the content's words, the
code's strings and tables).
"""

import argparse
import collections
import gzip
import json
import re
import sys


def leb(buf, pos):
    """Reads an unsigned LEB128 number at pos: (value, next position)."""
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def sections(buf):
    """Yields (id, start, end) of every section of a wasm module."""
    if buf[:4] != b"\0asm":
        sys.exit("not a wasm module")
    pos = 8
    while pos < len(buf):
        sid = buf[pos]
        size, pos = leb(buf, pos + 1)
        yield sid, pos, pos + size
        pos += size


def parse(buf):
    """Function bodies (index -> bytes), data segments (list of bytes), names (index -> name)."""
    imported = 0
    bodies, data, names = {}, [], {}
    for sid, start, end in sections(buf):
        if sid == 2:  # imports: functions among them take the first indices
            count, pos = leb(buf, start)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, pos = leb(buf, pos)
                    pos += length
                kind = buf[pos]
                pos += 1
                if kind == 0:
                    imported += 1
                    _, pos = leb(buf, pos)
                elif kind == 1:  # table: reftype, limits
                    pos += 1
                    flags, pos = leb(buf, pos + 0)
                    _, pos = leb(buf, pos)
                    if flags & 1:
                        _, pos = leb(buf, pos)
                elif kind == 2:  # memory: limits
                    flags, pos = leb(buf, pos)
                    _, pos = leb(buf, pos)
                    if flags & 1:
                        _, pos = leb(buf, pos)
                elif kind == 3:  # global: type, mutability
                    pos += 2
                else:
                    sys.exit(f"unknown import kind {kind}")
        elif sid == 10:  # code
            count, pos = leb(buf, start)
            for i in range(count):
                size, body = leb(buf, pos)
                bodies[imported + i] = buf[pos:body + size]
                pos = body + size
        elif sid == 11:  # data: the whole section, split per segment for the count
            count, pos = leb(buf, start)
            data.append(buf[start:end])
            data_segments = count
        elif sid == 0:  # custom: the "name" section's function names
            length, pos = leb(buf, start)
            if buf[pos:pos + length] != b"name":
                continue
            pos += length
            while pos < end:
                sub, pos = buf[pos], pos + 1
                size, pos = leb(buf, pos)
                if sub == 1:
                    count, p = leb(buf, pos)
                    for _ in range(count):
                        index, p = leb(buf, p)
                        length, p = leb(buf, p)
                        names[index] = buf[p:p + length].decode("utf-8", "replace")
                        p += length
                pos += size
    return bodies, data, names


def crate_of(name):
    """The crate a (demangled) Rust function name belongs to: the first path segment, looking
    inside `<T as Trait>` to T, and `(unnamed)` when there is no name."""
    if not name:
        return "(unnamed)"
    # Yew's generic lifecycle, instantiated for each of our components, holds that component's
    # view inlined: it is our code, not Yew's.
    if "CompStateInner<COMP>" in name or "FunctionProvider>::run" in name:
        return "our components (in yew's view)"
    s = re.sub(r"\[[0-9a-f]{16}\]", "", name)
    while True:
        s = s.lstrip("<&*( ")
        s = re.sub(r"^(mut|dyn|const|impl) ", "", s)
        if not s or s[0] not in "<&*( ":
            break
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(::|$|<)", s)
    if not m:
        return "(other)"
    crate = m.group(1)
    # Names without a path (wasm-bindgen's shims, compiler intrinsics) are not a crate.
    if m.group(2) != "::":
        return "(shims and intrinsics)"
    return crate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("module")
    parser.add_argument("--json")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    buf = open(args.module, "rb").read()
    bodies, data, names = parse(buf)
    code_total = sum(len(b) for b in bodies.values())
    data_bytes = b"".join(data)
    by_crate = collections.defaultdict(list)
    for index, body in bodies.items():
        by_crate[crate_of(names.get(index, ""))].append(body)
    crates = sorted(
        ((crate, sum(len(b) for b in parts), len(gzip.compress(b"".join(parts), 9)), len(parts))
         for crate, parts in by_crate.items()),
        key=lambda row: -row[1],
    )
    top = sorted(bodies.items(), key=lambda item: -len(item[1]))[: args.top]
    print(f"  module (names section not counted): code {code_total:,} B in {len(bodies):,} functions"
          f" (gzip {len(gzip.compress(b''.join(bodies.values()), 9)):,}), data {len(data_bytes):,} B"
          f" (gzip {len(gzip.compress(data_bytes, 9)):,})")
    print("  per crate (function bodies; gzip of that crate's bodies alone):")
    print(f"  {'crate':<28} {'raw':>9} {'share':>6} {'gzip':>8} {'functions':>9}")
    for crate, raw, gz, n in crates[:20]:
        print(f"  {crate:<28} {raw:>9,} {raw * 100 / code_total:>5.1f}% {gz:>8,} {n:>9,}")
    rest = crates[20:]
    if rest:
        print(f"  {'(' + str(len(rest)) + ' more)':<28} {sum(r[1] for r in rest):>9,}")
    print(f"  largest {args.top} functions (raw bytes):")
    for index, body in top:
        print(f"  {len(body):>9,}  {names.get(index, '(unnamed)')[:110]}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({
                "code_bytes": code_total, "functions": len(bodies), "data_bytes": len(data_bytes),
                "code_gzip": len(gzip.compress(b"".join(bodies.values()), 9)),
                "data_gzip": len(gzip.compress(data_bytes, 9)),
                "crates": [{"crate": c, "bytes": r, "gzip_alone": g, "functions": n} for c, r, g, n in crates],
                "top_functions": [{"name": names.get(i, ""), "bytes": len(b)} for i, b in top],
            }, out, indent=1)


if __name__ == "__main__":
    main()
