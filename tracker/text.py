"""Text helpers shared by models, search and the admin: no Django imports here."""

import re
import unicodedata
from collections.abc import Collection

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case ASCII form of Vietnamese text, so "cho lach" finds "Chợ Lách"."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", text.lower()).strip()


_NOT_SLUG = re.compile(r"[^\w\s-]")
_SLUG_GAPS = re.compile(r"[-\s]+")


def slugify(text: str) -> str:
    """ASCII slug of Vietnamese text ("Chợ Lách" -> "cho-lach"), the way Django's slugify would
    make it from the folded text (Django's own drops "đ" instead of writing "d")."""
    return _SLUG_GAPS.sub("-", _NOT_SLUG.sub("", fold(text))).strip("-_")


def word_overlap(a: Collection[str], b: Collection[str]) -> float:
    """The share of the smaller set of words found in the other (0 when either is empty).

    The one word-overlap similarity of the code base: the NLP compares word keys with it, the
    import compares indicators (indicator_similarity). Pure Python, no Django, so both apps use it.
    """
    a, b = set(a), set(b)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# What an article says about an indicator, not what it measures: the verbs before it ("phấn đấu kết
# nạp", "tiếp tục giảm") and the qualifiers after it ("còn", "trở lên", "năm 2030"), in folded form.
LEAD_IN = re.compile(
    r"^(?:(?:phan dau|tiep tuc|dat duoc|dat|tang|giam|keo giam|ket nap|phat trien|nang|duy tri"
    r"|xay dung|co|thuc hien|hoan thanh)\s+)+"
)
TRAILING = re.compile(
    r"(?:\s+(?:con|con duoi|duoi|tren|tro len|tu|it nhat|dat|den nam \d{4}|nam \d{4}|vao nam \d{4}"
    r"|trong nhiem ky|ca nhiem ky|hang nam|moi nam|giai doan \d{4}\s*-\s*\d{4}))+$"
)
_NOT_WORD = re.compile(r"[^\w%/ ]+")


def indicator_text(indicator: str | None) -> str:
    """An indicator's wording without case, diacritics, punctuation, lead-in verbs and trailing qualifiers."""
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", fold(indicator))).strip()
    return TRAILING.sub("", LEAD_IN.sub("", text)).strip()


def indicator_similarity(a: str | None, b: str | None) -> float:
    """How alike two wordings of an indicator are, 0 to 1 (word_overlap of indicator_text):
    "Thu nhập bình quân đầu người" and "phấn đấu thu nhập bình quân đầu người năm 2030" are 1."""
    return word_overlap(indicator_words(a), indicator_words(b))


def indicator_words(indicator: str | None) -> set[str]:
    """The words of indicator_text, one-letter ones aside (numbers kept: "khu vực 2" is not "khu vực 3")."""
    return {word for word in indicator_text(indicator).split() if len(word) > 1 or word.isdigit()}
