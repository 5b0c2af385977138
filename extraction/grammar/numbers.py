"""The shapes of numbers and of the units that follow them (nlp/numbers.py, nlp/measures.py).

"." groups thousands and "," is the decimal mark: "1.400" = 1400, "59,9" = 59.9, "10.160,896" =
10160.896. Most of these patterns are matched against a lower-cased copy of the text (same offsets),
so they are compiled case-sensitive, as they always were; the few that see the text as written ignore
case.
"""

from __future__ import annotations

import re

from extraction import lexicon
from extraction.grammar import DASH, YEAR, pattern

# ---------------------------------------------------------------------------------------------------
# Numbers

# A number with its thousands grouped by "." and maybe a decimal part after ",": "10.160,896".
_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
# Any number as written: grouped, or plain with an optional decimal part ("59,9", "1.5").
_NUMBER = _GROUPED + r"|\d+(?:[.,]\d+)?"
# Not followed by another digit or a decimal part: the number read is the whole number written.
_WHOLE_NUMBER_ENDS = r"(?!\d|[.,]\d)"

# A number not glued to letters or a slash before it, nor to another digit or a decimal after it.
# Letters may follow only when they are a unit ("943ha", "540kg/người/năm"): see numbers._glued.
NUMBER = pattern(r"(?<![\w.,/])(" + _NUMBER + ")" + _WHOLE_NUMBER_ENDS, 0)
# What separates the two ends of a range: "1 - 1,5%", "7,5% - 8%", "từ 5 đến 7".
RANGE_SEPARATOR = pattern(r"\s*%?\s*(?:" + DASH + r"|đến|tới)\s*", 0)
# "ước đạt 17,7% - 45,3% - 32,1%": three shares in a row are a series, not a range.
SERIES_GOES_ON = pattern(r"\s*%?\s*[-–—]\s*\d", 0)
# "90/90 đảng viên": the second number of a ratio, glued to the slash (so NUMBER skips it).
RATIO = pattern(r"\s*/\s*(" + _NUMBER + ")" + _WHOLE_NUMBER_ENDS, 0)
# "/10/2020" or "/2020" after a number: a date, not a ratio.
DATE_SLASH = pattern(r"/\s*\d", 0)
# A number that is a year of the periods the tracker knows ("2025"), read whole.
YEAR_NUMBER = pattern(YEAR, 0)

# parse_number's shapes, compiled once (it runs for every number of every sentence).
GROUPED_NUMBER = pattern(_GROUPED, 0)
DECIMAL_COMMA_NUMBER = pattern(r"\d+,\d+", 0)
PLAIN_NUMBER = pattern(r"\d+(?:\.\d+)?", 0)
# The first part of "140 nghìn 900 tỷ đồng" counts whole thousands: at most three digits.
SMALL_WHOLE_NUMBER = pattern(r"\d{1,3}", 0)

# ---------------------------------------------------------------------------------------------------
# The words just before a number (matched at the end of the 24 characters before it)

# A floor: "trên 90%", "từ 50 đảng viên trở lên", "không dưới 2 lần".
MIN_BEFORE = pattern(r"(?:\b(?:trên|hơn|ít nhất|tối thiểu|không dưới|không thấp hơn|từ)\s+)$", 0)
# A ceiling: "dưới 2%", "không quá 5%".
MAX_BEFORE = pattern(r"(?:\b(?:dưới|không quá|tối đa|không vượt quá|thấp hơn|ít hơn)\s+)$", 0)
# An estimate: "khoảng 0,75", "gần 1.000".
APPROX_BEFORE = pattern(r"(?:\b(?:khoảng|gần|xấp xỉ|chừng)\s+)$", 0)
# "từ 50 đảng viên trở lên": a floor said after the number, within its clause.
UP_AFTER = pattern(r"[^.;,]{0,40}?\btrở lên\b", 0)
# Per-unit denominators ("giá trị sản xuất trên 1 ha"), dates, ordinals, document numbers.
PER_BEFORE = pattern(r"(?:\b(?:trên|mỗi|một)\s+|/\s*)$", 0)
# "đến năm 2025 xã ...", "nhiệm kỳ 2025- 2030 đảng bộ ...": a year, whatever word follows it.
YEAR_BEFORE = pattern(r"(?:\b(?:năm|từ|đến|trước|sau)\s+|\b" + YEAR + r"\s*" + DASH + r"\s*)$")
# "số" numbers a document ("Nghị quyết số 05"), but "tổng số 836 đảng viên" is a count.
SKIP_BEFORE = pattern(r"(?:\b(?:thứ|(?<!tổng )số|ngày|tháng|khóa|khoá|lần|quý|kỳ|giai đoạn|nhiệm kỳ)\s+)$")

# ---------------------------------------------------------------------------------------------------
# Multipliers and compound amounts

# The words that multiply a number, with the power of ten each stands for ("1,5 triệu" = 1.500.000).
MULTIPLIERS = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
_BILLIONS = "|".join(w for w, power in MULTIPLIERS.items() if power == 9)  # "tỷ|tỉ"
_BELOW_BILLIONS = "|".join(w for w, power in MULTIPLIERS.items() if power < 9)  # "nghìn|ngàn|triệu"

