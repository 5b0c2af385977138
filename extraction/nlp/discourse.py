"""The discourse of an article: what is in force while it is read, in one state machine.

Fixed for the whole article: its date (or the one estimated for an undated article), the term its congress
resolution covers, and what kind of article it is (a review, a term's review, a mid-term one). Carried
through the walk: the period in force (set by strong mentions, a paragraph's opening term, the headline),
and the section's mode (what its last heading announced, a list of plans running on, whether the paragraph
has been planning or reporting so far).

The calendar the articles are read against (the term's length, the month cut-offs) is named here once.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extraction.grammar.periods import RISE_TO
from extraction.nlp import cues
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM

if TYPE_CHECKING:  # the mentions are read in periods.py, which builds on this module
    from extraction.nlp.periods import Mention

# ------------------------------------------------------------------------------------------ the calendar

TERM_YEARS = 5  # Party congresses sit every five years (…, 2015, 2020, 2025)
CONGRESS_MONTH = 4  # a term's congresses are held from about April of its first year: its resolution exists
FIRST_COMMUNE_TERM = 2025  # from the 2025 - 2030 term on, communes, wards and special zones are below the province
# Up to June an article still reviews the year before ("năm qua" in January is the year just ended); from July on
# the year under way is the one reviewed.
HALF_YEAR = 6
NEXT_YEAR_PLANNED_FROM = 10  # from October on the year ahead has, or is about to get, its own resolution
YEAR_END_REVIEW_FROM = 11  # a year reviewed in its last two months (the "tổng kết" season) is reported on
PARTS_OF_YEAR = ("q1", "h1", "m9")  # "quý I", "6 tháng đầu năm", "9 tháng": only results are reported for them
# Where an undated article is placed in the year of the latest year it names: a year named alone is the
# year under way (its half-year results reported, its year not yet over); with the year before it named
# too, the article is the year-end review of the one and the plan of the other.
UNDATED_MID_YEAR = (7, 1)
UNDATED_CONGRESS = (9, 1)  # district and province congresses meet from about June to October
UNDATED_YEAR_END = (12, 15)
UNDATED_TERM_UNDER_WAY = 2  # years into a term an undated article about carrying out its resolution is placed
STRUCTURE_2025_FROM = (2025, 7)  # the 34 provinces and their communes, no districts, from 1 July 2025


def era_of(published: datetime.datetime | None, main_term: tuple[int, int] | None = None) -> str:
    """The structure an article speaks in: its date decides; undated, the term it names."""
    if published is not None:
        return AFTER_REFORM if (published.year, published.month) >= STRUCTURE_2025_FROM else BEFORE_REFORM
    return AFTER_REFORM if main_term is not None and main_term[0] >= FIRST_COMMUNE_TERM else BEFORE_REFORM


@dataclass(frozen=True)
class Period:
    kind: str  # "annual" | "term"
    year: int | None = None
    term: tuple[int, int] | None = None

    @classmethod
    def annual(cls, year: int) -> Period:
        return cls("annual", year=year)

    @classmethod
    def of_term(cls, start: int, end: int) -> Period:
        return cls("term", term=(start, end))

    def contains(self, year: int) -> bool:
        if self.kind == "term" and self.term:
            return self.term[0] <= year <= self.term[1]
        return self.year == year

    def label(self) -> str:
        return f"{self.term[0]}-{self.term[1]}" if self.kind == "term" else str(self.year)


def term_started(term: tuple[int, int], published: datetime.datetime | None) -> bool:
    """A term's resolution exists only after its congress (held from about April of the first year)."""
    if published is None:
        return True
    return (published.year, published.month) >= (term[0], CONGRESS_MONTH)


def default_term(published: datetime.datetime | None, latest_year: int | None = None) -> tuple[int, int] | None:
    """The Party term running at a date: congresses every five years (…, 2015, 2020, 2025)."""
    if published is not None:
        year, month = published.year, published.month
    elif latest_year is not None:
        year, month = latest_year, 12
    else:
        return None
    start = year - year % TERM_YEARS
    if (year, month) < (start, CONGRESS_MONTH):
        start -= TERM_YEARS
    return (start, start + TERM_YEARS)


def term_before(term: Period) -> Period:
    """The term that ends where `term` begins."""
    return Period.of_term(term.term[0] - TERM_YEARS, term.term[0])


