#!/usr/bin/env python3
"""Trunk post-build hook (see Trunk.toml): finishes the built site in $TRUNK_STAGING_DIR.

0. Pre-renders the start screen (src/bin/prerender.rs, the app's own components rendered to HTML
   natively) into index.html, so the first screen appears before the WebAssembly has arrived.
   The loader reveals it only when the start screen is the one asked for, and only then asks for
   the wasm (Trunk's preload links are removed). PRERENDER=0 skips it.
   It also puts the notice for a browser that cannot run the aid (rendered the same way, hidden)
   in its placeholder.
1. Replaces Trunk's inline loader script with guard-<hash>.js (web/guard.js: checks what the app
   needs before anything is loaded, and shows the notice where it is missing or loading fails)
   and boot-<hash>.js, made from web/boot.template.js with the JS glue and wasm that Trunk's own
   preload links name, so the Content-Security-Policy can allow scripts from the app's own origin
   only ('self'), with no 'unsafe-inline'.
2. Joins the stylesheets (one file per component in styles/, in index.html's order) into one
   app-<hash>.css, without their comments: one request instead of eleven on a slow clinic
   network, and better compression.
3. Writes sw.js from web/sw.template.js with the list of every built file and a version derived
   from their contents, so the offline cache always matches the build; and precache.json with the
   same list as data, which scripts/build-editions.sh reads (rather than parsing sw.js).
2b. Copies the texts file the wasm names (texts-<fingerprint>.txt: the words the first screen
   does not need, which the app loads after the first paint; see content/src/deferred.rs) from
   the build script's output into the site.
4. Adds .nojekyll so GitHub Pages serves every file as it is.

The page is edited with scripts/html_rewrite.py (a tokenizer that keeps everything else byte for
byte), never with regular expressions. Addresses start with Trunk's public URL ($TRUNK_PUBLIC_URL).

Run by hand: TRUNK_STAGING_DIR=dist TRUNK_PUBLIC_URL=/ python3 scripts/postbuild.py
POSTBUILD_SKIP=1 leaves Trunk's output as it is (to look at it, or to refresh the test fixture).
"""
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

from typing import Callable

from html_rewrite import Page, tag

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fail(message: str) -> int:
    print(f"postbuild: {message}", file=sys.stderr)
    return 1


