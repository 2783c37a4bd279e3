#!/usr/bin/env python3
"""Trunk post-build hook (see Trunk.toml): finishes the built site in $TRUNK_STAGING_DIR.

0. Pre-renders the start screen (src/bin/prerender.rs, the app's own components rendered to HTML
   natively) into index.html, so the first screen appears before the WebAssembly has arrived.
   The loader reveals it only when the start screen is the one asked for, and only then asks for
   the wasm (Trunk's preload links are removed). PRERENDER=0 skips it.
1. Moves Trunk's inline loader script into its own file, so the Content-Security-Policy can allow
   scripts from the app's own origin only ('self'), with no 'unsafe-inline' and no hash to update.
2. Joins the stylesheets (one file per component in styles/, in index.html's order) into one
   app-<hash>.css: one request instead of ten on a slow clinic network, and better compression.
3. Writes sw.js from web/sw.template.js with the list of every built file and a version derived
   from their contents, so the offline cache always matches the build.
4. Adds .nojekyll so GitHub Pages serves every file as it is.

Run by hand: TRUNK_STAGING_DIR=dist python3 scripts/postbuild.py
"""
import hashlib
import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
    index = staging / "index.html"
    html = index.read_text()

    # 0. The start screen, pre-rendered.
    revealer = ""
    if os.environ.get("PRERENDER", "1") != "0" and "<!-- prerender -->" in html:
        start = prerender()
        if start is None:
            return 1
        html = html.replace("<!-- prerender -->", start)
        # Shown only for the start screen: a deep link or a reload mid-consultation shows
        # "Loading…" rather than the wrong screen for a moment.
        revealer = (
            "// Reveal the pre-rendered start screen (scripts/postbuild.py) if it is the one asked for.\n"
            "if (/^(#\\/?)?$/.test(location.hash)) {\n"
            "  const start = document.querySelector('.prerendered');\n"
            "  if (start) {\n"
            "    start.hidden = false;\n"
            "    document.documentElement.classList.add('start-ready');\n"
            "    // Let it paint before the app's files are asked for (so they do not compete with it).\n"
            "    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n"
            "  }\n"
            "}\n"
        )

    # 1. The inline module loader becomes boot-<hash>.js.
    match = re.search(r'<script type="module">(.*?)</script>', html, flags=re.S)
    if match:
        loader = match.group(1).strip() + "\n"
        if revealer:
            # A static import would hold the whole module (and so the reveal) until the JS glue
            # has arrived; a dynamic import lets the start screen show at once.
            loader, n = re.subn(
                r"^import init, \* as bindings from ('[^']+');",
                r"const bindings = await import(\1);\nconst init = bindings.default;",
                loader,
                flags=re.M,
            )
            if n != 1:
                print("postbuild: Trunk's loader changed shape; update the import rewrite", file=sys.stderr)
                return 1
            loader = revealer + loader
        name = f"boot-{hashlib.sha256(loader.encode()).hexdigest()[:16]}.js"
        (staging / name).write_text(loader)
        html = html.replace(match.group(0), f'<script type="module" src="{public_url(html)}{name}"></script>')
        if revealer:
            # Trunk's preload links would start the 250 KB of wasm and glue at once, competing with
            # the stylesheet and loader for a slow clinic link before the start screen is drawn.
            # The loader asks for them itself right after that first paint (and at once on a deep
            # link), so the start screen appears sooner and the app is ready about one round trip
            # later than with the preloads.
            html, n = re.subn(r'<link rel="(?:modulepreload|preload)"[^>]*>', "", html)
            if n == 0:
                print("postbuild: Trunk wrote no preload links; update the preload removal", file=sys.stderr)
                return 1
    if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
        print("postbuild: an inline <script> is left in index.html; the CSP would block it", file=sys.stderr)
        return 1
    # 2. One stylesheet, in the order index.html lists them (the cascade depends on it).
    links = list(re.finditer(r'[ \t]*<link rel="stylesheet" href="([^"]*?)([^/"]+\.css)"\s*/?>\n?', html))
    if len(links) > 1:
        parts = []
        for link in links:
            path = staging / link.group(2)
            parts.append(f"/* {link.group(2)} */\n{path.read_text()}")
            path.unlink()
        css = "\n".join(parts)
        name = f"app-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
        (staging / name).write_text(css)
        first = links[0]
        html = (
            html[: first.start()]
            + f'    <link rel="stylesheet" href="{first.group(1)}{name}"/>\n'
            + "".join(
                html[a.end() : b.start()] for a, b in zip(links, links[1:])
            )
            + html[links[-1].end() :]
        )
    index.write_text(html)

    # 3. The service worker, listing every file of this build.
    files = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        if p.is_file() and p.name not in ("sw.js", ".nojekyll")
    )
    template = (ROOT / "web" / "sw.template.js").read_text()
    # The version covers the worker's own code too, so a change to it alone also gets a new cache.
    digest = hashlib.sha256(template.encode())
    for name in files:
        digest.update(name.encode())
        digest.update((staging / name).read_bytes())
    version = digest.hexdigest()[:12]
    precache = ["./"] + files
    sw = template.replace("'__VERSION__'", json.dumps(version)).replace("__PRECACHE__", json.dumps(precache, indent=2))
    if "__VERSION__" in sw or "__PRECACHE__" in sw:
        print("postbuild: web/sw.template.js lost its '__VERSION__' or __PRECACHE__ placeholder", file=sys.stderr)
        return 1
    (staging / "sw.js").write_text(sw)

    # 4. GitHub Pages: no Jekyll processing.
    (staging / ".nojekyll").write_text("")
    print(f"postbuild: loader externalised, {len(links)} stylesheets joined, sw.js lists {len(precache)} files (version {version})")
    return 0


def prerender() -> "str | None":
    """The start screen as HTML, from `cargo run --bin prerender` (native, debug profile: it reuses
    what the native tests built). Links become hash links, as the browser app writes them."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--bin", "prerender"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0 or "<main" not in result.stdout:
        print("postbuild: pre-rendering the start screen failed:\n" + result.stderr, file=sys.stderr)
        return None
    if re.search(r"<script|\son[a-z]+=|\sstyle=", result.stdout):
        print("postbuild: the pre-rendered start screen has a script, handler or inline style; the CSP forbids them", file=sys.stderr)
        return None
    return re.sub(r'href="/', 'href="#/', result.stdout)


def public_url(html: str) -> str:
    """The prefix Trunk used for its own asset links (e.g. "/" or "/local-therapy-aid/")."""
    match = re.search(r'<link rel="modulepreload" href="([^"]*?)[^/"]+\.js"', html) or re.search(
        r"from '([^']*?)[^/']+\.js'", html
    )
    return match.group(1) if match else "./"


if __name__ == "__main__":
    sys.exit(main())
