"""Scorecards ("19/25 chỉ tiêu đạt và vượt, có 7 chỉ tiêu vượt") and facts about a resolution:
how many targets it set ("đề ra 30 chỉ tiêu chủ yếu"), its slogan ("chủ đề năm") and number.

The scorecard vocabulary is data: the nouns counted (lexicon/target_nouns.toml), the words for met,
exceeded, nearly met, not met and on the way (lexicon/scorecard_*.toml) and the qualifiers around a
count (lexicon/scorecard_qualifiers.toml). The patterns (extraction/grammar/scorecards.py) are built from
those files when the module is imported; each file's examples are its tests (tests/extraction/test_lexicon_scorecards.py).

A sentence is read as a row of counts of targets ("15/24 chỉ tiêu", "20 chỉ tiêu/21 chỉ tiêu", "19 chỉ
tiêu"), each with the status its words give, before it ("đạt và vượt 17/19 chỉ tiêu") or after it
("17/19 chỉ tiêu đạt và vượt"). Counts are gathered into cards: a ratio opens a card of its total
(or adds to the card of that total), "trong N chỉ tiêu" opens one with a known total, and the counts
without a total are parts of the card before them. A ranking ("xếp thứ 2/8 huyện") is not a
scorecard, nor a forecast ("Khả năng đến cuối nhiệm kỳ, có 27/27 CT đạt và vượt").
"""

from __future__ import annotations

from dataclasses import dataclass

from extraction import lexicon
from extraction.grammar.scorecards import (
    ALL_BEFORE,
    ALL_MET,
    COUNTED,
    ESTIMATE,
    MOTTO,
    PROVINCE_SLOGAN,
    RANKING_BEFORE,
    RESOLUTION_NUMBER,
    SET_AFTER,
    SLOGANS,
    STATUS_AFTER,
    STATUS_BEFORE,
    STATUS_FILES,
    SUBSET,
    SUBSET_OPENING,
    TARGET_COUNT,
    TARGET_COUNT_NOT,
    TOTAL_BEFORE,
    VERB_REACH,
)
from extraction.grammar.scorecards import phrase_key as _key
from extraction.nlp.cues import FORECAST

MET, EXCEEDED, NEARLY_MET, NOT_MET, PARTIAL = "met", "exceeded", "nearly_met", "not_met", "partial"


def _statuses() -> dict[str, tuple[str, bool, str]]:
    """Each status phrase → (status, whether a met count includes the exceeded ones, the rule id naming its file
    and phrase)."""
    table: dict[str, tuple[str, bool, str]] = {}
    for status, name in STATUS_FILES.items():
        for entry in lexicon.load(name).entries:
            for phrase in entry.phrases:
                table.setdefault(
                    _key(phrase), (status, entry.data.get("includes_exceeded", True), f"{name}:{_key(phrase)}")
                )
    return table


_STATUS = _statuses()


@dataclass
class ScorecardReading:
    total: int
    met_or_exceeded: int
    exceeded: int | None
    nearly_met: int | None
    not_met: int | None
    start: int  # offset of the ratio in the sentence
    # Why: the vocabulary entries of its counts ("scorecard_met:đạt và vượt") and the card rules that fired.
    rules: tuple[str, ...] = ()


@dataclass
class CardParts:
    """Counts of targets without their total ("Trong đó có 15 chỉ tiêu vượt, 10 chỉ tiêu đạt", "đến hết tháng
    10 có 23 chỉ tiêu hoàn thành và vượt"): parts of the card the sentence before stated (`subset`, opened
    by "trong đó"), or of the resolution's known number of targets."""

    met_or_exceeded: int | None
    exceeded: int | None
    nearly_met: int | None
    not_met: int | None
    subset: bool
    start: int


@dataclass
class Fact:
    name: str  # "target_count" | "slogan" | "motto" (a congress's slogan) | "number"
    value: object
    start: int
    end: int


