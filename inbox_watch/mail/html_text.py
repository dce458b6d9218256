"""HTML parts to plain text: block structure kept as lines, scripts and styles dropped."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)


_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4"),
        *("h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"),
        *("table", "tbody", "tfoot", "thead", "tr", "ul"),
    }
)
_PARAGRAPH_TAGS = frozenset(
    {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul"}
)
# Not "head": broken HTML mail often never closes it, and the text would vanish.
_SKIP_TAGS = frozenset({"script", "style", "title", "noscript", "template", "svg"})


_SCRIPT_STYLE_TAG = re.compile(r"(</?(?:script|style)\b[^<>]*>)", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_UNCLOSED_TAG = re.compile(r"<(?![^<>]*>)")


class _HtmlText(HTMLParser):
    """Visible text of an HTML body; block elements become line breaks and
    <blockquote> lines get "> " so quoted history is recognised as such."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # an unclosed <title> or <style> in the head hides no more
        elif tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self.newline(force=True)
        elif tag in _BLOCK_TAGS:
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)
            if tag == "blockquote":
                self.quote += 1
            elif tag == "pre":
                self.pre += 1
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.newline(force=True)
        elif tag in _BLOCK_TAGS:
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.newline(paragraph=tag in _PARAGRAPH_TAGS)
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.current.append(first)
            for line in rest:
                self.newline(force=True)
                self.current.append(line)
        else:
            self.current.append(data)  # whitespace is collapsed per line in newline()

    def newline(self, *, force: bool = False, paragraph: bool = False) -> None:
        """End the current line; ``paragraph`` adds one blank line after it."""
        line = "".join(self.current) if self.pre else " ".join("".join(self.current).split())
        self.current = []
        if line or force:
            self.lines.append("> " * self.quote + line if line else line)
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        self.newline()
        return re.sub(r"\n{3,}", "\n\n", "\n".join(self.lines)).strip()


def html_to_text(html: str) -> str:
    """Visible text of ``html`` (stdlib html.parser): no script/style, block
    elements on their own lines.

    >>> html_to_text("<p>Hi<br>there</p><script>x()</script><div>bye</div>")
    'Hi\\nthere\\n\\nbye'
    """
    parser = _HtmlText()
    # Python 3.11's html.parser is quadratic on a "<" that never closes
    # ("<a <a <a ...": 48 KB took 20 s); such a "<" is text anyway.
    html = _UNCLOSED_TAG.sub("&lt;", html)
    try:
        parser.feed(html)
        parser.close()
        text = parser.text()
    except Exception:  # html.parser asserts on some malformed declarations
        log.debug("html.parser failed; stripping tags", exc_info=True)
        text = ""
    if not text:
        # Nothing visible, e.g. everything after an unclosed <title>: strip
        # tags crudely rather than lose the body.
        text = _strip_tags(html)
    return text


def _strip_tags(html: str) -> str:
    """Text outside tags and outside script/style, in linear time."""
    visible: list[str] = []
    hidden = False
    # split() with a group puts the script/style tags at the odd indexes.
    for index, token in enumerate(_SCRIPT_STYLE_TAG.split(html)):
        if index % 2:
            hidden = not token.startswith("</")
        elif not hidden:
            visible.append(token)
    return " ".join(_TAG.sub(" ", "".join(visible)).split())
