"""Article files to clean text: decoding, HTML markup, title, date line and page furniture.

Pure Python, no Django and no underthesea: the web process may import it. Errors are
`ReadError` with a one-line reason; the caller adds the file name.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from extraction.grammar.documents import (
    BYLINE_START,
    CONTENT_HINT,
    DATE_LINE_SECTION,
    DATE_LINE_WORDS,
    DATE_NUMERIC,
    FURNITURE_HINT,
    HTML_START,
    INVISIBLE,
    ISO_DATETIME,
    NOT_A_SIGNATURE,
    PHOTO_CREDIT,
    SITE_NAME_SEPARATOR,
    SPACES_IN_LINE,
    TIME,
    TRAILER,
)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ENCODINGS_TRIED = "UTF-8, UTF-8 with BOM, UTF-16 with BOM"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


_SKIPPED_TAGS = {
    "script",
    "style",
    "nav",
    "footer",
    "header",
    "aside",
    "noscript",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figure",
    "figcaption",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "time",
    "main",
    "dd",
    "dt",
    "pre",
    "hr",
}


_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TextParser(HTMLParser):
    """Visible text of a page, one block per line; scripts, navigation and footers dropped.

    Lines inside <article>, <main> or a block whose class/id says it holds the story are marked, so
    the page's own furniture (breadcrumbs, menus, related links) can be left out when a story block
    exists.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, bool]] = []
        self.current: list[str] = []
        self.skip = 0
        self.content = 0
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, opened content, opened skip)
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in: str | None = None
        self.meta_published: str | None = None  # <meta property="article:published_time">, <time datetime>
        self.hidden: list[str] = []  # text of skipped blocks: a page header may hold the date line

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in ("meta", "time"):
            self._page_date(tag, dict(attrs))
        if tag in _VOID_TAGS:
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        skip = tag in _SKIPPED_TAGS or (
            tag not in ("article", "main", "body", "html") and bool(FURNITURE_HINT.search(names))
        )
        content = tag in ("article", "main") or bool(CONTENT_HINT.search(names))
        self.skip += skip
        self.content += content
        self.stack.append((tag, content, skip))
        if tag in ("title", "h1"):
            self._in = tag

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in ("meta", "time"):
            self._page_date(tag, dict(attrs))
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS or tag == "title":
            self._flush()
        if tag == self._in:
            self._in = None
        if not any(t == tag for t, _, _ in self.stack):
            return  # a stray closing tag
        while self.stack:
            name, content, skip = self.stack.pop()
            self.content -= content
            self.skip -= skip
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title.append(data)
            return
        if self.skip:
            if data.strip():
                self.hidden.append(data.strip())
            return
        if self._in == "h1":
            self.h1.append(data)
        self.current.append(data)

    def _page_date(self, tag: str, attrs: dict) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content") if tag == "meta" else attrs.get("datetime")
        if self.meta_published is None and value and (tag == "time" or key in _DATE_META):
            self.meta_published = iso_published(value)

    def _flush(self) -> None:
        line = _one_line(self.current)
        if line:
            self.lines.append((line, self.content > 0))
        self.current = []


_DATE_META = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "article:published",
}


def iso_published(value: str) -> str | None:
    """ "2023-10-06T15:20:00+07:00" -> "2023-10-06T15:20": the local time as the page states it."""
    m = ISO_DATETIME.match(value.strip())
    if not m:
        return parse_published(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}T{m.group(4) or '00'}:{m.group(5) or '00'}"


def html_page(markup: str) -> tuple[str | None, list[str], str | None]:
    """(title, lines of the story, publication date) of an HTML page.

    The date comes from the page's metadata, else from a date line in its header or at the top of
    the story ("Thứ Sáu, 06/10/2023, 15:20"), which sites print outside the story block.
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    title, lines = _page_lines(parser)
    published = parser.meta_published
    if published is None:
        top = [line for line, _ in parser.lines[:40]] + parser.hidden[:60]
        published = next((parse_published(line) for line in top if _is_date_line(line)), None)
    return title, lines, published


def _page_lines(parser: _TextParser) -> tuple[str | None, list[str]]:
    """(title, lines of the story) of a parsed page.

    The title is the <h1>, else the <title> without the site's name; the lines are those of the
    story block when the page has one (the title line kept first), else every visible line.
    """
    parser._flush()
    h1 = _one_line(parser.h1)
    title = _strip_site_name(_one_line(parser.title))
    lines = [line for line, _ in parser.lines]
    story = [line for line, inside in parser.lines if inside]
    if len(story) >= 2:
        heading = h1 or title
        lines = story if not heading or heading in story else [heading, *story]
    return (h1 or title or None), lines


def _one_line(pieces: list[str]) -> str:
    """Pieces of a page's text as one line: every run of whitespace, line breaks too, one space."""
    return " ".join("".join(pieces).split())


