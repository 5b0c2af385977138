"""Periods: which resolution (a year's, or a congress term's) a sentence speaks of.

Annual: "Nghị quyết Huyện ủy năm 2021", "Năm 2021, ...", "9 tháng năm 2022", "quý I/2022".
Term: "nhiệm kỳ 2020 - 2025", "Nghị quyết Đại hội ... xác định" (the congress's term),
"nửa nhiệm kỳ". Years that only compare ("so với năm 2021", "gấp 2 lần năm 2015") or date
something ("ngày 20/12/2021", "giai đoạn 2021 - 2023") are not periods.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extraction.grammar import may_match, needs
from extraction.grammar.periods import (
    COMMUNE_BODY,
    CONGRESS_FRAMING_BEFORE,
    CONGRESS_SETS,
    CURRENT_TERM,
    FIVE_YEARS,
    MONTH,
    NEW_TERM,
    NOT_A_MONTH_BEFORE,
    NOT_A_PERIOD_BEFORE,
    ODD_CASE,
    OPENING_WORD,
    OTHER_BODY,
    PARAGRAPH_TERM,  # noqa: F401 (imported from here by the pipeline)
    PART_OF_YEAR,
    PARTY_BODY,
    PAST_TERM,
    PLAN_BEFORE_CONGRESS,
    PLANNING,
    PLANS_OR_FLOORS,
    RELATIVE_YEAR,
    REPORTS_ONLY,
    SEVERAL_BEFORE,
    SINCE_YEAR,
    STAGE_SPAN,
    STRONG_ANNUAL,
    TERM_SPAN,
    UNTIL_BEFORE,
    YEAR_FRAME,
    YEAR_IN_PASSING,
    YEAR_WORD_END,
)
from extraction.nlp.discourse import (  # noqa: F401 (the calendar and the period, imported from here too)
    FIRST_COMMUNE_TERM,
    TERM_YEARS,
    Period,
    default_term,
    term_started,
)


@dataclass
class Mention:
    """A period named in a sentence; `strong` ones set the context for what follows."""

    start: int
    end: int
    period: Period | None  # None for "main term" / "current term" markers resolved by the tracker
    strong: bool
    marker: str = (
        ""  # framing | main_term | current_term | new_term | until | year_frame | last_year | this_year | next_year
        # | month | term_so_far
    )
    part: str | None = None  # q1 | h1 | m9 | mid_term
    opening: bool = False  # the year the sentence opens with ("Năm 2025, ...")
    month: int | None = None  # "tháng 1" with no year: its year is the one of the article's date


def find_mentions(sentence: str) -> list[Mention]:
    """Period mentions of one sentence, in text order."""
    return list(_mentions(sentence))


@lru_cache(maxsize=8192)
def _mentions(sentence: str) -> tuple[Mention, ...]:
    # Cached: the pipeline looks at each sentence twice (the article's term, then the walk).
    found: list[Mention] = []
    # Speed pre-checks (`_may`): most sentences hold none of the words a pattern needs, and skipping a scan
    # that cannot match changes nothing. With a character IGNORECASE equates with an ASCII letter although
    # str.lower() does not, there is no lower-cased text to test (None) and every scan runs.
    low = None if ODD_CASE.search(sentence) else sentence.lower()
    _term_mentions(sentence, low, found)
    taken = [(x.start, x.end) for x in found]
    _strong_year_mentions(sentence, low, taken, found)
    _part_mentions(sentence, low, taken, found)
    if _may(MONTH, low):
        _month_mentions(sentence, taken, found)
    _relative_year_mentions(sentence, low, found)
    _passing_year_mentions(sentence, low, taken, found)
    return tuple(sorted(found, key=lambda x: x.start))


def _may(compiled, low: str | None) -> bool:
    """Whether the lower-cased sentence may match a pattern (its derived pre-check; always, with no `low`)."""
    return low is None or may_match(_NEEDS[compiled.pattern], low)


# The derived pre-checks of the patterns scanned under one, keyed by their source (a string hashes once; a
# compiled pattern hashes its whole code at every look-up).
_NEEDS = {
    p.pattern: needs(p)
    for p in (
        TERM_SPAN,
        STAGE_SPAN,
        SINCE_YEAR,
        PAST_TERM,
        CONGRESS_SETS,
        NEW_TERM,
        CURRENT_TERM,
        FIVE_YEARS,
        *STRONG_ANNUAL,
        PART_OF_YEAR,
        MONTH,
        RELATIVE_YEAR,
        YEAR_IN_PASSING,
    )
}


def _term_mentions(sentence: str, low: str | None, found: list[Mention]) -> None:
    """Terms: "nhiệm kỳ 2020 - 2025" of a Party body, "giai đoạn 2021 - 2025", the term just ended, the
    congress's term, the new term, the current one."""
    _term_spans(sentence, low, found)
    if _may(PAST_TERM, low):
        for m in PAST_TERM.finditer(sentence):
            found.append(Mention(m.start(), m.end(), None, False, marker="past_term"))
    if _may(CONGRESS_SETS, low):
        for m in CONGRESS_SETS.finditer(sentence):
            if PLAN_BEFORE_CONGRESS.search(sentence[max(0, m.start() - 20) : m.start()]):
                continue  # "vượt mục tiêu Đại hội XXI đề ra", "đạt 124% Nghị quyết Đại hội đề ra": a result's plan
            found.append(Mention(m.start(), m.end(), None, True, marker="main_term"))
    if _may(NEW_TERM, low):
        for m in NEW_TERM.finditer(sentence):
            found.append(Mention(m.start(), m.end(), None, True, marker="new_term"))
    if _may(FIVE_YEARS, low):
        for m in FIVE_YEARS.finditer(sentence):
            marker = "current_term" if PLANS_OR_FLOORS.search(sentence) else "past_term"
            found.append(Mention(m.start(), m.end(), None, False, marker=marker))
    if _may(CURRENT_TERM, low):
        for m in CURRENT_TERM.finditer(sentence):
            word = (m.group(1) or "").lower()
            part = "mid_term" if word in ("nửa", "giữa") else None
            # "cả nhiệm kỳ" reporting (not planning) at a congress is the term just ended.
            marker = "past_term" if word in ("cả", "toàn") and not PLANNING.search(sentence) else "current_term"
            found.append(Mention(m.start(), m.end(), None, False, marker=marker, part=part))


