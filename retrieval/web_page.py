"""A report saved from a government website (.html / .htm), read as the article it holds.

Reports are published first as a web page, and staff keep them as "网页，仅HTML" from the
browser. The page wraps the report in the site's chrome: a header and navigation, a
breadcrumb, a "发布时间：… 来源：… 【字体：大 中 小】" line, a print/share bar and a footer of
主办单位 / 网站标识码 / ICP备案号. None of it is the report, and its words would be read as
the report's own (a region, a date, a title).

So the page is parsed into elements (stdlib `html.parser`, no network, no scripts), the
chrome elements are dropped by tag (script, style, nav, header, footer, form …) and by the
shape of a menu (a list whose items are only links), and the article is the deepest block
holding most of the page's Chinese text: the report's paragraphs sit together in one
container (a `div` of the content management system, a `td` of an older table layout),
whatever the site calls it. The page's own heading (its `h1`, else its `<title>` before the
site name) is kept as the first line when the article does not open with it, since a
report's title names its region and year. Tables inside the article come back as rows of
cells, as a Word table does (`retrieval.report_tables` reads them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from core import lazy_re as re

# never text of the page's article
_DROPPED = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
            "button", "select", "option", "iframe", "object", "svg", "canvas", "video", "audio", "map"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
_BLOCK = {"p", "div", "section", "article", "main", "body", "html", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
          "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "blockquote", "pre",
          "center", "font", "span", "strong", "b", "em", "a", "caption"}
_LINE_BREAKING = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
                  "h4", "h5", "h6", "blockquote", "pre", "center", "caption", "br", "hr", "table", "tr"}
_CONTAINERS = {"div", "section", "article", "main", "td", "body", "center", "blockquote"}
# elements nested deeper than this are read as their parent's text: a hostile page of thousands of
# nested tags never exhausts the stack of the readers below (they recurse)
MAX_DEPTH = 120
# the article holds at least this share of the page's Chinese characters
ARTICLE_SHARE = 0.6
_CJK = re.compile(r"[\u4e00-\u9fff]")
# "X县2026年政府工作报告_X县人民政府" / "… - 政务公开": the page title before the site's name
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜—-]+|\s-\s).*$")


@dataclass
class _Node:
    tag: str
    children: list["_Node | str"] = field(default_factory=list)
    cjk: int = 0  # Chinese characters in this element and below (filled by `_count`)


class _Tree(HTMLParser):
    """A forgiving element tree: unclosed <p>/<li>/<td> close at the next sibling, a stray end
    tag closes up to its opening, an end tag never opened is ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack = [self.root]
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        if tag in ("p", "li", "td", "th", "tr", "dt", "dd") and self.stack[-1].tag == tag:
            self.stack.pop()
        if tag in ("td", "th") and self.stack[-1].tag in ("td", "th"):
            self.stack.pop()
        if tag == "tr":
            while self.stack[-1].tag in ("td", "th", "p"):
                self.stack.pop()
            if self.stack[-1].tag == "tr":
                self.stack.pop()
        if len(self.stack) >= MAX_DEPTH:
            return  # its text goes to the deepest element kept
        node = _Node(tag)
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.stack[-1].children.append(_Node(tag))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if any(n.tag == tag for n in self.stack[1:]):
            while self.stack[-1].tag != tag:
                self.stack.pop()
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.stack[-1].children.append(data)


def _is_menu(node: _Node) -> bool:
    """A list (ul/ol) whose every item is only a link: a site menu, never the article."""
    items = [c for c in node.children if isinstance(c, _Node) and c.tag == "li"]
    if not items:
        return False
    for li in items:
        own = [c for c in li.children if not (isinstance(c, str) and not c.strip())]
        if not own or not all(isinstance(c, _Node) and c.tag == "a" for c in own):
            return False
    return True