# "140 nghìn 900 tỷ đồng", "7.579 tỷ 802 triệu đồng": one amount written in two parts.
COMPOUND_GAP = pattern(r"\s+(" + "|".join(MULTIPLIERS) + r")\s+", 0)

# ---------------------------------------------------------------------------------------------------
# Units (matched against the text right after a number, lower-cased copy, same offsets)

# lexicon/units.toml, longest first so "hộ nghèo" wins over "hộ": data, so it grows without code.
COUNT_NOUNS = [p.lower() for p in lexicon.load("units").phrases]

# Money: "tỷ đồng", "nghìn tỷ đồng", "usd", "đô la mỹ" — but not the words that merely begin with
# "đồng" ("đồng chí", "đồng bào", "đồng bộ" …).
_MONEY = (
    rf"(?:(?:(?:{_BELOW_BILLIONS})\s+(?:{_BILLIONS})|{_BELOW_BILLIONS}|{_BILLIONS})\s+)?"
    r"(?:đồng(?!\s+(?:chí|bào|bộ|đội|thời|ý|tâm|lòng|hành|hương|ruộng|bằng|khởi))|usd|đô la(?: mỹ)?)"
)
# Per-unit money: "triệu đồng/người/năm", "triệu đồng/ha", and prices ("30.000 đồng/kg").
_PER = r"(?:\s*/\s*(?:người|hộ|ha|tháng|năm|ngày|lao động|khẩu|kg|tấn|lít|m2|m²|m3|m³|kwh|con))*(?![^\W\d_])"
# Rates: "10 bác sĩ/vạn dân", "6 tấn/ha", "35 giường bệnh/1.000 dân", "12 xã/năm".
_COUNT_PER = r"(?:\s*/\s*(?:năm|tháng|vạn dân|nghìn dân|ngàn dân|1\.000 dân|10\.000 dân|ha|người|hộ|km2|lao động)){0,2}"
_COUNT = "|".join(re.escape(n) for n in COUNT_NOUNS)
# The unit after a number: a percentage, money, billions with the currency left implicit ("59,9 tỷ",
# not "tỷ lệ"), a count of things (with its rate), or districts reaching a goal.
UNIT = pattern(
    r"\s*(?:"
    r"(?P<pct>%(?:\s*/\s*năm)?)"
    rf"|(?P<money>{_MONEY}{_PER})"
    rf"|(?P<bare>(?:{_BILLIONS})(?!\s+(?:lệ|trọng)))(?=[\s,.;:)]|$)"
    rf"|(?P<count>(?:(?:{_BELOW_BILLIONS})\s+)?(?P<noun>{_COUNT}))(?P<per>{_COUNT_PER})(?![^\W\d_])"
    r"|(?P<district>huyện|thị xã|thành phố)(?=\s+(?:đạt|được|hoàn thành|nông thôn|về đích))"
    r")",
    0,
)
# "xã hội" after a number is "kinh tế - xã hội", not communes (lexicon/unit_lookalikes.toml).
UNIT_LOOKALIKE = pattern(r"\s*" + lexicon.alternation("unit_lookalikes").lower(), 0)

# normalise_unit's shapes, compiled once: it runs for every number with a unit.
SPACES = pattern(r"\s+", 0)
SPACED_SLASH = pattern(r"\s*/\s*", 0)

# ---------------------------------------------------------------------------------------------------
# Rare readings: members admitted, values of named indices


# "kết nạp 612 đồng chí", "kết nạp được 65 quần chúng ưu tú": members admitted (lexicon/admitted_members.toml).
def _admitted(place: str) -> str:
    """The words of lexicon/admitted_members.toml at `place` ("before" or "after" the number) as an alternation."""
    words = {
        p.lower() for e in lexicon.load("admitted_members").entries if e.data.get("place") == place for p in e.phrases
    }
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# An admission word earlier in the clause ("đã kết nạp ... 612").
ADMIT_BEFORE = pattern(r"\b" + _admitted("before") + r"\b[^;.]{0,60}$", 0)
# The members counted right after the number ("612 đồng chí").
COMRADE_AFTER = pattern(r"\s*" + _admitted("after") + r"(?![^\W\d_])", 0)
# Any admission word at all: whether the admission reading is worth trying on a text.
ADMIT_ANY = pattern(_admitted("before"), 0)

# "Chỉ số phát triển con người (HDI) đạt khoảng 0,75;": an index named earlier in the clause, its value
# ending the clause, with no unit or "điểm" (lexicon/index_names.toml).
_INDEX_NAME = lexicon.alternation("index_names").lower()
INDEX_BEFORE = pattern(r"(?<![^\W\d_])" + _INDEX_NAME + r"(?![^\W\d_])[^.;:!?\d]{0,60}$", 0)
INDEX_AFTER = pattern(r"\s*(?:(điểm)(?![^\W\d_]))?(?=\s*(?:[,.;:)!?]|$))", 0)
# Any index name at all: whether the index reading is worth trying on a text.
INDEX_ANY = pattern(_INDEX_NAME, 0)
