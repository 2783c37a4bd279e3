#!/usr/bin/env python3
"""Turns a built dist/ into the single-file edition: ONE self-contained HTML file that works when
opened straight from disk (file://), for USB sticks, e-mail and PCs that block installs.

usage: single_html.py DIST OUT.html

Inlined: the wasm-bindgen JS glue and the wasm (base64) in one inline module script, every
stylesheet in <style>, the icons as data: URLs. Dropped: the service worker (the app does not
register one outside http(s)), the manifest, Trunk's preload links and the <base>. The
Content-Security-Policy allows exactly these inline blocks (by SHA-256 hash) and nothing from
anywhere else: default-src 'none', connect-src 'none', so the page cannot open any connection.

Fails loudly (exit 1) if the built page does not look the way this script expects.
"""
import base64
import hashlib
import mimetypes
import pathlib
import re
import sys


def fail(message: str) -> "None":
    print(f"single_html: {message}", file=sys.stderr)
    sys.exit(1)


def local(dist: pathlib.Path, url: str) -> pathlib.Path:
    """The file in DIST for an address in the built page ("/x.css", "/sub/x.css", "x.css")."""
    path = dist / url.split("?")[0].split("#")[0].rsplit("/", 1)[-1]
    if not path.is_file():
        fail(f"{url} is referenced by the page but {path} does not exist")
    return path


def data_url(path: pathlib.Path) -> str:
    kind = {".svg": "image/svg+xml", ".png": "image/png"}.get(path.suffix) or mimetypes.guess_type(path.name)[0]
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def safe_inline(text: str, what: str) -> str:
    """Text that can sit inside <script>/<style> without ending it early."""
    if re.search(r"</(script|style)|<!--", text, flags=re.I):
        fail(f"{what} contains '</script', '</style' or '<!--', which cannot be inlined as it is")
    return text


def main() -> int:
    if len(sys.argv) != 3:
        fail("usage: single_html.py DIST OUT.html")
    dist, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    html = (dist / "index.html").read_text()

    # The loader (scripts/postbuild.py moved it into boot-<hash>.js) names the glue and the wasm.
    boot_tag = re.search(r'<script type="module" src="([^"]+)"></script>', html)
    if not boot_tag:
        fail("no <script type=\"module\" src=...> loader in index.html (did scripts/postbuild.py run?)")
    boot = local(dist, boot_tag.group(1)).read_text()
    # Trunk writes a static import; scripts/postbuild.py makes it dynamic when it adds the code that
    # reveals the pre-rendered start screen, which comes before it and is kept here too.
    glue_url = re.search(r"import init, \* as bindings from '([^']+)'", boot) or re.search(
        r"const bindings = await import\('([^']+)'\);", boot
    )
    reveal = boot[: glue_url.start()] if glue_url and boot.startswith("// Reveal") else ""
    wasm_url = re.search(r"module_or_path: '([^']+)'", boot)
    if not glue_url or not wasm_url:
        fail("the loader does not import the JS glue and the wasm the way Trunk 0.21 writes it")
    glue = local(dist, glue_url.group(1)).read_text()
    wasm = local(dist, wasm_url.group(1)).read_bytes()
    if re.search(r"^\s*import\b", glue, flags=re.M):
        fail("the JS glue imports other modules (wasm-bindgen snippets?); they would need inlining too")
    default = re.search(r"^export \{[^}]*\b(\w+) as default\b[^}]*\};?\s*$", glue, flags=re.M)
    if not default:
        fail("the JS glue has no 'export { ... as default }' line")

    # One inline module: the glue as it is, then start it with the wasm bytes.
    script = safe_inline(glue, "the JS glue") + "\n" + reveal + (
        "\n// Single-file edition: the wasm is inlined as base64 (no fetch: connect-src is 'none').\n"
        "{\n"
        f"  const bytes = Uint8Array.from(atob('{base64.b64encode(wasm).decode()}'), (c) => c.charCodeAt(0));\n"
        f"  const instance = await {default.group(1)}({{ module_or_path: bytes }});\n"
        '  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));\n'
        "}\n"
    )

    styles = []

    def inline_css(match: re.Match) -> str:
        css = safe_inline(local(dist, match.group(1)).read_text(), match.group(1))
        styles.append(css)
        return f"<style>{css}</style>"

    html, n_css = re.subn(r'<link rel="stylesheet" href="([^"]+)"\s*/?>', inline_css, html)
    if n_css == 0:
        fail("no stylesheet links found in index.html")

    def inline_icon(match: re.Match) -> str:
        return match.group(1) + data_url(local(dist, match.group(2))) + match.group(3)

    html, n_icons = re.subn(r'(<link rel="(?:icon|apple-touch-icon)" href=")([^"]+)(")', inline_icon, html)
    if n_icons == 0:
        fail("no icon link found in index.html")

    removals = {
        "the loader script": boot_tag.group(0),
        "preload links": r'<link rel="(?:modulepreload|preload)"[^>]*>',
        "the manifest link": r'<link rel="manifest"[^>]*>',
        "the <base>": r"<base [^>]*>",
    }
    for what, pattern in removals.items():
        html, n = re.subn(pattern if what != "the loader script" else re.escape(pattern), "", html)
        if n == 0 and what != "preload links":
            fail(f"{what} was not found in index.html")

    csp = "; ".join([
        "default-src 'none'",
        f"script-src {csp_hash(script)} 'wasm-unsafe-eval'",
        "style-src " + " ".join(sorted({csp_hash(css) for css in styles})),
        "img-src data:",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    meta = (
        "<!-- Single-file edition: nothing may leave the device. No connections, no workers, no\n"
        "         resources from anywhere; only the inline script and styles below (by hash) and data: images. -->\n"
        f'    <meta http-equiv="Content-Security-Policy" content="{csp}" />'
    )
    html, n = re.subn(r'(?:<!--(?:(?!-->).)*-->\s*)?<meta http-equiv="Content-Security-Policy"[^>]*>', lambda _: meta, html, count=1, flags=re.S)
    if n != 1:
        fail("no Content-Security-Policy meta tag in index.html")
    if "</head>" not in html:
        fail("no </head> in index.html")
    # Nothing may still point at another file.
    leftover = re.findall(r'(?:src|href)="(?!data:|#)([^"]+)"', html)
    if leftover:
        fail(f"the page still refers to other files: {leftover}")
    html = html.replace("</head>", f'<script type="module">{script}</script>\n  </head>', 1)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html)
    tmp.replace(out)
    print(f"single_html: wrote {out} (JS glue {len(glue)} B, wasm {len(wasm)} B, {n_css} stylesheets, {n_icons} icons inlined)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
