#!/usr/bin/env python3
"""Tests of the post-build page rewriting (scripts/html_rewrite.py and scripts/postbuild.py).

    python3 scripts/test_html_rewrite.py                 # unit tests on Trunk's actual output
    python3 scripts/test_html_rewrite.py --built DIST [--public-url /sub/]
                                                         # checks a finished build

The unit tests run on tests/fixtures/trunk-0.21.14-index.html, the page Trunk 0.21.14 writes for
this app before the hook (refresh it with `POSTBUILD_SKIP=1 trunk build --release --offline --dist
/tmp/raw` and copy /tmp/raw/index.html). The --built mode reads a real build; scripts/test.sh runs
it on dist/ and scripts/build-editions.sh on the sub-path build.
"""
import argparse
import json
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from html_rewrite import Page, tag  # noqa: E402
import postbuild  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "trunk-0.21.14-index.html"


class PageTests(unittest.TestCase):
    def test_a_page_reads_back_byte_for_byte(self):
        text = FIXTURE.read_text()
        self.assertEqual(Page(text).text(), text)

    def test_elements_are_found_by_attributes_and_removed_whole(self):
        page = Page('<head><link rel="a" href="x"><script type="module">go()</script>\n  <link rel="b"></head>')
        self.assertEqual(len(page.find("link")), 2)
        [script] = page.find("script", type="module", src=None)
        self.assertEqual(page.content(script), "go()")
        page.remove(script)
        self.assertEqual(page.text(), '<head><link rel="a" href="x">\n  <link rel="b"></head>')
        page.remove(page.find("link", rel="b")[0])
        self.assertEqual(page.text(), '<head><link rel="a" href="x"></head>')
        page.replace(page.find("link", rel="a")[0], tag("link", {"rel": "c", "href": 'a"b'}))
        self.assertEqual(page.text(), '<head><link rel="c" href="a&quot;b"></head>')

    def test_comments_and_script_text_are_kept_as_written(self):
        text = "<body><!-- prerender --><script>if (a < b && c) {}</script></body>"
        page = Page(text)
        self.assertEqual(len(page.comments("prerender")), 1)
        self.assertEqual(page.text(), text)


class FinishTests(unittest.TestCase):
    def finish(self, start_screen, public_url="/"):
        html = FIXTURE.read_text()
        if public_url != "/":
            html = html.replace('href="/', f'href="{public_url}').replace("'/", f"'{public_url}")
        return postbuild.finish_page(html, public_url, start_screen, lambda name: f"/* {name} */")

    def test_the_loader_becomes_a_file_that_starts_the_glue_and_wasm_trunk_built(self):
        html, files, removed = self.finish('<main class="start">Start</main>')
        page = Page(html)
        [guard, boot] = [page.tokens[i] for i in page.find("script")]
        # The start-up guard first, deferred (not a module: it must run in browsers without them).
        self.assertTrue(guard.attr("src").startswith("/guard-"))
        self.assertIn("defer", guard.attrs)
        self.assertIsNone(guard.attr("type"))
        self.assertIn("ltaStartFailed", files[guard.attr("src")[1:]])
        self.assertEqual(boot.attr("type"), "module")
        self.assertTrue(boot.attr("src").startswith("/boot-"))
        glue, wasm = boot.attr("data-glue"), boot.attr("data-wasm")
        self.assertTrue(glue.endswith(".js") and wasm.endswith("_bg.wasm"), (glue, wasm))
        name = boot.attr("src")[1:]
        self.assertIn(f"import({json.dumps(glue)})", files[name])
        self.assertIn("ltaUnsupported", files[name], "the loader asks for nothing where the guard found the browser lacking")
        self.assertIn(f"module_or_path: \"{wasm}\"", files[name])
        self.assertIn("location.hash", files[name], "the start screen is revealed first")
        # The start screen is in its placeholder; the preloads are gone (the loader asks later).
        self.assertIn('<main class="start">Start</main>', html)
        self.assertEqual(page.find("link", rel="modulepreload") + page.find("link", rel="preload"), [])
        # One stylesheet, in the page's order.
        [css] = [page.tokens[i].attr("href") for i in page.find("link", rel="stylesheet")]
        self.assertEqual(len(removed), 11)
        joined = files[css[1:]]
        self.assertLess(joined.index(removed[0]), joined.index(removed[-1]))
        self.assertTrue(removed[0].startswith("tokens-") and removed[-1].startswith("print-"))

    def test_the_notice_for_an_old_browser_goes_in_its_placeholder(self):
        html, _, _ = self.finish('<main class="start">Start</main>')
        self.assertEqual(len(Page(html).comments("unsupported")), 1, "no notice given: the placeholder stays")
        html = postbuild.finish_page(FIXTURE.read_text(), "/", None, lambda name: "", '<div id="unsupported" hidden>Too old</div>')[0]
        self.assertIn('<div id="unsupported" hidden>Too old</div>', html)
        self.assertEqual(Page(html).comments("unsupported"), [])

    def test_without_the_pre_render_the_preloads_stay(self):
        html, files, _ = self.finish(None)
        page = Page(html)
        self.assertEqual(len(page.find("link", rel="modulepreload")), 1)
        self.assertEqual(len(page.comments("prerender")), 1)
        boot = next(text for name, text in files.items() if name.startswith("boot-"))
        self.assertNotIn("location.hash", boot)

    def test_addresses_carry_the_public_url(self):
        html, _, _ = self.finish(None, "/local-therapy-aid/")
        page = Page(html)
        self.assertEqual(
            [page.tokens[i].attr("src").split("-")[2] for i in page.find("script")], ["aid/guard", "aid/boot"]
        )
        self.assertTrue(page.tokens[page.find("link", rel="stylesheet")[0]].attr("href").startswith("/local-therapy-aid/app-"))

    def test_a_changed_trunk_output_is_refused(self):
        html = FIXTURE.read_text().replace('rel="modulepreload"', 'rel="something-else"')
        with self.assertRaises(ValueError):
            postbuild.finish_page(html, "/", None, lambda name: "")


