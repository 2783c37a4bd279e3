#!/usr/bin/env python3
"""Turns a built dist/ into the single-file edition: ONE self-contained HTML file that works when
opened straight from disk (file://), for USB sticks, e-mail and PCs that block installs.

usage: single_html.py DIST OUT.html

Inlined: the start-up guard (web/guard.js) as an inline classic script, the wasm-bindgen JS glue
and the wasm (base64) in one inline module script, every
stylesheet in <style>, the icons as data: URLs, and the texts file (the words the app loads after
the first paint; content/src/deferred.rs) in a <script type="text/plain" id="lta-texts">, a data
block the browser never runs. Dropped: the service worker (the app does not
register one outside http(s)), the manifest, Trunk's preload links and the <base>. The
Content-Security-Policy allows exactly these inline blocks (by SHA-256 hash) and nothing from
anywhere else: default-src 'none', connect-src 'none', so the page cannot open any connection.

The page is edited with scripts/html_rewrite.py, never with regular expressions. Fails loudly
(exit 1) if the built page does not look the way this script expects.
"""
import base64
import hashlib
import mimetypes
import pathlib
import sys

from html_rewrite import Page, tag

ROOT = pathlib.Path(__file__).resolve().parent.parent


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
    lower = text.lower()
    if "</script" in lower or "</style" in lower or "<!--" in lower:
        fail(f"{what} contains '</script', '</style' or '<!--', which cannot be inlined as it is")
    return text


def default_export(glue: str) -> str:
    """The local name of the JS glue's default export (wasm-bindgen writes
    `export { initSync, __wbg_init as default };` as its last line)."""
    for line in reversed(glue.splitlines()):
        line = line.strip()
        if line.startswith("export {") and line.rstrip(";").endswith("}"):
            for part in line[len("export {") :].rstrip(";").rstrip("}").split(","):
                words = part.split()
                if len(words) == 3 and words[1] == "as" and words[2] == "default":
                    return words[0]
    fail("the JS glue has no 'export { ... as default }' line")
    return ""


