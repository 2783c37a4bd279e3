#!/usr/bin/env python3
"""Prints the first-load size of a built dist/ (raw, gzip -9, brotli -q 11) and enforces a budget.

usage: size_report.py DIST [--budget-gzip BYTES] [--budget-whole-gzip BYTES] [--json OUT]

"First load" is every file the page fetches before it is usable: index.html, the JS glue, the wasm
and the stylesheets. The texts file (texts-<fingerprint>.txt: the words the first screen does not
need) is fetched right after the first paint: it is listed as "after", and counted with the first
load in the whole aid's size. The service worker, manifest and icons load later ("no").
"""
import argparse, gzip, json, pathlib, re, shutil, subprocess, sys

FIRST_LOAD = (".html", ".js", ".wasm", ".css")
LATER = ("sw.js", "manifest.webmanifest")
AFTER_PAINT = re.compile(r"texts-[0-9a-f]{16}\.txt")


def brotli_size(data: bytes) -> int | None:
    if not shutil.which("brotli"):
        return None
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dist")
    parser.add_argument("--budget-gzip", type=int, default=None)
    parser.add_argument("--budget-whole-gzip", type=int, default=None)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    dist = pathlib.Path(args.dist)
    rows = []
    for path in sorted(dist.iterdir()):
        if not path.is_file():
            continue
        data = path.read_bytes()
        first = path.suffix in FIRST_LOAD and path.name not in LATER and path.name != "404.html"
        rows.append({
            "file": path.name, "first_load": first, "after_first_paint": bool(AFTER_PAINT.fullmatch(path.name)), "raw": len(data),
            "gzip": len(gzip.compress(data, compresslevel=9, mtime=0)), "brotli": brotli_size(data),
        })
    print(f"{'file':<44} {'raw':>9} {'gzip-9':>9} {'brotli':>9}  first load")
    for r in rows:
        br = r["brotli"] if r["brotli"] is not None else "n/a"
        when = "yes" if r["first_load"] else "after" if r["after_first_paint"] else "no"
        print(f"{r['file']:<44} {r['raw']:>9} {r['gzip']:>9} {br:>9}  {when}")
    first = [r for r in rows if r["first_load"]]
    total = {k: sum(r[k] or 0 for r in first) for k in ("raw", "gzip", "brotli")}
    whole = {k: total[k] + sum(r[k] or 0 for r in rows if r["after_first_paint"]) for k in total}
    print(f"{'FIRST LOAD TOTAL':<44} {total['raw']:>9} {total['gzip']:>9} {total['brotli']:>9}")
    print(f"{'WHOLE AID (first load + after first paint)':<44} {whole['raw']:>9} {whole['gzip']:>9} {whole['brotli']:>9}")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({"files": rows, "first_load": total, "whole": whole}, indent=2))
    if args.budget_gzip is not None:
        if total["gzip"] > args.budget_gzip:
            print(f"FAILED: first load is {total['gzip']} bytes gzip, over the budget of {args.budget_gzip}.", file=sys.stderr)
            return 1
        print(f"Within budget: {total['gzip']} of {args.budget_gzip} bytes gzip ({100 * total['gzip'] / args.budget_gzip:.0f}%).")
    if args.budget_whole_gzip is not None:
        if not any(r["after_first_paint"] for r in rows):
            print("FAILED: no texts file (texts-<fingerprint>.txt) in the build; scripts/postbuild.py copies it.", file=sys.stderr)
            return 1
        if whole["gzip"] > args.budget_whole_gzip:
            print(f"FAILED: the whole aid is {whole['gzip']} bytes gzip, over the budget of {args.budget_whole_gzip}.", file=sys.stderr)
            return 1
        print(f"Whole aid within budget: {whole['gzip']} of {args.budget_whole_gzip} bytes gzip ({100 * whole['gzip'] / args.budget_whole_gzip:.0f}%).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
