"""Numbers as Vietnamese writes them, and the quantities (number + unit) of a sentence.

"." groups thousands and "," is the decimal mark: "1.400" = 1400, "59,9" = 59.9,
"10.160,896" = 10160.896. Ranges use a hyphen ("1 - 1,5%"), ratios a slash ("90/90"),
bounds a word ("trên 90%", "từ 50 đảng viên trở lên", "dưới 2%"). The patterns: extraction/grammar/numbers.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from re import Match
from typing import NamedTuple

from extraction.grammar.numbers import (
    ADMIT_ANY,
    ADMIT_BEFORE,
    APPROX_BEFORE,
    COMPOUND_GAP,
    COMRADE_AFTER,
    DATE_SLASH,
    DECIMAL_COMMA_NUMBER,
    GROUPED_NUMBER,
    INDEX_AFTER,
    INDEX_ANY,
    INDEX_BEFORE,
    MAX_BEFORE,
    MIN_BEFORE,
    MULTIPLIERS,
    NUMBER,
    PER_BEFORE,
    PLAIN_NUMBER,
    RANGE_SEPARATOR,
    RATIO,
    SERIES_GOES_ON,
    SKIP_BEFORE,
    SMALL_WHOLE_NUMBER,
    UP_AFTER,
    YEAR_BEFORE,
    YEAR_NUMBER,
)
from extraction.nlp.measures import is_money, unit_after

__all__ = ["NUMBER", "Quantity", "find_quantities", "format_number", "parse_number"]


def parse_number(text: str) -> Decimal:
    """Vietnamese number text to Decimal; a lone "." followed by 1-2 or 4+ digits is a decimal point."""
    text = text.strip()
    if GROUPED_NUMBER.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif DECIMAL_COMMA_NUMBER.fullmatch(text):
        text = text.replace(",", ".")
    elif not PLAIN_NUMBER.fullmatch(text):
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


def _compound(lower: str, m: Match, nxt: Match | None) -> tuple[Decimal, str, int] | None:
    """The amount "A <multiplier> B <unit>" as (value, unit, end) in the larger multiplier, or None."""
    if nxt is None or not SMALL_WHOLE_NUMBER.fullmatch(nxt.group(1)):
        return None
    gap = COMPOUND_GAP.fullmatch(lower, m.end(), nxt.start())
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


def _index_value(lower: str, start: int, end: int) -> tuple[str, int] | None:
    """("" or "điểm", end) when the number at start..end is the value of an index named before it."""
    after = INDEX_AFTER.match(lower, end)
    if after is None or not INDEX_BEFORE.search(lower, max(0, start - 120), start):
        return None
    return (after.group(1) or "", after.end() if after.group(1) else end)


class _Clues:
    """Whether a text holds the words some rare readings need, looked up once and only when asked."""

    def __init__(self, lower: str):
        self._lower = lower
        self._admission: bool | None = None
        self._index: bool | None = None

    @property
    def admission(self) -> bool:
        if self._admission is None:
            self._admission = ADMIT_ANY.search(self._lower) is not None
        return self._admission

    @property
    def index(self) -> bool:
        if self._index is None:
            self._index = INDEX_ANY.search(self._lower) is not None
        return self._index


class _Extent(NamedTuple):
    """What a quantity spans from its first number: the top of a range or the base of a ratio, the
    number its unit follows, and how many numbers of the list it uses (a range uses two)."""

    value_max: Decimal | None
    ratio_of: Decimal | None
    last: Match
    step: int


def find_quantities(text: str, masked: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number of `text` that carries a unit, with ranges, ratios and bounds resolved.

    `masked` spans (e.g. list markers "1.") are ignored.
    """
    lower = _lower(text)
    numbers = _numbers_of(text, lower, masked)
    clues = _Clues(lower)
    found: list[Quantity] = []
    i = 0
    while i < len(numbers):
        quantity, step = _quantity_at(text, lower, numbers, i, clues)
        if quantity is not None:
            found.append(quantity)
        i += step
    return found


def _numbers_of(text: str, lower: str, masked: list[tuple[int, int]]) -> list[Match]:
    """The numbers of `text` that may open a quantity: not glued to letters that are no unit ("1A"), not
    in a masked span."""
    numbers = [
        m for m in NUMBER.finditer(text) if not (lower[m.end() : m.end() + 1].isalpha() and _glued(lower, m.end()))
    ]
    if masked:
        numbers = [m for m in numbers if not any(a <= m.start() < b for a, b in masked)]
    return numbers