def _reports_only(sentence: str) -> bool:
    return bool(REPORTS_ONLY.search(sentence)) and not PLANS_OR_FLOORS.search(sentence)


def _term_spans(sentence: str, low: str | None, found: list[Mention]) -> None:
    """The terms named by their years: "nhiệm kỳ 2020 - 2025" of a Party body, "giai đoạn 2021 - 2025"."""
    if _may(TERM_SPAN, low):
        for m in TERM_SPAN.finditer(sentence):
            start, end = int(m.group(1)), int(m.group(2))
            if not _party_term(sentence[max(0, m.start() - 100) : m.start()], start):
                continue
            if end - start == TERM_YEARS:
                framing = bool(CONGRESS_FRAMING_BEFORE.search(sentence[max(0, m.start() - 120) : m.start()]))
                found.append(
                    Mention(m.start(), m.end(), Period.of_term(start, end), True, marker="framing" if framing else "")
                )
    if _may(STAGE_SPAN, low):
        for m in STAGE_SPAN.finditer(sentence):
            start, end = int(m.group(1)), int(m.group(2))
            if end % TERM_YEARS == 0 and (end - start == TERM_YEARS or end - start == TERM_YEARS - 1):
                # "giai đoạn 2015 - 2020" spans a Party term; "giai đoạn 2021 - 2025", the five-year plan of
                # the 2020 - 2025 term, is that term too.
                found.append(Mention(m.start(), m.end(), Period.of_term(end - TERM_YEARS, end), False))
            elif start % TERM_YEARS == 1 and start < end < start + TERM_YEARS - 1 and _reports_only(sentence):
                # "giai đoạn 2021 - 2023, ... tăng trưởng bình quân ước đạt 8,8%/năm": the term's first years,
                # reported: the term's progress so far (a plan for such a span belongs to its own programme).
                term = Period.of_term(start - 1, start - 1 + TERM_YEARS)
                found.append(Mention(m.start(), m.end(), term, False, marker="term_so_far"))
    if _may(SINCE_YEAR, low):
        for m in SINCE_YEAR.finditer(sentence):
            start = int(m.group(1))
            if start % TERM_YEARS in (0, 1) and _reports_only(sentence):
                # "Tổng số vốn đăng ký đầu tư từ năm 2021 đến hết tháng 8/2023 đạt ...": the term's progress so far.
                term = start - start % TERM_YEARS
                found.append(
                    Mention(m.start(), m.end(), Period.of_term(term, term + TERM_YEARS), False, marker="term_so_far")
                )