def check_built(dist: pathlib.Path, public_url: str) -> list[str]:
    """What is wrong with a finished build's index.html (empty: nothing)."""
    page = Page((dist / "index.html").read_text())
    problems = []
    bases = [page.tokens[i].attr("href") for i in page.find("base")]
    if bases != [public_url]:
        problems.append(f"<base href> is {bases}, not [{public_url!r}]")
    scripts = [page.tokens[i] for i in page.find("script")]
    if [(s.attr("src") or "").removeprefix(public_url).split("-")[0] for s in scripts] != ["guard", "boot"]:
        problems.append(f"expected the guard {public_url}guard-… then the loader {public_url}boot-…, found {[s.raw for s in scripts]}")
    for script in scripts:
        name = (script.attr("src") or "").rsplit("/", 1)[-1]
        if not name or not (dist / name).is_file():
            problems.append(f"the loader {script.attr('src')} is not in the build")
    styles = [page.tokens[i].attr("href") or "" for i in page.find("link", rel="stylesheet")]
    if len(styles) != 1 or not styles[0].startswith(f"{public_url}app-"):
        problems.append(f"expected one stylesheet {public_url}app-…, found {styles}")
    if page.find("link", rel="modulepreload") or page.find("link", rel="preload"):
        problems.append("preload links are left (the loader asks for the wasm after the first paint)")
    if not page.find("meta", http_equiv="Content-Security-Policy"):
        problems.append("no Content-Security-Policy")
    if page.comments("prerender") or not page.find("h1", id="main-heading"):
        problems.append("the start screen was not pre-rendered into the page")
    if page.comments("unsupported") or not page.find("div", id="unsupported"):
        problems.append("the notice for a browser that cannot run the aid was not pre-rendered into the page")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--built", type=pathlib.Path)
    parser.add_argument("--public-url", default="/")
    args, rest = parser.parse_known_args()
    if args.built:
        problems = check_built(args.built, args.public_url)
        for problem in problems:
            print(f"test_html_rewrite: {args.built}/index.html: {problem}", file=sys.stderr)
        if not problems:
            print(f"test_html_rewrite: {args.built}/index.html is a finished page for {args.public_url}")
        return 1 if problems else 0
    result = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2).result
    return 0 if result.wasSuccessful() and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
