"""Which way a target points: "increase" (more, or reaching a level), "decrease" (a reduction,
a ceiling), or None for a share or a level that is only to be kept ("chiếm 31,83%",
"duy trì tỷ lệ che phủ rừng 21%")."""

from __future__ import annotations

import re

from extraction.nlp.numbers import Quantity
from extraction.nlp.text import words

_I = re.IGNORECASE
_DECREASE = re.compile(r"\b(?:giảm|kéo giảm|hạ|kiềm chế|hạn chế|khống chế|không để)\b|\bcòn\s+(?:dưới\s+)?\d", _I)
_LEVEL = re.compile(r"\b(?:chiếm|duy trì|ổn định|giữ vững|giữ ổn định|giữ mức|cơ cấu)\b", _I)
_SPENDING = re.compile(r"\bchi ngân sách\b|\btổng chi\b", _I)
# Indicators where less is better, whatever the verb.
_LOWER_IS_BETTER = [tuple(words(p)) for p in (
    "hộ nghèo", "cận nghèo", "vi phạm", "kỷ luật", "tai nạn", "tội phạm", "ma túy", "suy dinh dưỡng",
    "thất nghiệp", "ô nhiễm", "tăng dân số tự nhiên", "tỷ suất sinh", "nợ đọng", "nợ xấu", "khiếu nại",
    "cháy nổ", "tử vong",
)]


def direction_of(clause: str, quantity: Quantity | None = None) -> str | None:
    """"increase", "decrease" or None from the clause that states the target."""
    if _DECREASE.search(clause) or (quantity is not None and quantity.bound == "max"):
        return "decrease"
    if _LEVEL.search(clause) or _SPENDING.search(clause):
        return None
    tokens = words(clause)
    for phrase in _LOWER_IS_BETTER:
        n = len(phrase)
        if any(tuple(tokens[i:i + n]) == phrase for i in range(len(tokens))):
            return "decrease"
    return "increase"