@dataclass
class _Count:
    n: int
    total: int | None
    status: str | None
    includes_exceeded: bool
    start: int
    every: bool = False  # "toàn bộ / tất cả N chỉ tiêu", "N chỉ tiêu đề ra": the count is all the targets
    rule: str | None = None  # the vocabulary entry that gave the status


@dataclass
class _Card:
    total: int | None
    start: int
    parts: list[_Count]

    def met(self) -> _Count | None:
        return next((p for p in self.parts if p.status == MET), None)

    def first(self) -> dict[str, _Count]:
        first: dict[str, _Count] = {}
        for part in self.parts:
            first.setdefault(part.status, part)
        return first

    def met_count(self) -> int | None:
        """Met or exceeded: the met count, with the exceeded before it when it is met only ("13/26 vượt; 10/26 đạt")."""
        first = self.first()
        met, exceeded = first.get(MET), first.get(EXCEEDED)
        if met is None:
            return None
        if exceeded is not None and exceeded.start < met.start and not met.includes_exceeded:
            return exceeded.n + met.n
        return met.n

    def reading(self) -> ScorecardReading | None:
        first = self.first()
        met, exceeded = first.get(MET), first.get(EXCEEDED)
        total = self.total
        if met is None and exceeded is None:
            return None
        rules = [p.rule for p in first.values() if p.rule]
        if met is None:  # "có 6/27 chỉ tiêu vượt, ...": only the exceeded ones are known to be met
            if exceeded.total is None:
                return None
            count = exceeded.n
            rules.append("card:exceeded_only")
        else:
            count = self.met_count()
            if count != met.n:
                rules.append("card:exceeded_plus_met")
        rest = [first[s].n for s in (NEARLY_MET, NOT_MET, PARTIAL) if s in first]
        if total is None:
            if rest:  # "19 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt": the parts are the whole
                total = count + sum(rest)
                rules.append("card:parts_make_total")
            elif met is not None and met.every:
                total = count
                rules.append("card:every_target")
            else:
                return None
        if total == 0 or count > total:
            return None

        def within(status: str) -> int | None:
            part = first.get(status)
            return part.n if part is not None and part.n <= total else None

        return ScorecardReading(
            total, count, within(EXCEEDED), within(NEARLY_MET), within(NOT_MET), self.start, tuple(rules)
        )


def _counts(sentence: str) -> list[_Count]:
    counts = []
    found = list(COUNTED.finditer(sentence))
    for i, m in enumerate(found):
        before = sentence[max(0, m.start() - VERB_REACH) : m.start()]
        total = m.group("total") or m.group("total2")
        if total and RANKING_BEFORE.search(before):
            continue
        status, includes, every, rule = None, True, False, None
        # The words after a count are its own up to the next count.
        after = STATUS_AFTER.match(sentence, m.end(), found[i + 1].start() if i + 1 < len(found) else len(sentence))
        verb = STATUS_BEFORE.search(before)
        hit = verb or after
        if hit:
            status, includes, rule = _STATUS[_key(hit.group("s"))]
            every = (
                bool(verb and verb.group("all"))
                or (not verb and bool(ALL_BEFORE.search(before)))
                or (
                    verb is not None
                    and status == MET
                    and not total
                    and not after
                    and bool(SET_AFTER.match(sentence, m.end()))
                )
            )
        elif not total and TOTAL_BEFORE.search(before):
            counts.append(_Count(int(m.group("n")), None, "total", True, m.start()))
            continue
        counts.append(
            _Count(int(m.group("n")), int(total) if total else None, status, includes, m.start(), every, rule)
        )
    return counts


def _later_estimate(sentence: str, card: _Card, count: _Count) -> bool:
    """A second count met of the card's total after an estimate is a card of its own ("trong 21 chỉ tiêu, đến
    nay có 12 chỉ tiêu đạt và vượt; ước cả năm có 19 chỉ tiêu đạt và vượt"); after "trong đó" it is a part."""
    met = card.met()
    if card.total is None or met is None or count.status != MET or count.n == met.n:
        return False
    return (
        count.includes_exceeded
        and met.includes_exceeded
        and bool(ESTIMATE.search(sentence, met.start, count.start))
        and not SUBSET.search(sentence, met.start, count.start)
    )