def finish_page(
    html: str, public_url: str, start_screen: "str | None", read: Callable[[str], str], notice: "str | None" = None
) -> tuple[str, dict[str, str], list[str]]:
    """Finishes Trunk's index.html: returns the page, the files to write ({name: text}) and the
    files to delete. `start_screen` is the pre-rendered start screen (None: no pre-render);
    `notice` the pre-rendered notice for a browser that cannot run the aid (None: none);
    `read(name)` gives the text of a built file. Raises ValueError when Trunk's output does not
    have the shape this step expects.
    """
    page = Page(html)
    files: dict[str, str] = {}

    # 0. The start screen and the notice, in their placeholders.
    for name, markup in (("prerender", start_screen), ("unsupported", notice)):
        if markup is None:
            continue
        placeholders = page.comments(name)
        if len(placeholders) != 1:
            raise ValueError(f"index.html has no <!-- {name} --> placeholder")
        page.tokens[placeholders[0]].raw = markup

    # 1. The loader: the glue and the wasm are the ones Trunk preloads.
    glue = [page.tokens[i].attr("href") for i in page.find("link", rel="modulepreload")]
    wasm = [page.tokens[i].attr("href") for i in page.find("link", rel="preload", as_="fetch", type="application/wasm")]
    if len(glue) != 1 or len(wasm) != 1 or not glue[0] or not wasm[0]:
        raise ValueError(f"expected one preloaded JS glue and one wasm from Trunk, found {glue} and {wasm}")
    loaders = page.find("script", type="module", src=None)
    if len(loaders) != 1:
        raise ValueError(f"expected Trunk's one inline module loader, found {len(loaders)}")
    if "init(" not in page.content(loaders[0]):
        raise ValueError("Trunk's inline loader does not start the app the way Trunk 0.21 does")
    boot = shipped_script("boot.template.js").replace("__GLUE__", json.dumps(glue[0])).replace("__WASM__", json.dumps(wasm[0]))
    if start_screen is not None:
        boot = shipped_script("reveal-start.js") + boot
    boot_name = f"boot-{hashlib.sha256(boot.encode()).hexdigest()[:16]}.js"
    files[boot_name] = boot
    # The start-up guard runs first: deferred classic scripts and module scripts run in the order
    # the page lists them, once it is parsed, and browsers without modules run only the guard.
    guard = shipped_script("guard.js")
    guard_name = f"guard-{hashlib.sha256(guard.encode()).hexdigest()[:16]}.js"
    files[guard_name] = guard
    page.replace(
        loaders[0],
        tag("script", {"defer": "", "src": f"{public_url}{guard_name}"}, "")
        + "\n    "
        + tag("script", {"type": "module", "src": f"{public_url}{boot_name}", "data-glue": glue[0], "data-wasm": wasm[0]}, ""),
    )
    if start_screen is not None:
        # Trunk's preload links would start the 250 KB of wasm and glue at once, competing with
        # the stylesheet and loader for a slow clinic link before the start screen is drawn.
        # The loader asks for them itself right after that first paint (and at once on a deep
        # link), so the start screen appears sooner and the app is ready about one round trip
        # later than with the preloads.
        for index in sorted(page.find("link", rel="modulepreload") + page.find("link", rel="preload"), reverse=True):
            page.remove(index)
    if [i for i in page.find("script") if page.tokens[i].attr("src") is None]:
        raise ValueError("an inline <script> is left in index.html; the CSP would block it")

    # 2. One stylesheet, in the order the page lists them (the cascade depends on it).
    links = page.find("link", rel="stylesheet")
    removed = []
    if len(links) > 1:
        parts = []
        for i in links:
            name = (page.tokens[i].attr("href") or "").rsplit("/", 1)[-1]
            parts.append(f"/* {name} */\n{without_comments(read(name))}")
            removed.append(name)
        css = "\n".join(parts)
        css_name = f"app-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
        files[css_name] = css
        for i in reversed(links[1:]):
            page.remove(i)
        page.replace(links[0], tag("link", {"rel": "stylesheet", "href": f"{public_url}{css_name}"}))
    return page.text(), files, removed


CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def without_comments(css: str) -> str:
    """A stylesheet as the first load ships it: without its comments (they say why each rule is
    there, for whoever edits styles/, and were 45% of the gzip bytes) or blank lines. The
    stylesheets keep no "/*" inside a string (tests/styles.rs would not let one through
    unnoticed: the rules after it would vanish from the build)."""
    lines = CSS_COMMENT.sub("", css).splitlines()
    return "\n".join(line.rstrip() for line in lines if line.strip()) + "\n"


def read_template(name: str) -> str:
    return (ROOT / "web" / name).read_text()


def shipped_script(name: str) -> str:
    """A script of web/ as the first load ships it: without its whole-line comments and
    indentation (they are for whoever edits it, and were half of its bytes). Nothing else
    changes, so a line of code is never touched: the scripts keep no code on a line that starts
    with `//`, and no template literal spans lines."""
    lines = [line.strip() for line in read_template(name).splitlines()]
    kept = [line for line in lines if line and not line.startswith("//")]
    return f"// web/{name}, without its comments: read that file to see why each line is there.\n" + "\n".join(kept) + "\n"


