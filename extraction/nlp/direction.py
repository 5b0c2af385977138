"""Which way a target points: "increase" (more, or reaching a level), "decrease" (a reduction,
a ceiling), or None for a share of a whole ("chiếm 31,83%"); a level to keep ("duy trì tỷ lệ che
phủ rừng 21%") is a floor, so "increase"."""

from __future__ import annotations

from extraction.grammar import may_match, needs
from extraction.grammar.text import DECREASE, KEEP, ODD_CASE, SHARE, SPENDING
from extraction.nlp.numbers import Quantity
from extraction.nlp.text import words

# Indicators where less is better, whatever the verb. Held as " word keys " so that a substring
# test on the clause's space-joined keys finds them as whole consecutive words (keys hold no spaces).
_LOWER_IS_BETTER = [
    f" {' '.join(words(p))} "
    for p in (
        "hộ nghèo",
        "cận nghèo",
        "vi phạm",
        "kỷ luật",
        "tai nạn",
        "tội phạm",
        "ma túy",
        "suy dinh dưỡng",
        "thất nghiệp",
        "ô nhiễm",
        "tăng dân số tự nhiên",
        "tỷ suất sinh",
        "nợ đọng",
        "nợ xấu",
        "khiếu nại",
        "cháy nổ",
        "tử vong",
    )
]


# The speed pre-checks, derived from the patterns: most clauses hold none of their words.
_DECREASE_NEEDS = needs(DECREASE)
_SHARE_NEEDS = needs(SHARE)
_KEEP_NEEDS = needs(KEEP)
_SPENDING_NEEDS = needs(SPENDING)


def direction_of(clause: str, quantity: Quantity | None = None) -> str | None:
    """ "increase", "decrease" or None from the clause that states the target."""
    # None: the clause holds a letter no substring test can be trusted on (grammar.text.ODD_CASE), so no
    # pre-check; the pre-checks are written out, not wrapped, as this runs for every item.
    low = clause.lower() if not ODD_CASE.search(clause) else None
    if (
        (low is None or may_match(_DECREASE_NEEDS, low))
        and DECREASE.search(clause)
        or (quantity is not None and quantity.bound == "max")
    ):
        return "decrease"
    if (
        (low is None or may_match(_SHARE_NEEDS, low))
        and SHARE.search(clause)
        or (low is None or may_match(_SPENDING_NEEDS, low))
        and SPENDING.search(clause)
    ):
        return None
    if (low is None or may_match(_KEEP_NEEDS, low)) and KEEP.search(clause):
        return "increase"
    joined = f" {' '.join(words(clause))} "
    if any(phrase in joined for phrase in _LOWER_IS_BETTER):
        return "decrease"
    return "increase"