def _quantity_at(text: str, lower: str, numbers: list[Match], i: int, clues: _Clues) -> tuple[Quantity | None, int]:
    """The quantity the i-th number opens (None when it opens none) and how many numbers it uses."""
    m = numbers[i]
    before = lower[max(0, m.start() - 24) : m.start()]
    # A label, not an amount: a document number, a date, an ordinal ("số 05", "ngày 15", "lần thứ 3"), or a
    # year ("năm 2025", "2020 - 2025").
    if SKIP_BEFORE.search(before) or (YEAR_BEFORE.search(before) and YEAR_NUMBER.fullmatch(m.group(1))):
        return None, 1
    first = parse_number(m.group(1))
    nxt = numbers[i + 1] if i + 1 < len(numbers) else None
    compound = _compound(lower, m, nxt)
    if compound is not None:
        value, unit_text, end = compound
        return Quantity(value=value, unit=unit_text, start=m.start(), end=end, bound=_bound(lower, before, end)), 2
    extent = _extent(text, lower, m, nxt, first)
    if extent is None:
        return None, 1
    unit = _unit_of(lower, m, extent, clues)
    if unit is None:
        return None, extent.step
    unit_text, end = unit
    if first == 1 and extent.value_max is None and extent.ratio_of is None and PER_BEFORE.search(before):
        if not unit_text.startswith("%"):
            return None, 1  # "trên 1 ha", "mỗi 1 người": the denominator of a rate, not an amount
    quantity = Quantity(
        value=first,
        unit=unit_text,
        start=m.start(),
        end=end,
        value_max=extent.value_max,
        ratio_of=extent.ratio_of,
        bound=_bound(lower, before, end, ranged=extent.value_max is not None),
    )
    return quantity, extent.step


def _extent(text: str, lower: str, m: Match, nxt: Match | None, first: Decimal) -> _Extent | None:
    """The ratio ("90/90") or range ("1 - 1,5%") the number `m` opens, or the number alone; None when it is
    the day of a date ("15/10/2020")."""
    ratio = RATIO.match(text, m.end())
    if ratio and _glued(lower, ratio.end()):
        ratio = None
    if ratio:
        if _after_is_date(text, ratio.end()):
            return None
        # "90/90 đảng viên": the second number is glued to the slash, so NUMBER skips it.
        return _Extent(None, parse_number(ratio.group(1)), ratio, 1)
    if nxt is not None:
        gap = text[m.end() : nxt.start()]
        if (
            RANGE_SEPARATOR.fullmatch(gap)
            and not _after_is_date(text, nxt.end())
            and not SERIES_GOES_ON.match(text, nxt.end())
        ):
            # "1 - 1,5%" or "9 - 10%/năm"; a year pair "2020 - 2025" gets no unit below.
            candidate = parse_number(nxt.group(1))
            if candidate > first or gap.strip().lstrip("%").strip() in ("đến", "tới"):
                return _Extent(candidate, None, nxt, 2)
    return _Extent(None, None, m, 1)


def _unit_of(lower: str, m: Match, extent: _Extent, clues: _Clues) -> tuple[str, int] | None:
    """The unit after the quantity's last number and where it ends; for a number with none written, the
    members an admission counts or the value of an index named before it."""
    unit = unit_after(lower, extent.last.end())
    if unit is not None or extent.ratio_of is not None:
        return unit
    if extent.value_max is None and clues.admission and ADMIT_BEFORE.search(lower, max(0, m.start() - 80), m.start()):
        # "đã kết nạp 612 đồng chí": members admitted are counted as comrades; other "đồng chí"
        # (delegates, officials) stay uncounted.
        comrade = COMRADE_AFTER.match(lower, extent.last.end())
        unit = ("đảng viên", comrade.end()) if comrade else None
    if unit is None and clues.index:
        unit = _index_value(lower, m.start(), extent.last.end())
    return unit


def _bound(lower: str, before: str, end: int, ranged: bool = False) -> str | None:
    """ "min", "max" or "approx" from the words before the number ("trên", "dưới", "khoảng") or after it ("trở lên")."""
    if MIN_BEFORE.search(before) and not ranged:
        return "min"
    if MAX_BEFORE.search(before):
        return "max"
    if APPROX_BEFORE.search(before):
        return "approx"
    return "min" if UP_AFTER.match(lower, end) else None


def _glued(lower: str, pos: int) -> bool:
    """True when letters follow the number at `pos` with no space and they are not a unit: "1A" is a name,
    "943ha" a quantity."""
    return lower[pos : pos + 1].isalpha() and unit_after(lower, pos) is None


def _after_is_date(text: str, pos: int) -> bool:
    """True when "/month/year" or "/year" follows: "15/10/2020" is a date, not a ratio."""
    return bool(DATE_SLASH.match(text[pos : pos + 3]))