def _strong_year_mentions(sentence: str, low: str | None, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """ "Năm 2023, ..." frames what follows; "Nghị quyết năm 2023" names the year's resolution."""
    for pattern in STRONG_ANNUAL:
        if not _may(pattern, low):
            continue
        frame = pattern is YEAR_FRAME
        for m in pattern.finditer(sentence):
            year_at = m.start(m.lastindex)
            if not frame and UNTIL_BEFORE.search(YEAR_WORD_END.sub("", sentence[max(0, year_at - 40) : year_at])):
                continue  # "chỉ tiêu Nghị quyết đề ra đến năm 2025": a deadline, read below as "until"
            if _inside(year_at, taken):
                continue
            opening = frame and not OPENING_WORD.search(sentence, 0, m.start())
            year = Period.annual(int(m.group(m.lastindex)))
            found.append(Mention(year_at, m.end(), year, True, marker="year_frame" if frame else "", opening=opening))
            taken.append((year_at, m.end()))


def _part_mentions(sentence: str, low: str | None, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """ "6 tháng đầu năm", "9 tháng năm 2022", "quý I/2022": part of a year (its year's, when it names one)."""
    if not _may(PART_OF_YEAR, low):
        return
    for m in PART_OF_YEAR.finditer(sentence):
        if m.group("months") and int(m.group("months")) not in (3, 6, 9):
            continue
        part = "q1" if m.group("quarter") else {3: "q1", 6: "h1", 9: "m9"}[int(m.group("months"))]
        year = m.group(3)
        period = Period.annual(int(year)) if year else None
        if not _inside(m.start(), taken):
            found.append(Mention(m.start(), m.end(), period, bool(year), part=part))
            taken.append((m.start(), m.end()))


def _month_mentions(sentence: str, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """ "kết quả tháng 1", "phương hướng nhiệm vụ tháng 2 năm 2026": the month's year frames what follows."""
    for m in MONTH.finditer(sentence):
        if _inside(m.start(), taken) or NOT_A_MONTH_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue
        if m.group(2):
            continue  # "tháng 8/2023" dates an event as often as it frames a report: the year alone is read below
        found.append(Mention(m.start(), m.end(), None, True, marker="month", month=int(m.group("month"))))
        taken.append((m.start(), m.end()))


def _relative_year_mentions(sentence: str, low: str | None, found: list[Mention]) -> None:
    """ "năm qua", "năm nay", "năm tới": a year told from the article's date (strong when it opens a clause)."""
    if not _may(RELATIVE_YEAR, low):
        return
    for m in RELATIVE_YEAR.finditer(sentence):
        if SEVERAL_BEFORE.search(sentence[: m.start("which") - 4]):
            continue  # "5 năm qua", "những năm qua": several years, not last year
        which = m.group("which").lower()
        marker = {"nay": "this_year", "tới": "next_year", "sau": "next_year"}.get(which, "last_year")
        found.append(Mention(m.start("which"), m.end(), None, m.group("frame") is not None, marker=marker))


def _passing_year_mentions(sentence: str, low: str | None, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """A year named in passing ("thu ngân sách năm 2022 đạt ..."), unless it only compares; "đến năm 2030" is
    a deadline ("until")."""
    if not _may(YEAR_IN_PASSING, low):
        return
    for m in YEAR_IN_PASSING.finditer(sentence):
        if _inside(m.start(1), taken):
            continue
        before = sentence[max(0, m.start() - 30) : m.start()]
        if NOT_A_PERIOD_BEFORE.search(before):
            continue
        marker = "until" if UNTIL_BEFORE.search(before) else ""
        found.append(Mention(m.start(1), m.end(), Period.annual(int(m.group(1))), False, marker=marker))


def _party_term(before: str, start: int) -> bool:
    """Whether the body named last before a "nhiệm kỳ" is a province's or district's Party organisation (from
    the 2025 - 2030 term on, when districts are gone, also a commune's, ward's or special zone's)."""
    party = [m.end() for m in PARTY_BODY.finditer(before)]
    if start >= FIRST_COMMUNE_TERM:
        party += [m.end() for m in COMMUNE_BODY.finditer(before)]
    other = [
        m.end()
        for m in OTHER_BODY.finditer(before)
        if start < FIRST_COMMUNE_TERM or not COMMUNE_BODY.fullmatch(m.group(0))
    ]
    return not other or (bool(party) and party[-1] > other[-1])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
