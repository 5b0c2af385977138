"""What the pipeline returns: an article's resolutions and their items, and their JSON form.

These dataclasses are the one contract between the reading and the writing: the pipeline builds
them, the database writer (extraction.records) reads them as they are, and the upload preview's
child process hands them back through their JSON (`to_json()` there, `from_json()` here).

`ArticleExtraction.to_json()` is one article of resolution-extraction/1
(../shared/docs/extraction-format.md). Extra keys: "start"/"end" (character offsets of the
item's sentence in the Document's text), "phrase" (the clause), "bound"/"judged" (at least /
at most), "period" (year, q1, h1, m9, term, mid_term), "flags" (reasons for review), "rules"
(the ids of the rules that made the reading) and the article's "unplaced" resolutions.
The closed sets are str-valued enums, so the JSON holds their plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from extraction.grammar.text import (
    AT_MOST_WORDS,
    CLAUSE_BREAK,
    H1_WORDS,
    M9_WORDS,
    MID_TERM_WORDS,
    Q1_WORDS,
    TERM_WORDS,
    YEAR_WORDS,
)
from extraction.nlp.text import fold, words
from tracker.text import word_overlap


class ResolutionKind(StrEnum):
    ANNUAL = "annual"  # Nghị quyết năm 2021
    TERM = "term"  # Nghị quyết Đại hội, nhiệm kỳ 2020 - 2025


class Structure(StrEnum):
    """The administrative structure a resolution's units are of."""

    BEFORE_2025 = "2019"  # 63 provinces and their districts
    FROM_2025 = "2025"  # 34 provinces and their communes, from 1 July 2025


class DistrictKind(StrEnum):
    RURAL_DISTRICT = "huyen"
    URBAN_DISTRICT = "quan"
    TOWN = "thi_xa"
    PROVINCIAL_CITY = "thanh_pho"


class Direction(StrEnum):
    """Which way a target points; None (no member) for a share or level with no direction."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Bound(StrEnum):
    MIN = "min"  # trên, từ … trở lên
    MAX = "max"  # dưới
    APPROX = "approx"  # khoảng


class Judged(StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Part(StrEnum):
    """The span a result or scorecard covers."""

    YEAR = "year"
    Q1 = "q1"
    H1 = "h1"
    M9 = "m9"
    TERM = "term"
    MID_TERM = "mid_term"

    @classmethod
    def parse(cls, value: Any) -> Part | None:
        """The part a JSON reading names, by its code ("m9") or in words ("9 tháng", "quý I", "nhiệm kỳ")."""
        if not value:
            return None
        if value in cls._value2member_map_:
            return cls(value)
        text = fold(str(value))
        return next((part for pattern, part in _PART_WORDS if pattern.search(text)), None)


_PART_WORDS = [  # folded text → part; checked in order
    (MID_TERM_WORDS, Part.MID_TERM),
    (TERM_WORDS, Part.TERM),
    (Q1_WORDS, Part.Q1),
    (H1_WORDS, Part.H1),
    (M9_WORDS, Part.M9),
    (YEAR_WORDS, Part.YEAR),
]

E = TypeVar("E", bound=StrEnum)


def _member(enum: type[E], value: Any) -> E | None:
    """The enum member of a value (None for None): the pipeline builds items with plain strings."""
    if value is None or isinstance(value, enum):
        return value
    return enum(value)


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: int when integral."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def judged_of(*, bound: Bound | None, direction: Direction | None, phrase: str) -> Judged:
    """How a plan is judged, the one place that decides it.

    A ceiling ("còn 4%", "dưới 2%") is met by staying under it; a reduction by an amount
    ("kéo giảm 5%", "giảm 1 - 1,5%") is met by reducing at least that much.
    """
    if bound == Bound.MAX or (direction == Direction.DECREASE and AT_MOST_WORDS.search(phrase.lower())):
        return Judged.AT_MOST
    return Judged.AT_LEAST


def _decimal_in(value: Any) -> Decimal | None:
    """A JSON number as a Decimal; None for anything that is not a finite number."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def _int_in(value: Any) -> int | None:
    """A JSON whole number (or its digits); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _text_in(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value or [] if v]


def _member_in(enum: type[E], value: Any) -> E | None:
    """The enum member a JSON value names; None when it names none (a reading from elsewhere)."""
    return enum(value) if value in enum._value2member_map_ else None


def _clause_of(sentence: str, indicator: str) -> str:
    """The part of a sentence that states an item (between ; : or , around its indicator), for a
    JSON reading that leaves out the item's phrase."""
    indicator = indicator.lower()[:20]
    for clause in CLAUSE_BREAK.split(sentence):
        if indicator and indicator in clause.lower():
            return clause.strip()
    return ""


def _phrase_in(data: dict) -> str:
    """The clause of a JSON item: its "phrase", or the clause of its sentence that names its indicator."""
    indicator, sentence = _text_in(data.get("indicator")).strip(), _text_in(data.get("sentence"))
    return _text_in(data.get("phrase")) or _clause_of(sentence, indicator)


