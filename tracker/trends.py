"""One indicator followed across a unit's annual resolutions and its term: pure functions, no database.

Targets of different resolutions are the same indicator when their wording means the same once
case, diacritics, lead-in verbs ("phấn đấu", "kết nạp", "giảm"), trailing qualifiers ("còn",
"trở lên", "năm 2030") and punctuation are set aside, and their units of measure agree:
"Thu nhập bình quân đầu người" (2021) and "thu nhập bình quân đầu người năm 2030" (2025–2030).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from tracker.text import fold, indicator_text


def indicator_key(indicator: str, measure_unit: str) -> str:
    """What two targets of the same indicator share, however each article words it (the import
    matches a second article's readings with the same wording rules, tracker.text.indicator_text)."""
    return f"{indicator_text(indicator)}|{''.join(fold(measure_unit).split())}"


@dataclass(frozen=True)
class TrendPoint:
    """A resolution's plan for the indicator and its latest confirmed result."""

    kind: str  # "annual" or "term"
    start_year: int
    end_year: int
    planned: Decimal
    planned_max: Decimal | None
    achieved: Decimal | None
    target_id: int


@dataclass
class Trend:
    key: str
    indicator: str
    measure_unit: str
    points: list[TrendPoint] = field(default_factory=list)

    @property
    def annual(self) -> list[TrendPoint]:
        return sorted((p for p in self.points if p.kind == "annual"), key=lambda p: p.start_year)

    @property
    def terms(self) -> list[TrendPoint]:
        return sorted((p for p in self.points if p.kind == "term"), key=lambda p: p.start_year)

    @property
    def years(self) -> int:
        return len({(p.kind, p.start_year, p.end_year) for p in self.points})


def trends_of(rows: list[tuple[str, str, TrendPoint]]) -> list[Trend]:
    """The indicators that appear in at least two resolutions, most followed first.

    `rows` are (indicator, unit of measure, point) for every confirmed target of one unit.
    """
    by_key: dict[str, Trend] = {}
    for indicator, measure_unit, point in rows:
        key = indicator_key(indicator, measure_unit)
        trend = by_key.setdefault(key, Trend(key, indicator, measure_unit))
        trend.points.append(point)
    followed = [t for t in by_key.values() if t.years >= 2]
    return sorted(followed, key=lambda t: (-t.years, t.indicator))