def read_scorecards(sentence: str) -> list[ScorecardReading]:
    """Scorecards of a sentence, in the order they are stated."""
    if FORECAST.search(sentence):
        return []
    cards: list[_Card] = []
    for count in _counts(sentence):
        card = cards[-1] if cards else None
        if count.status == "total":
            cards.append(_Card(count.n, count.start, []))
        elif count.total is not None:
            if card is not None and card.total == count.total and (count.status != MET or card.met() is None):
                card.parts.append(count)
            elif not (card is not None and card.total == count.total and card.met().n == count.n):
                cards.append(_Card(count.total, count.start, [count]))
        elif count.status is None:
            continue
        elif card is not None and _later_estimate(sentence, card, count):
            cards.append(_Card(card.total, count.start, [count]))
        elif card is not None:
            card.parts.append(count)
        elif count.status in (MET, EXCEEDED):
            cards.append(_Card(count.n if count.every else None, count.start, [count]))
    return [r for r in (card.reading() for card in cards) if r is not None]


def read_card_parts(sentence: str) -> CardParts | None:
    """Counts met, exceeded, nearly met or not met of a sentence that states no scorecard of its own."""
    if FORECAST.search(sentence) or read_scorecards(sentence):
        return None
    counts = _counts(sentence)
    parts = [c for c in counts if c.status in STATUS_FILES and c.status != PARTIAL and c.total is None]
    if not parts or any(c.status == "total" or c.total is not None for c in counts):
        return None
    card = _Card(None, parts[0].start, parts)
    first = card.first()
    opening = sentence[: parts[0].start]
    return CardParts(
        card.met_count(),
        *(first[s].n if s in first else None for s in (EXCEEDED, NEARLY_MET, NOT_MET)),
        subset=bool(SUBSET_OPENING.match(opening)),
        start=parts[0].start,
    )


def read_all_met(sentence: str) -> int | None:
    """Where a sentence says all the targets are met without their number ("các chỉ tiêu chủ yếu đều đạt
    và vượt kế hoạch"), or None: a scorecard only with the resolution's number of targets."""
    if FORECAST.search(sentence) or COUNTED.search(sentence):
        return None
    m = ALL_MET.search(sentence)
    return m.start() if m and _STATUS[_key(m.group("s"))][0] == MET else None


def read_facts(sentence: str, *, district_level: bool) -> list[Fact]:
    """Target count, slogan and number a sentence states about its resolution."""
    facts: list[Fact] = []
    if not FORECAST.search(sentence):
        for m in TARGET_COUNT.finditer(sentence):
            if TARGET_COUNT_NOT.match(m.group("after")) or "của tỉnh" in m.group("after") and district_level:
                continue
            facts.append(Fact("target_count", int(m.group("n")), m.start(), m.end()))
    for slogan in SLOGANS:
        for m in slogan.finditer(sentence):
            nearby = sentence[max(0, m.start() - 20) : m.end() + 15]
            if district_level and PROVINCE_SLOGAN.search(nearby):
                continue
            facts.append(Fact("slogan", m.group("s").strip(), m.start(), m.end()))
    facts.extend(Fact("motto", m.group("s").strip(), m.start(), m.end()) for m in MOTTO.finditer(sentence))
    for m in RESOLUTION_NUMBER.finditer(sentence):
        number = "".join(m.group("n").split())  # "12 - NQ / HU" -> "12-NQ/HU"
        if district_level == number.upper().endswith(("/HU", "/QU", "/TX", "/ĐU")) or not district_level:
            facts.append(Fact("number", number, m.start(), m.end()))
    return facts