def main() -> int:
    if len(sys.argv) != 3:
        fail("usage: single_html.py DIST OUT.html")
    dist, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    page = Page((dist / "index.html").read_text())

    # The start-up guard (web/guard.js) becomes an inline classic script: it runs before the
    # module below, and shows the notice once the page is parsed.
    guards = [i for i in page.find("script") if (page.tokens[i].attr("src") or "").rsplit("/", 1)[-1].startswith("guard-")]
    if len(guards) != 1:
        fail("no guard-….js start-up guard in index.html (did scripts/postbuild.py run?)")
    guard = safe_inline(local(dist, page.tokens[guards[0]].attr("src") or "").read_text(), "the start-up guard")
    page.remove(guards[0])
    # The loader (scripts/postbuild.py wrote it) names the glue and the wasm on its tag.
    boots = [i for i in page.find("script", type="module") if page.tokens[i].attr("src")]
    if len(boots) != 1:
        fail("no <script type=\"module\" src=...> loader in index.html (did scripts/postbuild.py run?)")
    boot = page.tokens[boots[0]]
    glue_url, wasm_url = boot.attr("data-glue"), boot.attr("data-wasm")
    if not glue_url or not wasm_url:
        fail("the loader's tag does not name its data-glue and data-wasm (did scripts/postbuild.py run?)")
    glue = local(dist, glue_url).read_text()
    wasm = local(dist, wasm_url).read_bytes()
    if any(line.lstrip().startswith("import ") for line in glue.splitlines()):
        fail("the JS glue imports other modules (wasm-bindgen snippets?); they would need inlining too")
    # The start screen's reveal, as the web edition's loader does it (the page is pre-rendered).
    reveal = (ROOT / "web" / "reveal-start.js").read_text() if page.find("div", class_="prerendered") else ""
    script = safe_inline(glue, "the JS glue") + "\n" + reveal + (
        "\n// Single-file edition: the wasm is inlined as base64 (no fetch: connect-src is 'none').\n"
        "// Nothing starts where the start-up guard found this browser lacking; a failure shows its notice.\n"
        "if (!window.ltaUnsupported) {\n"
        "  (typeof startScreenPainted === 'undefined' ? Promise.resolve() : startScreenPainted).then(() => {\n"
        f"    const bytes = Uint8Array.from(atob('{base64.b64encode(wasm).decode()}'), (c) => c.charCodeAt(0));\n"
        f"    return {default_export(glue)}({{ module_or_path: bytes }});\n"
        "  }).then((instance) => {\n"
        '    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));\n'
        "  }).catch((error) => (window.ltaStartFailed ? window.ltaStartFailed(error) : console.error(error)));\n"
        "}\n"
    )
    page.remove(boots[0])

    styles = []
    links = page.find("link", rel="stylesheet")
    if not links:
        fail("no stylesheet links found in index.html")
    for i in reversed(links):
        css = safe_inline(local(dist, page.tokens[i].attr("href") or "").read_text(), "a stylesheet")
        styles.append(css)
        page.replace(i, tag("style", {}, css))

    icons = page.find("link", rel="icon") + page.find("link", rel="apple-touch-icon")
    if not icons:
        fail("no icon link found in index.html")
    for i in icons:
        token = page.tokens[i]
        attrs = {k: v or "" for k, v in token.attrs.items()}
        attrs["href"] = data_url(local(dist, attrs["href"]))
        page.replace(i, tag("link", attrs))

    for what, found in [
        ("the manifest link", page.find("link", rel="manifest")),
        ("the <base>", page.find("base")),
    ]:
        if not found:
            fail(f"{what} was not found in index.html")
    for i in sorted(
        page.find("link", rel="manifest") + page.find("base") + page.find("link", rel="modulepreload") + page.find("link", rel="preload"),
        reverse=True,
    ):
        page.remove(i)

    policies = page.find("meta", http_equiv="Content-Security-Policy")
    if len(policies) != 1:
        fail("no Content-Security-Policy meta tag in index.html")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {csp_hash(guard)} {csp_hash(script)} 'wasm-unsafe-eval'",
        "style-src " + " ".join(sorted({csp_hash(css) for css in styles})),
        "img-src data:",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    # The comment before the policy explains the web edition's policy: say this one instead.
    before = policies[0] - 1
    while before >= 0 and page.tokens[before].kind == "text" and not page.tokens[before].raw.strip():
        before -= 1
    if before >= 0 and page.tokens[before].kind == "comment":
        page.tokens[before].raw = (
            "<!-- Single-file edition: nothing may leave the device. No connections, no workers, no\n"
            "         resources from anywhere; only the inline script and styles below (by hash) and data: images. -->"
        )
    page.replace(policies[0], tag("meta", {"http-equiv": "Content-Security-Policy", "content": csp}))

    # Nothing may still point at another file.
    leftover = [
        value
        for t in page.tokens
        if t.kind == "start"
        for name, value in t.attrs.items()
        if name in ("src", "href") and value and not value.startswith(("data:", "#"))
    ]
    if leftover:
        fail(f"the page still refers to other files: {leftover}")
    heads = [i for i, t in enumerate(page.tokens) if t.kind == "end" and t.tag == "head"]
    if len(heads) != 1:
        fail("no </head> in index.html")
    texts = sorted(dist.glob("texts-*.txt"))
    if len(texts) != 1:
        fail(f"expected one texts-*.txt in {dist} (scripts/postbuild.py copies it), found {len(texts)}")
    texts_block = tag("script", {"type": "text/plain", "id": "lta-texts"}, safe_inline(texts[0].read_text(), texts[0].name))
    page.insert_before(
        heads[0], texts_block + "\n  " + tag("script", {}, guard) + "\n  " + tag("script", {"type": "module"}, script) + "\n  "
    )

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page.text())
    tmp.replace(out)
    print(f"single_html: wrote {out} (JS glue {len(glue)} B, wasm {len(wasm)} B, texts {texts[0].stat().st_size} B, {len(styles)} stylesheets, {len(icons)} icons inlined)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
