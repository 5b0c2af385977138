"""Text keys shared by the NLP modules: Vietnamese written two ways must compare equal.

Vietnamese places the tone mark either on the first or the second vowel of "oa", "oe", "uy"
("Hòa" / "Hoà", "Thủy" / "Thuỷ"), and files come in NFC or NFD. `key()` turns a word into a
form where the tone is a suffix, so both spellings meet in dictionaries and lexicons.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from extraction.grammar.text import WORD, WORD_OR_HYPHEN

__all__ = ["WORD", "fold", "key", "word_key", "words"]

# Combining tone marks (the five tones besides the level one).
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Lower-case word with its tone moved to the end: "Hoà" and "Hòa" both give "hoa2"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def key(text: str) -> str:
    """Key of a phrase: word keys joined by single spaces, hyphens kept as words."""
    return " ".join(word_key(w) for w in WORD_OR_HYPHEN.findall(text))


def words(text: str) -> list[str]:
    """Word keys of a text, punctuation dropped."""
    return [word_key(w) for w in WORD.findall(text)]


def fold(text: str) -> str:
    """ASCII lower-case form ("Chợ Lách" -> "cho lach"), for loose comparisons only."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").lower()