class Discourse:
    """What is in force at each point of an article's walk (see the module's docstring)."""

    def __init__(
        self,
        published: datetime.datetime | None,
        main_term: tuple[int, int] | None,
        now: datetime.datetime | None = None,
        *,
        review: bool = False,
        term_article: bool = False,
        mid_term: bool = False,
    ):
        self.published = published
        self.now = now or published  # the publication date, or one estimated for an undated article
        self.main_term = Period.of_term(*main_term) if main_term else None
        self.review = review  # the headline or lead reviews a year, part of a year or a term
        self.term_article = term_article  # a review of the term itself (its mid-term, its congress), not a year
        self.mid_term = mid_term  # that review at mid-term
        self.structure = era_of(published, main_term)  # the administrative structure in force (by the date)
        self.current: Period | None = None
        # The term named at the head of the paragraph: "the congress", "cả nhiệm kỳ" inside it are that term.
        self.paragraph_term: Period | None = None
        self.title_period: Period | None = None  # what the headline's periods set: the frame of every section
        self.section_open(district_level=False)

    # ------------------------------------------------------------------ the walk

    def section_open(self, district_level: bool) -> None:
        """A new section starts from the headline's period, reading neither plans nor results yet."""
        self.current = self.title_period
        self.district_level = district_level
        self.heading_mode: str | None = None  # what the last heading announced: results, or a list of targets
        self.list_mode = False  # the list items after "... các chỉ tiêu sau:" go on being plans
        self.seen_body = False
        self.lean: str | None = None  # what the paragraph has been doing so far: planning or reporting

    def heading_read(self, mode: str | None) -> None:
        """A section heading announces what the paragraphs under it do."""
        self.heading_mode, self.list_mode = mode, False

    def paragraph_open(self, is_list_item: bool, term: Period | None) -> str | None:
        """Enter a body paragraph (opening with `term`, if any): the mode it starts in."""
        self.seen_body = True
        self.paragraph_term = term
        # What the paragraph has been doing so far (planning or reporting), revised sentence by
        # sentence from each one's own cues, never fixed by a single line.
        self.lean = None
        if is_list_item and self.list_mode:
            return "target_list"
        self.list_mode = False
        if self.heading_mode == "target_list" and not is_list_item:
            # Prose under a targets heading plans by default, but its own result wording
            # ("huyện đã giải quyết việc làm cho ...") still reports.
            return "target_prose"
        return self.heading_mode

    @property
    def at_its_congress(self) -> bool:
        """A term's review written in its first year: the congress that closes the term before it."""
        return self.now is not None and self._at_congress_in(self.now.year)

    def _at_congress_in(self, year: int) -> bool:
        return self.main_term is not None and year == self.main_term.term[0] and self.term_article

    def reports_by_default(self) -> bool:
        """A review reports, and so does a congress about the term ending."""
        return self.review or self.at_its_congress

    # ------------------------------------------------------------------ the period in force

    def resolve(
        self, mentions: Iterable[Mention], upto: int, base: Period | None = None, text: str | None = None
    ) -> tuple[Period | None, str | None]:
        """Period and part (q1, h1, m9, mid_term) in force at `upto` in a sentence (given the sentence's `text`,
        a year named in passing colours only its own clause: "47 triệu đồng năm 2021 lên 52 triệu đồng; thu
        ngân sách ..." is not 2021's budget)."""
        period, part = (base if base is not None else self.current), None
        for m in mentions:
            if m.start >= upto:
                break
            if text is not None and _colours_only_its_clause(m, text, upto):
                continue
            period = self._apply(period, m)
            part = m.part or part
        return period, part

    def advance(self, mentions: Iterable[Mention]) -> None:
        """Let the sentence's strong mentions set the context for the next sentences."""
        for m in mentions:
            if m.strong:
                self.current = self._apply(self.current, m)

    def _apply(self, period: Period | None, m: Mention) -> Period | None:
        if m.marker:
            marked = self._apply_marker(period, m)
            if marked is not _UNMARKED:
                return marked
        if (
            m.period is None
            and m.part in PARTS_OF_YEAR
            and (period is None or period.kind == "term")
            and self.now is not None
        ):
            return Period.annual(self.now.year)  # "6 tháng đầu năm" with no year: this year's, not the term's
        if m.period is None:
            return period
        if m.period.kind == "term":
            if m.marker == "framing" and period is not None and period.kind == "annual":
                return period  # the year's work "thực hiện Nghị quyết Đại hội ..." stays the year's
            return m.period if term_started(m.period.term, self.published) else period
        return self._apply_year(period, m)

    def _apply_marker(self, period: Period | None, m: Mention) -> Period | None | object:
        """The period a marked mention (the congress's term, "năm qua", "đến năm 2025" …) puts in force, or
        _UNMARKED when its marker settles nothing and it is read by its period."""
        if self.paragraph_term is not None and m.marker in ("main_term", "current_term", "past_term"):
            return self.paragraph_term
        if m.marker in ("main_term", "new_term"):
            return self.main_term or period
        if m.marker == "past_term":
            return self._past_term() or period
        if m.marker == "until" and self.main_term is not None and m.period is not None:
            end = self.main_term.term[1]
            if m.period.year == end and (period is None or not period.contains(end)):
                # "đến năm 2025" in a 2020 - 2025 article names the term's end, not a 2025 resolution.
                return self.main_term
            if m.period.year > end:
                # "tầm nhìn đến năm 2050", "đến năm 2030": a planning horizon, never a year's resolution.
                return period or self.main_term
        if m.marker == "current_term":
            return period if period is not None and period.kind == "term" else (self.main_term or period)
        if m.marker == "term_so_far":
            # "giai đoạn 2021 - 2023 ... đạt": the term's progress in a mid-term review; in a year's article
            # a span named in passing opens no resolution.
            return m.period if self.mid_term else period
        if m.marker == "month" and self.now is not None:
            # "trong tháng 1" reported in February is this year's January; "tháng 12" in January, last year's.
            return Period.annual(self.now.year if m.month <= self.now.month else self.now.year - 1)
        if m.marker in ("last_year", "this_year", "next_year"):
            if self.published is None:
                return period
            # "năm qua" in January is the year just ended, in December the year ending.
            this = self.published.year if self.published.month > HALF_YEAR else self.published.year - 1
            year = {"last_year": this, "this_year": self.published.year, "next_year": this + 1}[m.marker]
            return Period.annual(year)
        return _UNMARKED

    def _apply_year(self, period: Period | None, m: Mention) -> Period | None:
        """A year named inside the term in force stays in the term unless it is that year's own."""
        if period is not None and period.kind == "term" and period.contains(m.period.year):
            if m.opening and self._year_planned(m.period.year):
                return m.period  # "Năm 2025, Thị ủy xác định 19 chỉ tiêu" at the end of 2024: that year's own
            if not m.strong or (m.marker in ("year_frame", "until") and m.period.year == period.term[1]):
                # "thu ngân sách năm 2022 đạt ..." in a mid-term review, "năm 2025 đạt 420 tỷ đồng" in a
                # congress's list: still the term.
                return period
        return m.period

    def _year_planned(self, year: int) -> bool:
        """Whether a year has, or is about to get, its own resolution when the article is written (the year
        ahead from October on): a congress's "Năm 2025, ..." five years out is still the term's goal."""
        if self.published is None:
            return False
        return year <= self.published.year or (
            year == self.published.year + 1 and self.published.month >= NEXT_YEAR_PLANNED_FROM
        )

    def _past_term(self) -> Period | None:
        """The term just ended when the article is written at its successor's congress."""
        if self.main_term is None:
            return None
        if self.published is not None and self.published.year == self.main_term.term[0]:
            return term_before(self.main_term)
        return self.main_term

    def is_ahead(self, period: Period | None) -> bool:
        """A period still to come when the article was written: a later year, or a term from its first year on."""
        if period is None or self.now is None:
            return False
        if period.kind == "term":
            return period.term[0] >= self.now.year
        return period.year > self.now.year

    def is_past(self, period: Period | None) -> bool:
        """A period that was over when the article was written (its results, not its plans)."""
        if period is None:
            return False
        if period.kind == "term":
            if self.main_term is not None and period.term[0] < self.main_term.term[0]:
                return True
            return self.now is not None and period.term[1] < self.now.year
        if self.now is None:
            return False
        return period.year < self.now.year or (period.year == self.now.year and self.now.month >= YEAR_END_REVIEW_FROM)

    # ------------------------------------------------------------------ the period an item is filed under

    def within_term(self, period: Period | None) -> Period | None:
        """In a review of a term, a year inside it that dates a result against the term's plan ("năm 2022
        đã đạt ..., bằng 85,6% chỉ tiêu Nghị quyết Đại hội") stays under the term's resolution."""
        main = self.main_term
        if period is None or period.kind != "annual" or main is None:
            return period
        start, end = main.term
        at_congress = self.published is not None and self.published.year <= start
        if start < period.year <= end or (period.year == start and not at_congress):
            return main
        if start - TERM_YEARS < period.year <= start and at_congress:
            # At the congress, the years under review belong to the term just ended.
            return term_before(main)
        return period

    def reported_period(
        self, period: Period, part: str | None = None, of_term: bool = False, sentence: str | None = None
    ) -> Period:
        """What is reported at a congress was reached in the term that ends there: results never belong to a
        term only just begun, nor to the congress year itself ("năm 2025 ... đạt" read out at the 2025 congress)."""
        now = self.now
        if now is None:
            return period
        reviewed = now.year if now.month > HALF_YEAR else now.year - 1
        if (
            period.kind == "annual"
            and period.year > now.year
            and sentence is not None
            and cues.RESULT_PAST.search(sentence)
            and (self.published is not None or str(period.year) not in sentence)
        ):
            # "Tỉnh đã thu hút 75.767 tỷ đồng" after next year's tasks were named: nothing was reached in a
            # year still to come (an undated article's "now" is only a guess: a year the sentence names wins).
            return Period.annual(now.year)
        if (
            period.kind == "term"
            and not of_term
            and not self.term_article
            and period.term[0] <= reviewed < period.term[1]
        ):
            # A year's review inside a term ("2025 cũng là năm đầu triển khai Nghị quyết Đại hội ...") reports
            # that year, not the term.
            return Period.annual(reviewed)
        if not self._at_congress_in(now.year):
            return self._mid_term_progress(period, part, of_term)
        start = self.main_term.term[0]
        if (period.kind == "term" and period.term[0] >= start) or (
            period.kind == "annual" and period.year == start and self.term_article
        ):
            return term_before(self.main_term)
        return period

    def _mid_term_progress(self, period: Period, part: str | None, of_term: bool) -> Period:
        """A mid-term review reports each year's figure as the term's progress."""
        main = self.main_term
        if (
            self.mid_term
            and period.kind == "annual"
            and main is not None
            and part not in PARTS_OF_YEAR
            and not of_term
            and main.term[0] < period.year <= main.term[1]
        ):
            return main
        return period

    def fallback_period(self, reported: bool = False) -> Period | None:
        """The period of an item that names none: the headline's, else the year of the article's date."""
        if self.title_period is not None:
            return self.title_period
        now = self.now  # the publication date, or the one estimated from the years the text names
        if now is not None:
            if reported and now.month <= HALF_YEAR:
                # Results with no period of their own, published in the first half of a year ("Đảng ủy
                # phường hoàn thành 9/9 chỉ tiêu" in January): the year just reviewed.
                return Period.annual(now.year - 1)
            return Period.annual(now.year)
        return None


_UNMARKED = object()  # a marked mention whose marker settles nothing (it is read by its period)


def _colours_only_its_clause(m: Mention, text: str, upto: int) -> bool:
    """A year named in passing that does not reach `upto`: a clause ends in between (a semicolon not closing a
    lead-in, "lên 52 triệu đồng" after "năm 2021"), or it sits in a bracket closed before `upto`."""
    if m.strong or m.period is None:
        return False
    if m.period.kind == "annual":
        between = text[m.end : upto]
        # (a year in a lead-in ending with ":" governs the whole list after it)
        if (";" in between and ":" not in between.split(";", 1)[0]) or RISE_TO.search(text, m.end, upto):
            return True
    # "(theo chuẩn nghèo giai đoạn 2021 - 2025)" qualifies only what is in the bracket
    return _in_closed_bracket(text, m.start, m.end, upto)


def _in_closed_bracket(text: str, start: int, end: int, upto: int) -> bool:
    before = text[:start]
    return before.count("(") > before.count(")") and ")" in text[end:upto]
