"""Units of measure that follow a number in these reports: %, money, counts of things.

Only a number followed by one of these is a quantity worth reading; a number followed by
"đại biểu", "đồng chí", "nhiệm vụ", "lần" … (delegates, members elected, tasks, times) is
not a target, so those words are deliberately absent.
"""

from __future__ import annotations

import re

from extraction import lexicon

MULTIPLIERS = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}

# lexicon/units.toml, longest first so "hộ nghèo" wins over "hộ": data, so it grows without code.
COUNT_NOUNS = [p.lower() for p in lexicon.load("units").phrases]
# An entry's `prints_as` names the unit its phrases are printed as ("hécta" is "ha"; "hộ nghèo" counts "hộ",
# the qualifier belongs to the indicator).
PRINTS_AS = {
    p.lower(): e.data["prints_as"] for e in lexicon.load("units").entries if "prints_as" in e.data for p in e.phrases
}

_MONEY = r"(?:(?:(?:nghìn|ngàn|triệu)\s+(?:tỷ|tỉ)|nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng(?!\s+(?:chí|bào|bộ|đội|thời|ý|tâm|lòng|hành|hương|ruộng|bằng|khởi))|usd|đô la(?: mỹ)?)"
# Per-unit money: "triệu đồng/người/năm", "triệu đồng/ha", and prices ("30.000 đồng/kg").
_PER = r"(?:\s*/\s*(?:người|hộ|ha|tháng|năm|ngày|lao động|khẩu|kg|tấn|lít|m2|m²|m3|m³|kwh|con))*(?![^\W\d_])"
# Rates: "10 bác sĩ/vạn dân", "6 tấn/ha", "35 giường bệnh/1.000 dân", "12 xã/năm".
_COUNT_PER = r"(?:\s*/\s*(?:năm|tháng|vạn dân|nghìn dân|ngàn dân|1\.000 dân|10\.000 dân|ha|người|hộ|km2|lao động)){0,2}"
_COUNT = "|".join(re.escape(n) for n in COUNT_NOUNS)
# Matched against the text right after a number (lower-cased copy, same offsets).
UNIT = re.compile(
    r"\s*(?:"
    r"(?P<pct>%(?:\s*/\s*năm)?)"
    rf"|(?P<money>{_MONEY}{_PER})"
    rf"|(?P<bare>(?:tỷ|tỉ)(?!\s+(?:lệ|trọng)))(?=[\s,.;:)]|$)"
    rf"|(?P<count>(?:(?:nghìn|ngàn|triệu)\s+)?(?P<noun>{_COUNT}))(?P<per>{_COUNT_PER})(?![^\W\d_])"
    r"|(?P<district>huyện|thị xã|thành phố)(?=\s+(?:đạt|được|hoàn thành|nông thôn|về đích))"
    r")"
)
# "xã hội" after a number is "kinh tế - xã hội", not communes (lexicon/unit_lookalikes.toml).
_FALSE_COUNT = re.compile(r"\s*" + lexicon.alternation("unit_lookalikes").lower())


def unit_after(lower_text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at `pos` (normalised) and where it ends, or None."""
    if _FALSE_COUNT.match(lower_text, pos):
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


# Compiled once: normalise_unit runs for every number with a unit.
_SPACES = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")


def normalise_unit(text: str) -> str:
    """Lower case, single spaces, no spaces around slashes: "Triệu đồng / người" -> "triệu đồng/người"."""
    text = _SPACES.sub(" ", text.strip().lower())
    text = _SLASH.sub("/", text)
    return text.replace("tỉ ", "tỷ ")


def is_money(unit: str | None) -> bool:
    return bool(unit) and ("đồng" in unit or "usd" in unit or "đô la" in unit)
