"""A small HTML rewriter for the post-build steps, on Python's own HTML tokenizer (html.parser).

It reads a page into tokens that keep their exact source text, so that everything it is not asked
to change is written back byte for byte, and it finds elements by tag and attributes, never by
regular expressions over the markup. Used by scripts/postbuild.py (Trunk's output to the shipped
page) and scripts/single_html.py (the shipped page to the single-file edition); tested on Trunk's
own output by scripts/test_html_rewrite.py.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements that have no end tag.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Token:
    """One piece of the page: a start tag (with its attributes), an end tag, text or a comment."""

    kind: str  # "start", "end", "text", "comment", "other"
    raw: str
    tag: str = ""
    attrs: dict[str, str | None] = field(default_factory=dict)

    def attr(self, name: str) -> str | None:
        return self.attrs.get(name)

    def is_start(self, tag: str, **attrs: str | None) -> bool:
        """A start tag `tag` whose attributes include `attrs` (None: the attribute is absent)."""
        if self.kind != "start" or self.tag != tag:
            return False
        for name, value in attrs.items():
            # Keyword names take a trailing underscore (as_="fetch"); other underscores are hyphens.
            name = name.rstrip("_").replace("_", "-")
            if value is None:
                if name in self.attrs:
                    return False
            elif self.attrs.get(name) != value:
                return False
        return True


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tokens: list[Token] = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(Token("start", self.get_starttag_text() or "", tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        # The tokenizer gives no raw text for end tags; Trunk writes them plainly.
        self.tokens.append(Token("end", f"</{tag}>", tag))

    def handle_data(self, data):
        self.tokens.append(Token("text", data))

    def handle_entityref(self, name):
        self.tokens.append(Token("text", f"&{name};"))

    def handle_charref(self, name):
        self.tokens.append(Token("text", f"&#{name};"))

    def handle_comment(self, data):
        self.tokens.append(Token("comment", f"<!--{data}-->"))

    def handle_decl(self, decl):
        self.tokens.append(Token("other", f"<!{decl}>"))

    def handle_pi(self, data):
        self.tokens.append(Token("other", f"<?{data}>"))

    def unknown_decl(self, data):
        self.tokens.append(Token("other", f"<![{data}]>"))


class Page:
    """A page as tokens, with the edits the build steps need."""

    def __init__(self, text: str) -> None:
        reader = _Reader()
        reader.feed(text)
        reader.close()
        self.tokens = reader.tokens
        if self.text() != text:
            raise ValueError("the page does not read back as it was written (unusual markup?)")

    def text(self) -> str:
        return "".join(t.raw for t in self.tokens)

    def find(self, tag: str, **attrs: str | None) -> list[int]:
        """Indexes of the start tags of `tag` with the given attributes, in page order."""
        return [i for i, t in enumerate(self.tokens) if t.is_start(tag, **attrs)]

    def element_end(self, start: int) -> int:
        """The index just past the element that starts at `start` (its end tag included)."""
        token = self.tokens[start]
        if token.tag in VOID or token.raw.rstrip().endswith("/>"):
            return start + 1
        depth = 0
        for i in range(start, len(self.tokens)):
            t = self.tokens[i]
            if t.kind == "start" and t.tag == token.tag:
                depth += 1
            elif t.kind == "end" and t.tag == token.tag:
                depth -= 1
                if depth == 0:
                    return i + 1
        raise ValueError(f"<{token.tag}> at token {start} is never closed")

    def content(self, start: int) -> str:
        """The source text inside the element that starts at `start`."""
        return "".join(t.raw for t in self.tokens[start + 1 : self.element_end(start) - 1])

    def replace(self, start: int, markup: str) -> None:
        """Replaces the element that starts at `start` (and, for a void element, only its tag) with `markup`."""
        end = self.element_end(start)
        self.tokens[start:end] = [Token("other", markup)]

    def remove(self, start: int) -> None:
        """Removes the element that starts at `start`, with the spaces and line break before it (so
        a line that held only the element goes too)."""
        end = self.element_end(start)
        if start > 0 and self.tokens[start - 1].kind == "text" and not self.tokens[start - 1].raw.strip():
            start -= 1
        del self.tokens[start:end]

    def comments(self, text: str) -> list[int]:
        """Indexes of the comments whose words are `text` (surrounding spaces ignored)."""
        return [i for i, t in enumerate(self.tokens) if t.kind == "comment" and t.raw[4:-3].strip() == text]

    def insert_before(self, index: int, markup: str) -> None:
        self.tokens.insert(index, Token("other", markup))


def tag(name: str, attrs: dict[str, str], content: str | None = None) -> str:
    """A start tag with attributes (escaped), and the content and end tag if `content` is given."""
    # Only what would end the value or start markup is escaped, so a policy's quotes stay as written.
    written = "".join(f' {k}="{html.escape(v, quote=False).replace(chr(34), "&quot;")}"' for k, v in attrs.items())
    start = f"<{name}{written}>"
    return start if content is None else f"{start}{content}</{name}>"