@dataclass
class TargetItem:
    indicator: str
    value: Decimal | None  # None only in a JSON reading that gives no number: the writer refuses it
    value_max: Decimal | None
    unit: str
    direction: Direction | None
    theme: str
    sentence: str
    start: int | None
    end: int | None
    phrase: str = ""
    bound: Bound | None = None
    derived: bool = False  # read from a plan quoted beside a result
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # ids of the rules that made the reading (nlp.decisions)

    def __post_init__(self) -> None:
        self.direction = _member(Direction, self.direction)
        self.bound = _member(Bound, self.bound)

    @property
    def judged(self) -> Judged:
        return judged_of(bound=self.bound, direction=self.direction, phrase=self.phrase)

    def to_json(self) -> dict:
        judged = self.judged
        return {
            "indicator": self.indicator,
            "value": number(self.value),
            "value_max": number(self.value_max),
            "unit": self.unit,
            "direction": self.direction,
            "theme": self.theme,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "bound": self.bound,
            "judged": judged,
            "flags": self.flags,
            "rules": self.rules,
        }

    @classmethod
    def from_json(cls, data: dict) -> TargetItem:
        return cls(
            _text_in(data.get("indicator")).strip(),
            _decimal_in(data.get("value")),
            _decimal_in(data.get("value_max")),
            _text_in(data.get("unit")),
            _member_in(Direction, data.get("direction")),
            _text_in(data.get("theme")),
            _text_in(data.get("sentence")),
            _int_in(data.get("start")),
            _int_in(data.get("end")),
            phrase=_phrase_in(data),
            bound=_member_in(Bound, data.get("bound")),
            derived=bool(data.get("derived")),
            flags=_strings_in(data.get("flags")),
            rules=_strings_in(data.get("rules")),
        )


@dataclass
class AchievementItem:
    indicator: str
    value: Decimal | None
    planned: Decimal | None
    percent_of_plan: Decimal | None
    unit: str | None
    theme: str
    sentence: str
    start: int | None
    end: int | None
    phrase: str = ""
    part: Part | None = None
    year: int | None = None
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.part = _member(Part, self.part)

    def to_json(self) -> dict:
        return {
            "indicator": self.indicator,
            "value": number(self.value),
            "planned": number(self.planned),
            "percent_of_plan": number(self.percent_of_plan),
            "unit": self.unit,
            "theme": self.theme,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "period": self.part,
            "year": self.year,
            "flags": self.flags,
            "rules": self.rules,
        }

    @classmethod
    def from_json(cls, data: dict) -> AchievementItem:
        return cls(
            _text_in(data.get("indicator")).strip(),
            _decimal_in(data.get("value")),
            _decimal_in(data.get("planned")),
            _decimal_in(data.get("percent_of_plan")),
            data.get("unit") if isinstance(data.get("unit"), str) else None,
            _text_in(data.get("theme")),
            _text_in(data.get("sentence")),
            _int_in(data.get("start")),
            _int_in(data.get("end")),
            phrase=_phrase_in(data),
            part=Part.parse(data.get("period")),
            year=_int_in(data.get("year")),
            flags=_strings_in(data.get("flags")),
            rules=_strings_in(data.get("rules")),
        )


@dataclass
class ScorecardItem:
    total: int | None  # None only in a JSON reading without the count: the writer refuses it
    met_or_exceeded: int | None
    exceeded: int | None
    nearly_met: int | None
    not_met: int | None
    sentence: str
    start: int | None
    end: int | None
    part: Part | None = None
    flags: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=lambda: ["scorecard"])

    def __post_init__(self) -> None:
        self.part = _member(Part, self.part)

    def to_json(self) -> dict:
        return {
            "total": self.total,
            "met_or_exceeded": self.met_or_exceeded,
            "exceeded": self.exceeded,
            "nearly_met": self.nearly_met,
            "not_met": self.not_met,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "period": self.part,
            "flags": self.flags,
            "rules": self.rules,
        }

    @classmethod
    def from_json(cls, data: dict) -> ScorecardItem:
        counts = [_int_in(data.get(name)) for name in ("total", "met_or_exceeded", "exceeded", "nearly_met", "not_met")]
        return cls(
            *counts,
            _text_in(data.get("sentence")),
            _int_in(data.get("start")),
            _int_in(data.get("end")),
            part=Part.parse(data.get("period")),
            flags=_strings_in(data.get("flags")),
            rules=_strings_in(data.get("rules")) if "rules" in data else ["scorecard"],
        )


