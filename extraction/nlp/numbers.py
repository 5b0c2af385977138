"""Numbers as Vietnamese writes them, and the quantities (number + unit) of a sentence.

"." groups thousands and "," is the decimal mark: "1.400" = 1400, "59,9" = 59.9,
"10.160,896" = 10160.896. Ranges use a hyphen ("1 - 1,5%"), ratios a slash ("90/90"),
bounds a word ("trên 90%", "từ 50 đảng viên trở lên", "dưới 2%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extraction import lexicon
from extraction.nlp.measures import MULTIPLIERS, is_money, unit_after

# A number not glued to letters or a slash before it, nor to another digit or a decimal after it.
# Letters may follow only when they are a unit ("943ha", "540kg/người/năm"): see _glued.
NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d|[.,]\d)")
_RANGE_SEP = re.compile(r"\s*%?\s*(?:[-–—]|đến|tới)\s*")
_RATIO = re.compile(r"\s*/\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d|[.,]\d)")
_MIN_BEFORE = re.compile(r"(?:\b(?:trên|hơn|ít nhất|tối thiểu|không dưới|không thấp hơn|từ)\s+)$")
_MAX_BEFORE = re.compile(r"(?:\b(?:dưới|không quá|tối đa|không vượt quá|thấp hơn|ít hơn)\s+)$")
_APPROX_BEFORE = re.compile(r"(?:\b(?:khoảng|gần|xấp xỉ|chừng)\s+)$")
_UP_AFTER = re.compile(r"[^.;,]{0,40}?\btrở lên\b")
# Per-unit denominators ("giá trị sản xuất trên 1 ha"), dates, ordinals, document numbers.
_PER_BEFORE = re.compile(r"(?:\b(?:trên|mỗi|một)\s+|/\s*)$")
# "đến năm 2025 xã ...", "nhiệm kỳ 2025- 2030 đảng bộ ...": a year, whatever word follows it.
_YEAR_BEFORE = re.compile(r"(?:\b(?:năm|từ|đến|trước|sau)\s+|\b(?:19|20)\d\d\s*[-–—]\s*)$", re.I)
# "số" numbers a document ("Nghị quyết số 05"), but "tổng số 836 đảng viên" is a count.
_SKIP_BEFORE = re.compile(r"(?:\b(?:thứ|(?<!tổng )số|ngày|tháng|khóa|khoá|lần|quý|kỳ|giai đoạn|nhiệm kỳ)\s+)$", re.I)

# parse_number's shapes, compiled once (it runs for every number of every sentence).
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def parse_number(text: str) -> Decimal:
    """Vietnamese number text to Decimal; a lone "." followed by 1-2 or 4+ digits is a decimal point."""
    text = text.strip()
    if _GROUPED.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    elif not _PLAIN.fullmatch(text):
        raise ValueError(f"not a number: {text!r}")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above rule it out
        raise ValueError(f"not a number: {text!r}") from exc


def format_number(value: Decimal) -> str:
    """Decimal to the Vietnamese way of writing it: 10160.896 -> "10.160,896"."""
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    fraction = fraction.rstrip("0")
    return sign + out + ("," + fraction if fraction else "")


@dataclass
class Quantity:
    """A number (or range, or ratio) with its unit, as found in a text."""

    value: Decimal
    unit: str
    start: int  # where the first number starts (a bound word is not included)
    end: int  # end of the unit
    value_max: Decimal | None = None
    ratio_of: Decimal | None = None  # b of "a/b"
    bound: str | None = None  # "min" | "max" | "approx"

    @property
    def is_percent(self) -> bool:
        return self.unit.startswith("%")


def _lower(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


# "140 nghìn 900 tỷ đồng", "7.579 tỷ 802 triệu đồng": one amount written in two parts.
_COMPOUND_GAP = re.compile(r"\s+(" + "|".join(MULTIPLIERS) + r")\s+")
_WHOLE = re.compile(r"\d{1,3}")


def _compound(lower: str, m: re.Match, nxt: re.Match | None) -> tuple[Decimal, str, int] | None:
    """The amount "A <multiplier> B <unit>" as (value, unit, end) in the larger multiplier, or None."""
    if nxt is None or not _WHOLE.fullmatch(nxt.group(1)):
        return None
    gap = _COMPOUND_GAP.fullmatch(lower, m.end(), nxt.start())
    unit = gap and unit_after(lower, nxt.end())
    if not unit:
        return None
    middle = MULTIPLIERS[gap.group(1)]
    head, _, rest = unit[0].partition(" ")
    after = MULTIPLIERS.get(head, 0)
    first, second = parse_number(m.group(1)), parse_number(nxt.group(1))
    if after == 0 and not is_money(unit[0]):
        # "1 nghìn 200 người": only thousands, with the hundreds in full.
        return (first * 1000 + second, unit[0], unit[1]) if middle == 3 and len(nxt.group(1)) == 3 else None
    if middle > after:
        # "7.579 tỷ 802 triệu đồng" = 7.579,802 tỷ đồng: the part after is a fraction of the first.
        if second >= 10 ** (middle - after):
            return None
        word = "tỷ" if gap.group(1) == "tỉ" else gap.group(1)
        return first + second / Decimal(10) ** (middle - after), f"{word} {rest if after else unit[0]}", unit[1]
    if middle < after:
        # "140 nghìn 900 tỷ đồng" = 140.900 tỷ đồng: the first part counts thousands of the unit.
        return first * 10**middle + second, unit[0], unit[1]
    return None


# "kết nạp 612 đồng chí", "kết nạp được 65 quần chúng ưu tú": members admitted (lexicon/admitted_members.toml).
def _admitted(place: str) -> str:
    """The words of lexicon/admitted_members.toml at `place` ("before" or "after" the number) as an alternation."""
    words = {
        p.lower() for e in lexicon.load("admitted_members").entries if e.data.get("place") == place for p in e.phrases
    }
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_ADMIT_BEFORE = re.compile(r"\b" + _admitted("before") + r"\b[^;.]{0,60}$")
_COMRADE_AFTER = re.compile(r"\s*" + _admitted("after") + r"(?![^\W\d_])")


# "Chỉ số phát triển con người (HDI) đạt khoảng 0,75;": an index named earlier in the clause, its value
# ending the clause, with no unit or "điểm" (lexicon/index_names.toml).
_INDEX_BEFORE = re.compile(
    r"(?<![^\W\d_])" + lexicon.alternation("index_names").lower() + r"(?![^\W\d_])[^.;:!?\d]{0,60}$"
)
_INDEX_AFTER = re.compile(r"\s*(?:(điểm)(?![^\W\d_]))?(?=\s*(?:[,.;:)!?]|$))")


def _index_value(lower: str, start: int, end: int) -> tuple[str, int] | None:
    """("" or "điểm", end) when the number at start..end is the value of an index named before it."""
    after = _INDEX_AFTER.match(lower, end)
    if after is None or not _INDEX_BEFORE.search(lower, max(0, start - 120), start):
        return None
    return (after.group(1) or "", after.end() if after.group(1) else end)


_ADMIT_ANY = re.compile(_admitted("before"))
_INDEX_ANY = re.compile(lexicon.alternation("index_names").lower())


class _Clues:
    """Whether a text holds the words some rare readings need, looked up once and only when asked."""

    def __init__(self, lower: str):
        self._lower = lower
        self._admission: bool | None = None
        self._index: bool | None = None

    @property
    def admission(self) -> bool:
        if self._admission is None:
            self._admission = _ADMIT_ANY.search(self._lower) is not None
        return self._admission

    @property
    def index(self) -> bool:
        if self._index is None:
            self._index = _INDEX_ANY.search(self._lower) is not None
        return self._index


def find_quantities(text: str, masked: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number of `text` that carries a unit, with ranges, ratios and bounds resolved.

    `masked` spans (e.g. list markers "1.") are ignored.
    """
    lower = _lower(text)
    found: list[Quantity] = []
    numbers = [
        m for m in NUMBER.finditer(text) if not (lower[m.end() : m.end() + 1].isalpha() and _glued(lower, m.end()))
    ]
    clues = _Clues(lower)
    if masked:
        numbers = [m for m in numbers if not any(a <= m.start() < b for a, b in masked)]
    i = 0
    while i < len(numbers):
        m = numbers[i]
        before = lower[max(0, m.start() - 24) : m.start()]
        if _SKIP_BEFORE.search(before) or (_YEAR_BEFORE.search(before) and re.fullmatch(r"(?:19|20)\d\d", m.group(1))):
            i += 1
            continue
        first = parse_number(m.group(1))
        value_max = ratio_of = None
        last = m
        step = 1  # numbers of the list this quantity uses (a range uses two)
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        compound = _compound(lower, m, nxt)
        if compound is not None:
            value, unit_text, end = compound
            found.append(
                Quantity(value=value, unit=unit_text, start=m.start(), end=end, bound=_bound(lower, before, end))
            )
            i += 2
            continue
        ratio = _RATIO.match(text, m.end())
        if ratio and _glued(lower, ratio.end()):
            ratio = None
        if ratio and not _after_is_date(text, ratio.end()):
            # "90/90 đảng viên": the second number is glued to the slash, so NUMBER skips it.
            ratio_of, last = parse_number(ratio.group(1)), ratio
        elif ratio:
            i += 1
            continue
        elif nxt is not None:
            gap = text[m.end() : nxt.start()]
            if _RANGE_SEP.fullmatch(gap) and not _after_is_date(text, nxt.end()):
                # "1 - 1,5%" or "9 - 10%/năm"; a year pair "2020 - 2025" gets no unit below.
                candidate = parse_number(nxt.group(1))
                if candidate > first or gap.strip().lstrip("%").strip() in ("đến", "tới"):
                    value_max, last, step = candidate, nxt, 2
        unit = unit_after(lower, last.end())
        if unit is None and value_max is not None:
            # "7,5% - 8%": the first number carries its own unit.
            unit = unit_after(lower, m.end())
            if unit is not None and unit_after(lower, last.end()) is None:
                unit = None
        if (
            unit is None
            and ratio_of is None
            and value_max is None
            and clues.admission
            and _ADMIT_BEFORE.search(lower, max(0, m.start() - 80), m.start())
        ):
            # "đã kết nạp 612 đồng chí": members admitted are counted as comrades; other "đồng chí"
            # (delegates, officials) stay uncounted.
            comrade = _COMRADE_AFTER.match(lower, last.end())
            unit = ("đảng viên", comrade.end()) if comrade else None
        if unit is None and ratio_of is None and clues.index:
            unit = _index_value(lower, m.start(), last.end())
        if unit is None:
            i += step
            continue
        unit_text, end = unit
        if (
            first == 1
            and value_max is None
            and ratio_of is None
            and _PER_BEFORE.search(before)
            and not unit_text.startswith("%")
        ):
            i += 1
            continue
        bound = _bound(lower, before, end, ranged=value_max is not None)
        found.append(
            Quantity(
                value=first,
                unit=unit_text,
                start=m.start(),
                end=end,
                value_max=value_max,
                ratio_of=ratio_of,
                bound=bound,
            )
        )
        i += step
    return found


def _bound(lower: str, before: str, end: int, ranged: bool = False) -> str | None:
    """ "min", "max" or "approx" from the words before the number ("trên", "dưới", "khoảng") or after it ("trở lên")."""
    if _MIN_BEFORE.search(before) and not ranged:
        return "min"
    if _MAX_BEFORE.search(before):
        return "max"
    if _APPROX_BEFORE.search(before):
        return "approx"
    return "min" if _UP_AFTER.match(lower, end) else None


def _glued(lower: str, pos: int) -> bool:
    """True when letters follow the number at `pos` with no space and they are not a unit: "1A" is a name,
    "943ha" a quantity."""
    return lower[pos : pos + 1].isalpha() and unit_after(lower, pos) is None


def _after_is_date(text: str, pos: int) -> bool:
    """True when "/month/year" or "/year" follows: "15/10/2020" is a date, not a ratio."""
    return bool(re.match(r"/\s*\d", text[pos : pos + 3]))