def _strip_site_name(title: str) -> str:
    """ "Huyện X tổng kết năm 2023 - Báo Bình Thuận" -> the headline: the longest of the parts."""
    parts = [p.strip() for p in SITE_NAME_SEPARATOR.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


class ReadError(Exception):
    """The file cannot be read as an article; the message is one line naming the reason."""


@dataclass(frozen=True)
class Document:
    """A cleaned article. Offsets of everything extracted from it point into `text`."""

    source_file: str
    title: str
    published: str | None  # "YYYY-MM-DDTHH:MM" as printed, or None
    text: str  # title line, then the body paragraphs one per line
    content_hash: str  # sha256 of `text`

    def span(self, start: int, end: int) -> str:
        """The text between two character offsets (e.g. an item's sentence)."""
        return self.text[start:end]

    def sentence_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence of `text`, the same spans the pipeline uses."""
        from extraction.nlp.sentences import split_paragraphs

        return [(s.start, s.end) for p in split_paragraphs(self.text) for s in p.sentences]


def read_document(source: Path | str | bytes, *, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A Document from a path, or from bytes with the file name they came under."""
    if isinstance(source, (bytes, bytearray)):
        return read_bytes(bytes(source), filename or "article.txt", max_bytes=max_bytes)
    return read_file(Path(source), max_bytes=max_bytes)


def read_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(_too_big(size, max_bytes))
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise ReadError("is a folder, not an article file") from exc
    except FileNotFoundError as exc:
        raise ReadError("no such file") from exc
    except PermissionError as exc:
        raise ReadError("permission denied") from exc
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from exc
    return read_bytes(data, path.name, max_bytes=max_bytes)


def read_bytes(data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    if len(data) > max_bytes:
        raise ReadError(_too_big(len(data), max_bytes))
    if not data.strip():
        raise ReadError("empty file")
    text = decode(data)
    is_html = filename.lower().endswith(HTML_SUFFIXES) or bool(HTML_START.match(text[:200]))
    return read_text(text, filename, html=is_html)


def read_text(text: str, filename: str = "pasted.txt", *, html: bool = False) -> Document:
    """A Document from text already decoded (e.g. pasted into a form)."""
    text = _normalise(text)
    page_date = None
    if html:
        title_hint, lines, page_date = html_page(text)
    else:
        title_hint, lines = None, text.split("\n")
    lines = [SPACES_IN_LINE.sub(" ", line).strip() for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        raise ReadError("empty file" if not html else "no text in the page after removing markup")
    title, published, body = _title_date_body(lines, title_hint)
    published = published or page_date
    body = _drop_furniture(body)
    if not title and not body:
        raise ReadError("no article text after removing page furniture")
    clean = "\n".join([title, *body]) if body else title
    digest = hashlib.sha256(clean.encode("utf-8")).hexdigest()
    return Document(source_file=Path(filename).name, title=title, published=published, text=clean, content_hash=digest)


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM) or UTF-16 (with or without BOM); binary data is refused."""
    utf16 = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise ReadError(f"undecodable text: tried {ENCODINGS_TRIED}") from exc
    else:
        if b"\x00" in data:
            raise ReadError("binary file (contains NUL bytes), not a text or HTML article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(f"undecodable text: tried {ENCODINGS_TRIED}") from exc
    controls = sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:4096]) // 50):
        raise ReadError("binary file (control characters), not a text or HTML article")
    return text


def _utf16_without_bom(data: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text saved without a BOM, else "".

    Text in UTF-16 has a NUL in the high byte of every ASCII character (letters, digits, spaces:
    most of a Vietnamese article too), always on the same side of each pair; binary data does not.
    """
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return ""
    pairs = len(head) // 2
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd > pairs * 0.3 and even < pairs * 0.02:
        return "utf-16-le"
    if even > pairs * 0.3 and odd < pairs * 0.02:
        return "utf-16-be"
    return ""


def _too_big(size: int, limit: int) -> str:
    return f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit"


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text)
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")


def parse_published(line: str) -> str | None:
    """ "25/01/2021 - 06:54", "Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "01:50, 15/12/2020" -> ISO minutes."""
    date = DATE_NUMERIC.search(line)
    if not date:
        return None
    day, month, year = int(date.group("d")), int(date.group("m")), int(date.group("y"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    rest = line[: date.start()] + " " + line[date.end() :]
    time = TIME.search(rest)
    hour, minute = (int(time.group("h")), int(time.group("min"))) if time else (0, 0)
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"


def _is_date_line(line: str) -> bool:
    if len(line) > 80 or not DATE_NUMERIC.search(line):
        return False
    rest = DATE_LINE_SECTION.sub("", DATE_NUMERIC.sub(" ", line))
    return bool(DATE_LINE_WORDS.match(rest.strip() or "-"))


def _title_date_body(lines: list[str], title_hint: str | None) -> tuple[str, str | None, list[str]]:
    title, start = lines[0], 1
    if title_hint and title_hint.strip():
        title = title_hint.strip()
        start = 1 if lines[0] == title else 0
    elif _is_date_line(lines[0]) and len(lines) > 1:
        title, start = lines[1], 2  # some pages print the date above the title
    published = parse_published(lines[0]) if start == 2 else None
    for i in range(start, min(start + 3, len(lines))):
        if _is_date_line(lines[i]):
            published = published or parse_published(lines[i])
            return title, published, lines[start:i] + lines[i + 1 :]
    return title, published, lines[start:]


def _drop_furniture(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if i >= 1 and TRAILER.match(line):
            lines = lines[:i]
            break
    lines = [line for line in lines if not TRAILER.match(line)]
    lines = _drop_captions(lines)
    while lines and _is_byline(lines[-1]):
        lines.pop()
    return lines


def _drop_captions(lines: list[str]) -> list[str]:
    """Photo captions: printed twice in a row, or ending with the photo credit."""
    out: list[str] = []
    bases = [PHOTO_CREDIT.sub("", line).strip() for line in lines]  # once per line, not twice
    i = 0
    while i < len(lines):
        line = lines[i]
        base = bases[i]
        if i + 1 < len(lines) and base and bases[i + 1] == base:
            i += 2
            continue
        if PHOTO_CREDIT.search(line) and len(line) < 250:
            i += 1
            continue
        out.append(line)
        i += 1
    return out


def _is_byline(line: str) -> bool:
    if BYLINE_START.match(line):
        return len(line) < 120
    words = line.split()
    return len(words) <= 6 and not NOT_A_SIGNATURE.search(line)
