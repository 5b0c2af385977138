"""Which way a target points: "increase" (more, or reaching a level), "decrease" (a reduction,
a ceiling), or None for a share of a whole ("chiếm 31,83%"); a level to keep ("duy trì tỷ lệ che
phủ rừng 21%") is a floor, so "increase"."""

from __future__ import annotations

import re

from extraction.nlp.numbers import Quantity
from extraction.nlp.text import words

_I = re.IGNORECASE
_DECREASE = re.compile(r"\b(?:giảm|kéo giảm|hạ|kiềm chế|hạn chế|khống chế|không để)\b|\bcòn\s+(?:dưới\s+)?\d", _I)
# A share of a whole has no direction; a level to be kept ("duy trì trên 92%", "giữ vững 100%",
# "ổn định trên 1,1 triệu tấn") must not fall below it: judged at least, i.e. "increase".
_SHARE = re.compile(r"\b(?:chiếm|cơ cấu)\b", _I)
_KEEP = re.compile(r"\b(?:duy trì|ổn định|giữ vững|giữ ổn định|giữ mức)\b", _I)
_SPENDING = re.compile(r"\bchi ngân sách\b|\btổng chi\b", _I)
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


# IGNORECASE equates these with ASCII letters where str.lower() does not; with any of them, no pre-check.
_ODD_CASE = re.compile("[\u0131\u0130\u017f\u212a]")


def direction_of(clause: str, quantity: Quantity | None = None) -> str | None:
    """ "increase", "decrease" or None from the clause that states the target."""
    # Literal pre-checks: each pattern needs one of these words; most clauses have none of them.
    low = clause.lower() if not _ODD_CASE.search(clause) else None
    if (
        (low is None or "giảm" in low or "hạ" in low or "chế" in low or "không để" in low or "còn" in low)
        and _DECREASE.search(clause)
        or (quantity is not None and quantity.bound == "max")
    ):
        return "decrease"
    if (
        (low is None or "chiếm" in low or "cơ cấu" in low)
        and _SHARE.search(clause)
        or (low is None or "chi" in low)
        and _SPENDING.search(clause)
    ):
        return None
    if (low is None or "duy trì" in low or "ổn định" in low or "giữ" in low) and _KEEP.search(clause):
        return "increase"
    joined = f" {' '.join(words(clause))} "
    if any(phrase in joined for phrase in _LOWER_IS_BETTER):
        return "decrease"
    return "increase"
