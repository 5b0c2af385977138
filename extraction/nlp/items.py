"""What the pipeline returns: an article's resolutions and their items, and their JSON form.

`ArticleExtraction.to_json()` is one article of resolution-extraction/1
(../shared/docs/extraction-format.md). Extra keys: "start"/"end" (character offsets of the
item's sentence in the Document's text), "phrase" (the clause), "bound"/"judged" (at least /
at most), "period" (year, q1, h1, m9, term, mid_term) and "flags" (reasons for review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from extraction.nlp.text import words


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: int when integral."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_LEVEL_WORDS = re.compile(r"\b(còn|xuống|dưới|không quá|không vượt quá|tối đa)\b")


@dataclass
class TargetItem:
    indicator: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    direction: str | None
    theme: str
    sentence: str
    start: int
    end: int
    phrase: str = ""
    bound: str | None = None  # "min" (trên, từ … trở lên), "max" (dưới), "approx"
    derived: bool = False  # read from a plan quoted beside a result
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # ids of the rules that made the reading (nlp.decisions)

    @property
    def judged(self) -> str:
        """A ceiling ("còn 4%", "dưới 2%") is met by staying under it; a reduction by an amount
        ("kéo giảm 5%", "giảm 1 - 1,5%") is met by reducing at least that much."""
        if self.bound == "max" or (self.direction == "decrease" and _LEVEL_WORDS.search(self.phrase.lower())):
            return "at_most"
        return "at_least"

    def to_json(self) -> dict:
        judged = self.judged
        return {"indicator": self.indicator, "value": number(self.value), "value_max": number(self.value_max),
                "unit": self.unit, "direction": self.direction, "theme": self.theme, "sentence": self.sentence,
                "start": self.start, "end": self.end, "phrase": self.phrase, "bound": self.bound,
                "judged": judged, "flags": self.flags, "rules": self.rules}


@dataclass
class AchievementItem:
    indicator: str
    value: Decimal | None
    planned: Decimal | None
    percent_of_plan: Decimal | None
    unit: str | None
    theme: str
    sentence: str
    start: int
    end: int
    phrase: str = ""
    part: str | None = None  # year | q1 | h1 | m9 | term | mid_term
    year: int | None = None
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"indicator": self.indicator, "value": number(self.value), "planned": number(self.planned),
                "percent_of_plan": number(self.percent_of_plan), "unit": self.unit, "theme": self.theme,
                "sentence": self.sentence, "start": self.start, "end": self.end, "phrase": self.phrase,
                "period": self.part, "year": self.year, "flags": self.flags, "rules": self.rules}


@dataclass
class ScorecardItem:
    total: int
    met_or_exceeded: int
    exceeded: int | None
    nearly_met: int | None
    not_met: int | None
    sentence: str
    start: int
    end: int
    part: str | None = None
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=lambda: ["scorecard"])

    def to_json(self) -> dict:
        return {"total": self.total, "met_or_exceeded": self.met_or_exceeded, "exceeded": self.exceeded,
                "nearly_met": self.nearly_met, "not_met": self.not_met, "sentence": self.sentence,
                "start": self.start, "end": self.end, "period": self.part, "flags": self.flags,
                "rules": self.rules}


@dataclass
class ResolutionExtraction:
    province: str | None
    district: str | None
    kind: str  # "annual" | "term"
    year: int | None = None
    term: list[int] | None = None
    slogan: str | None = None
    number: str | None = None
    target_count: int | None = None
    district_kind: str | None = None  # huyen | quan | thi_xa | thanh_pho
    commune: str | None = None  # from 1 July 2025: the commune, ward or special zone (district is then None)
    structure: str = "2019"  # the administrative structure the units are of: "2019" or "2025" (from 1 July 2025)
    targets: list[TargetItem] = field(default_factory=list)
    achievements: list[AchievementItem] = field(default_factory=list)
    scorecards: list[ScorecardItem] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"province": self.province, "district": self.district, "commune": self.commune,
                "structure": self.structure,
                "kind": self.kind, "year": self.year,
                "term": self.term, "slogan": self.slogan, "number": self.number, "target_count": self.target_count,
                "district_kind": self.district_kind,
                "targets": [t.to_json() for t in self.targets],
                "achievements": [a.to_json() for a in self.achievements],
                "scorecards": [s.to_json() for s in self.scorecards], "flags": self.flags}


@dataclass
class ArticleExtraction:
    source_file: str
    title: str
    published: str | None
    resolutions: list[ResolutionExtraction] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    content_hash: str = ""
    unplaced: list[ResolutionExtraction] = field(default_factory=list)  # read, but of no unit found

    def to_json(self) -> dict:
        flags = list(self.flags)
        for resolution in self.resolutions:
            flags.extend(f for f in resolution.flags if f not in flags)
        return {"source_file": self.source_file, "title": self.title, "published": self.published,
                "content_hash": self.content_hash, "flags": flags,
                "resolutions": [r.to_json() for r in self.resolutions],
                "unplaced": [r.to_json() for r in self.unplaced]}


def _similar(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def dedupe(resolution: ResolutionExtraction) -> None:
    """Drop items a report states twice (a title repeating the lead, a target recalled later)."""
    targets: list[TargetItem] = []
    for t in resolution.targets:
        # Twins are stated in different sentences; one sentence listing "2 xã NTM, 2 xã NTM nâng cao"
        # states two items at two positions.
        twin = next((k for k in targets if k.start != t.start and k.value == t.value and k.value_max == t.value_max
                     and k.unit == t.unit and k.theme == t.theme and _similar(k.indicator, t.indicator)), None)
        if twin is None:
            targets.append(t)
    resolution.targets = targets
    achievements: list[AchievementItem] = []
    for a in resolution.achievements:
        if not any(k.start != a.start and k.value == a.value and k.unit == a.unit
                   and k.percent_of_plan == a.percent_of_plan and k.theme == a.theme for k in achievements):
            achievements.append(a)
    resolution.achievements = achievements
    cards: list[ScorecardItem] = []
    for s in resolution.scorecards:
        twin = next((k for k in cards if k.total == s.total and k.met_or_exceeded == s.met_or_exceeded), None)
        if twin is None:
            cards.append(s)
        else:
            twin.exceeded = twin.exceeded if twin.exceeded is not None else s.exceeded
            twin.nearly_met = twin.nearly_met if twin.nearly_met is not None else s.nearly_met
            twin.not_met = twin.not_met if twin.not_met is not None else s.not_met
    resolution.scorecards = cards
