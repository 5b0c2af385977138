"""Text helpers shared by models, search and the admin: no Django imports here."""

import re
import unicodedata

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
