"""Units of measure that follow a number in these reports: %, money, counts of things.

Only a number followed by one of these is a quantity worth reading; a number followed by
"đại biểu", "đồng chí", "nhiệm vụ", "lần" … (delegates, members elected, tasks, times) is
not a target, so those words are deliberately absent. Their patterns: extraction/grammar/numbers.py.
"""

from __future__ import annotations

from functools import lru_cache

from extraction import lexicon
from extraction.grammar.numbers import COUNT_NOUNS, MULTIPLIERS, SPACED_SLASH, SPACES, UNIT, UNIT_LOOKALIKE

__all__ = ["COUNT_NOUNS", "MULTIPLIERS", "PRINTS_AS", "UNIT", "is_money", "normalise_unit", "unit_after"]

# An entry's `prints_as` names the unit its phrases are printed as ("hécta" is "ha"; "hộ nghèo" counts "hộ",
# the qualifier belongs to the indicator).
PRINTS_AS = {
    p.lower(): e.data["prints_as"] for e in lexicon.load("units").entries if "prints_as" in e.data for p in e.phrases
}


def unit_after(lower_text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at `pos` (normalised) and where it ends, or None."""
    if UNIT_LOOKALIKE.match(lower_text, pos):
        return None
    match = UNIT.match(lower_text, pos)
    if not match:
        return None
    if match.group("bare"):
        # "59,9 tỷ" with the currency left implicit is billions of đồng.
        return "tỷ đồng", match.end()
    noun = match.group("noun")
    if noun in PRINTS_AS:
        return normalise_unit(
            lower_text[match.start() : match.start("noun")] + PRINTS_AS[noun] + match.group("per")
        ), match.end()
    return normalise_unit(match.group(0)), match.end()


@lru_cache(maxsize=1024)  # a few dozen unit spellings recur in every article
def normalise_unit(text: str) -> str:
    """Lower case, single spaces, no spaces around slashes: "Triệu đồng / người" -> "triệu đồng/người"."""
    text = SPACES.sub(" ", text.strip().lower())
    text = SPACED_SLASH.sub("/", text)
    return text.replace("tỉ ", "tỷ ")


def is_money(unit: str | None) -> bool:
    return bool(unit) and ("đồng" in unit or "usd" in unit or "đô la" in unit)