def main() -> int:
    if os.environ.get("POSTBUILD_SKIP") == "1":
        return 0
    staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
    public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
    if not public_url.endswith("/"):
        public_url += "/"
    index = staging / "index.html"
    start_screen = notice = None
    if os.environ.get("PRERENDER", "1") != "0":
        start_screen, notice = prerender(), prerender("unsupported")
        if start_screen is None or notice is None:
            return 1
    try:
        html, files, removed = finish_page(index.read_text(), public_url, start_screen, lambda name: (staging / name).read_text(), notice)
    except ValueError as problem:
        return fail(f"{problem}: Trunk's output changed shape; update scripts/postbuild.py")
    for name, text in files.items():
        (staging / name).write_text(text)
    for name in removed:
        (staging / name).unlink()
    index.write_text(html)

    # 2b. The texts file the wasm was built with.
    problem = copy_texts_file(staging)
    if problem:
        return fail(problem)

    # 3. The service worker, listing every file of this build.
    built = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        if p.is_file() and p.name not in ("sw.js", ".nojekyll", "precache.json")
    )
    template = read_template("sw.template.js")
    # The version covers the worker's own code too, so a change to it alone also gets a new cache.
    digest = hashlib.sha256(template.encode())
    for name in built:
        digest.update(name.encode())
        digest.update((staging / name).read_bytes())
    version = digest.hexdigest()[:12]
    # precache.json is itself cached (it is a file of the build), but not part of the version,
    # which it records.
    precache = ["./"] + sorted(built + ["precache.json"])
    if "'__VERSION__'" not in template or "__PRECACHE__" not in template:
        return fail("web/sw.template.js lost its '__VERSION__' or __PRECACHE__ placeholder")
    sw = template.replace("'__VERSION__'", json.dumps(version)).replace("__PRECACHE__", json.dumps(precache, indent=2))
    (staging / "sw.js").write_text(sw)
    # The same list as data, for the tools that check the offline set (scripts/build-editions.sh).
    (staging / "precache.json").write_text(json.dumps({"version": version, "files": precache}, indent=2) + "\n")

    # 4. GitHub Pages: no Jekyll processing.
    (staging / ".nojekyll").write_text("")
    print(f"postbuild: loader externalised, {len(removed)} stylesheets joined, sw.js lists {len(precache)} files (version {version})")
    return 0


TEXTS_NAME = re.compile(rb"texts-[0-9a-f]{16}\.txt")


def copy_texts_file(staging: pathlib.Path) -> "str | None":
    """Copies the texts file that the built wasm names into the site; returns a problem, if any.
    The name carries the file's fingerprint, so the one found under the build script's output is
    the one this wasm was made with (the app checks it again when it loads it)."""
    wasms = list(staging.glob("*.wasm"))
    if len(wasms) != 1:
        return f"expected one wasm in {staging}, found {len(wasms)}"
    names = {m.group().decode() for m in TEXTS_NAME.finditer(wasms[0].read_bytes())}
    if len(names) != 1:
        return f"the wasm names {len(names)} texts files ({sorted(names)}); expected one (see build.rs)"
    name = names.pop()
    targets = [pathlib.Path(os.environ["CARGO_TARGET_DIR"])] if os.environ.get("CARGO_TARGET_DIR") else []
    targets.append(ROOT / "target")
    for target in targets:
        for found in sorted(target.glob(f"wasm32-unknown-unknown/*/build/local-therapy-aid-*/out/{name}")):
            shutil.copyfile(found, staging / name)
            return None
    return f"the wasm names {name}, but no build output holds it (looked in {', '.join(map(str, targets))})"


def prerender(what: str = "start") -> "str | None":
    """The start screen (or, with "unsupported", the notice for a browser that cannot run the aid)
    as HTML, from `cargo run --bin prerender` (native, debug profile: it reuses what the native
    tests built). Links become hash links, as the browser app writes them."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "prerender", "--", what],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    expected = '<div id="unsupported"' if what == "unsupported" else "<main"
    if result.returncode != 0 or expected not in result.stdout:
        print(f"postbuild: pre-rendering the {what} screen failed:\n" + result.stderr, file=sys.stderr)
        return None
    page = Page(result.stdout)
    for token in page.tokens:
        if token.kind != "start":
            continue
        if token.tag == "script" or any(name.startswith("on") or name == "style" for name in token.attrs):
            print("postbuild: the pre-rendered start screen has a script, handler or inline style; the CSP forbids them", file=sys.stderr)
            return None
        href = token.attr("href")
        if token.tag == "a" and href and href.startswith("/"):
            token.raw = token.raw.replace(f'href="{href}"', f'href="#{href}"', 1)
            token.attrs["href"] = f"#{href}"
    return page.text()


if __name__ == "__main__":
    sys.exit(main())