def _prune(node: _Node) -> None:
    node.children = [c for c in node.children
                     if isinstance(c, str) or (c.tag not in _DROPPED and not (c.tag in ("ul", "ol") and _is_menu(c)))]
    for c in node.children:
        if isinstance(c, _Node):
            _prune(c)


def _count(node: _Node) -> int:
    node.cjk = sum(len(_CJK.findall(c)) if isinstance(c, str) else _count(c) for c in node.children)
    return node.cjk


def _article(root: _Node) -> _Node:
    """The deepest container holding `ARTICLE_SHARE` of the page's Chinese text."""
    total = root.cjk or 1
    best = root
    while True:
        inner = [c for c in best.children if isinstance(c, _Node) and c.cjk >= ARTICLE_SHARE * total]
        if not inner:
            return best
        nxt = inner[0]
        # go down through wrappers of any tag, but settle on a container
        best = nxt if nxt.tag in _CONTAINERS or any(
            isinstance(c, _Node) and c.cjk >= ARTICLE_SHARE * total for c in nxt.children) else best
        if best is not nxt:
            return best


def _lines(node: _Node, out: list[str], tables: list[list[list[str]]]) -> None:
    """The node's text, one block a line; a table as tab-joined rows (and into `tables`)."""
    if node.tag == "table":
        rows = _table_rows(node)
        if rows:
            tables.append(rows)
            out.append("")
            out.extend("\t".join(r) for r in rows)
            out.append("")
        return
    if node.tag in _LINE_BREAKING:
        out.append("")
    for c in node.children:
        if isinstance(c, str):
            text = re.sub(r"[ \t\r\n]+", " ", c)
            if text.strip():
                if not out:
                    out.append("")
                out[-1] += text
        else:
            _lines(c, out, tables)
    if node.tag in _LINE_BREAKING:
        out.append("")


def _cell_text(node: _Node) -> str:
    parts: list[str] = []
    _lines(node, parts, [])
    return "\n".join(p.strip() for p in parts if p.strip())


def _table_rows(table: _Node) -> list[list[str]]:
    rows: list[list[str]] = []

    def walk(n: _Node) -> None:
        for c in n.children:
            if not isinstance(c, _Node):
                continue
            if c.tag == "tr":
                cells = [_cell_text(td) for td in c.children if isinstance(td, _Node) and td.tag in ("td", "th")]
                if any(cells):
                    rows.append(cells)
            elif c.tag != "table":
                walk(c)

    walk(table)
    return rows


def page_text(html: str) -> tuple[str, list[list[list[str]]]]:
    """The article of a saved web page as text (one block a line) and its tables."""
    parser = _Tree()
    parser.feed(html)
    parser.close()
    root = parser.root
    headings = _headings(root)
    _prune(root)
    _count(root)
    article = _article(root)
    lines: list[str] = [""]
    tables: list[list[list[str]]] = []
    _lines(article, lines, tables)
    body = [l.strip() for l in lines]
    body = [l for i, l in enumerate(body) if l or (i and body[i - 1])]
    title = headings or _SITE_SUFFIX.sub("", parser.title.strip())
    opening = "".join(l for l in body[:6] if l)
    if title and re.sub(r"\s", "", title) not in re.sub(r"\s", "", opening):
        body = [title, ""] + body
    return "\n".join(body).strip("\n"), tables


def _headings(root: _Node) -> str:
    """The page's first h1 (else h2) text: the article's title as the site prints it."""
    for tag in ("h1", "h2"):
        found = _first(root, tag)
        if found is not None:
            text = re.sub(r"\s+", " ", _cell_text(found)).strip()
            if _CJK.search(text):
                return text
    return ""


def _first(node: _Node, tag: str) -> _Node | None:
    for c in node.children:
        if isinstance(c, _Node):
            if c.tag == tag:
                return c
            if c.tag not in ("script", "style", "nav", "footer"):
                found = _first(c, tag)
                if found is not None:
                    return found
    return None
