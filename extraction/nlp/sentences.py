"""Paragraphs, headings and sentences of a cleaned article, with character offsets.

Our own splitter rather than underthesea's sent_tokenize: it must keep exact offsets into
the text (every item points at its sentence) and know the numbered target lists
("Về kinh tế: 1. Tốc độ tăng ... 2. Thu nhập ..."), whose "1." is neither a sentence end
nor a number to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extraction.grammar.text import (
    BULLET,
    CLOSING,
    LAST_WORD,
    LIST_MARKER,
    LIST_NUMBER,
    MARKER_HINT,
    ROMAN_HEADING,
    SECTION_LIST,
    SENTENCE_END,
    SPACE,
    TERMINAL,
)

__all__ = ["BULLET", "LIST_MARKER", "Paragraph", "Sentence", "is_heading_text", "sentence_spans", "split_paragraphs"]

# The words a "." ends without ending the sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn").
_ABBREVIATIONS = {"tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs", "th.s", "v.v", "ông", "bà", "q", "p", "st", "ks"}


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass
class Paragraph:
    text: str
    start: int
    end: int
    index: int
    is_heading: bool = False
    is_list_item: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    masks: list[tuple[int, int]] = field(default_factory=list)  # list markers, absolute offsets


def split_paragraphs(text: str, *, title_lines: int = 1) -> list[Paragraph]:
    """Non-empty lines of `text` as paragraphs, each split into sentences."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = start + lead, start + lead + len(stripped)
        index = len(paragraphs)
        paragraph = Paragraph(text=stripped, start=start, end=end, index=index)
        paragraph.is_list_item = bool(BULLET.match(stripped)) or bool(SECTION_LIST.match(stripped))
        paragraph.is_heading = index >= title_lines and is_heading_text(stripped)
        paragraph.masks = (
            [(start + m.start(1), start + m.end(0)) for m in LIST_MARKER.finditer(stripped)]
            if MARKER_HINT.search(stripped)
            else []
        )
        paragraph.sentences = [Sentence(text[a:b], a, b, index) for a, b in sentence_spans(stripped, start)]
        paragraphs.append(paragraph)
    return paragraphs


def is_heading_text(line: str) -> bool:
    """A section heading, not a sentence: a short line without closing punctuation, or a line set in
    capitals ("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2023 ...", "II. NHIỆM VỤ NĂM 2024:") whatever its length."""
    words = line.split()
    if 0 < len(words) <= 14 and not TERMINAL.search(line) and not BULLET.match(line):
        return True
    # filter/map keep the per-character work in C: this runs on every paragraph.
    letters = list(filter(str.isalpha, line))
    capitals = sum(map(str.isupper, letters))
    return (
        2 <= len(words) <= 40 and len(letters) >= 8 and capitals >= 0.8 * len(letters) and not CLOSING.search(line)
    ) or (bool(ROMAN_HEADING.match(line)) and len(words) <= 14 and not CLOSING.search(line))


def sentence_spans(paragraph: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, shifted by `offset`."""
    cuts = {0}
    for m in SENTENCE_END.finditer(paragraph):
        word = _last_word(paragraph, m.end())
        token = (word.group(1) if word else "").lower().rstrip(".")
        if token in _ABBREVIATIONS:
            continue
        if LIST_NUMBER.fullmatch(token) and LIST_MARKER.match(paragraph, m.start() - len(token)):
            continue  # the "1." of a list marker, the cut comes before it
        cuts.add(m.end())
    if MARKER_HINT.search(paragraph):
        for m in LIST_MARKER.finditer(paragraph):
            cuts.add(m.start(1))
    bounds = sorted(c for c in cuts if c < len(paragraph))
    spans = []
    for i, a in enumerate(bounds):
        b = bounds[i + 1] if i + 1 < len(bounds) else len(paragraph)
        piece = paragraph[a:b]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            spans.append((offset + a + left, offset + a + right))
    return spans


def _last_word(paragraph: str, end: int):
    """The last word before `end`, as `LAST_WORD` finds it in `paragraph[:end].rstrip()`.

    The match is made of non-space characters up to the end, so it lies after the last space: searching
    only a short tail that still holds a space finds the same word without rescanning the paragraph.
    """
    tail = paragraph[max(0, end - 64) : end].rstrip()
    if end > 64 and not SPACE.search(tail):
        tail = paragraph[:end].rstrip()
    return LAST_WORD.search(tail)