@dataclass
class ResolutionExtraction:
    province: str | None
    district: str | None
    kind: ResolutionKind | None  # None only in a JSON reading of no known kind: the writer refuses it
    year: int | None = None
    term: list[int] | None = None
    slogan: str | None = None
    number: str | None = None
    target_count: int | None = None
    district_kind: DistrictKind | None = None
    commune: str | None = None  # from 1 July 2025: the commune, ward or special zone (district is then None)
    structure: Structure = Structure.BEFORE_2025  # from 1 July 2025 a resolution's units are of "2025"
    targets: list[TargetItem] = field(default_factory=list)
    achievements: list[AchievementItem] = field(default_factory=list)
    scorecards: list[ScorecardItem] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kind = _member(ResolutionKind, self.kind)
        self.district_kind = _member(DistrictKind, self.district_kind)
        self.structure = _member(Structure, self.structure)

    @property
    def items(self) -> int:
        return len(self.targets) + len(self.achievements) + len(self.scorecards)

    def to_json(self) -> dict:
        return {
            "province": self.province,
            "district": self.district,
            "commune": self.commune,
            "structure": self.structure,
            "kind": self.kind,
            "year": self.year,
            "term": self.term,
            "slogan": self.slogan,
            "number": self.number,
            "target_count": self.target_count,
            "district_kind": self.district_kind,
            "targets": [t.to_json() for t in self.targets],
            "achievements": [a.to_json() for a in self.achievements],
            "scorecards": [s.to_json() for s in self.scorecards],
            "flags": self.flags,
        }

    @classmethod
    def from_json(cls, data: dict) -> ResolutionExtraction:
        term = data.get("term")
        term = [_int_in(year) for year in term] if isinstance(term, list) and term else None
        optional = {
            name: data.get(name) if isinstance(data.get(name), str) else None
            for name in ("province", "district", "commune", "slogan", "number")
        }
        return cls(
            optional["province"],
            optional["district"],
            _member_in(ResolutionKind, data.get("kind")),
            year=_int_in(data.get("year")),
            term=term,
            slogan=optional["slogan"],
            number=optional["number"],
            target_count=_int_in(data.get("target_count")),
            district_kind=_member_in(DistrictKind, data.get("district_kind")),
            commune=optional["commune"],
            structure=_member_in(Structure, data.get("structure")) or Structure.BEFORE_2025,
            targets=[TargetItem.from_json(t) for t in data.get("targets") or []],
            achievements=[AchievementItem.from_json(a) for a in data.get("achievements") or []],
            scorecards=[ScorecardItem.from_json(s) for s in data.get("scorecards") or []],
            flags=_strings_in(data.get("flags")),
        )


@dataclass
class ArticleExtraction:
    source_file: str
    title: str
    published: str | None
    resolutions: list[ResolutionExtraction] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    content_hash: str = ""
    unplaced: list[ResolutionExtraction] = field(default_factory=list)  # read, but of no unit found

    @property
    def items(self) -> int:
        """How many targets, results and scorecards were read for the resolutions (unplaced ones aside)."""
        return sum(resolution.items for resolution in self.resolutions)

    def to_json(self) -> dict:
        flags = list(self.flags)
        for resolution in self.resolutions:
            flags.extend(f for f in resolution.flags if f not in flags)
        return {
            "source_file": self.source_file,
            "title": self.title,
            "published": self.published,
            "content_hash": self.content_hash,
            "flags": flags,
            "resolutions": [r.to_json() for r in self.resolutions],
            "unplaced": [r.to_json() for r in self.unplaced],
        }

    @classmethod
    def from_json(cls, data: dict) -> ArticleExtraction:
        """The article back from its resolution-extraction/1 JSON (the preview's child process, a stored
        reading, another system's output): from_json(a.to_json()).to_json() == a.to_json()."""
        published = data.get("published")
        return cls(
            _text_in(data.get("source_file")),
            _text_in(data.get("title")),
            published if isinstance(published, str) and published else None,
            resolutions=[ResolutionExtraction.from_json(r) for r in data.get("resolutions") or []],
            flags=_strings_in(data.get("flags")),
            content_hash=_text_in(data.get("content_hash")),
            unplaced=[ResolutionExtraction.from_json(r) for r in data.get("unplaced") or []],
        )


def _similar(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return True
    return word_overlap(wa, wb) >= 0.5


def dedupe(resolution: ResolutionExtraction) -> None:
    """Drop items a report states twice (a title repeating the lead, a target recalled later)."""
    targets: list[TargetItem] = []
    for t in resolution.targets:
        # Twins are stated in different sentences; one sentence listing "2 xã NTM, 2 xã NTM nâng cao"
        # states two items at two positions.
        twin = next(
            (
                k
                for k in targets
                if k.start != t.start
                and k.value == t.value
                and k.value_max == t.value_max
                and k.unit == t.unit
                and k.theme == t.theme
                and _similar(k.indicator, t.indicator)
            ),
            None,
        )
        if twin is None:
            targets.append(t)
    resolution.targets = targets
    achievements: list[AchievementItem] = []
    for a in resolution.achievements:
        if not any(
            k.start != a.start
            and k.value == a.value
            and k.unit == a.unit
            and k.percent_of_plan == a.percent_of_plan
            and k.theme == a.theme
            for k in achievements
        ):
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
