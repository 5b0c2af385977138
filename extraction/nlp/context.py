"""The period a sentence speaks of, carried from sentence to sentence through an article.

A strong mention ("Năm 2022, ...", "Nghị quyết Huyện ủy năm 2023", "nhiệm kỳ 2015 - 2020",
"Đại hội thống nhất 12 chỉ tiêu") sets the context for what follows; a weak one ("thu ngân
sách năm 2022 đạt ...") only colours its own clause, and inside a term it stays in the term
when the year falls within it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from extraction.nlp.periods import (
    FIRST_COMMUNE_TERM,
    TERM_YEARS,
    Mention,
    Period,
    default_term,
    find_mentions,
    term_started,
)


class PeriodContext:
    def __init__(
        self,
        published: datetime.datetime | None,
        main_term: tuple[int, int] | None,
        now: datetime.datetime | None = None,
    ):
        self.published = published
        self.now = now or published  # the publication date, or one estimated for an undated article
        self.main_term = Period.of_term(*main_term) if main_term else None
        self.current: Period | None = None
        # The term named at the head of the paragraph: "the congress", "cả nhiệm kỳ" inside it are that term.
        self.paragraph_term: Period | None = None

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
            if (
                text is not None
                and not m.strong
                and m.period is not None
                and m.period.kind == "annual"
                and (
                    (";" in text[m.end : upto] and ":" not in text[m.end : upto].split(";", 1)[0])
                    or _RISE_TO.search(text, m.end, upto)
                )
            ):
                continue  # (a year in a lead-in ending with ":" governs the whole list after it)
            if (
                text is not None
                and not m.strong
                and m.period is not None
                and _in_closed_bracket(text, m.start, m.end, upto)
            ):
                continue  # "(theo chuẩn nghèo giai đoạn 2021 - 2025)" qualifies only what is in the bracket
            period = self._apply(period, m)
            part = m.part or part
        return period, part

    def advance(self, mentions: Iterable[Mention]) -> None:
        """Let the sentence's strong mentions set the context for the next sentences."""
        for m in mentions:
            if m.strong:
                self.current = self._apply(self.current, m)

    def _apply(self, period: Period | None, m: Mention) -> Period | None:
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
        if m.marker == "month" and self.now is not None:
            # "trong tháng 1" reported in February is this year's January; "tháng 12" in January, last year's.
            return Period.annual(self.now.year if m.month <= self.now.month else self.now.year - 1)
        if m.marker in ("last_year", "this_year", "next_year"):
            if self.published is None:
                return period
            # "năm qua" in January is the year just ended, in December the year ending.
            this = self.published.year if self.published.month > 6 else self.published.year - 1
            year = {"last_year": this, "this_year": self.published.year, "next_year": this + 1}[m.marker]
            return Period.annual(year)
        if (
            m.period is None
            and m.part in ("q1", "h1", "m9")
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
        return year <= self.published.year or (year == self.published.year + 1 and self.published.month >= 10)

    def _past_term(self) -> Period | None:
        """The term just ended when the article is written at its successor's congress."""
        if self.main_term is None:
            return None
        start = self.main_term.term[0]
        if self.published is not None and self.published.year == start:
            return Period.of_term(start - 5, start)
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
        # A year reviewed in its last two months (the "tổng kết" season) is reported on, not planned.
        return period.year < self.now.year or (period.year == self.now.year and self.now.month >= 11)


_RISE_TO = re.compile(r"\b(?:lên|xuống)\s+(?:mức\s+|gần\s+|hơn\s+|trên\s+)?\d", re.I)  # "từ 47 năm 2021 lên 52"


def _in_closed_bracket(text: str, start: int, end: int, upto: int) -> bool:
    before = text[:start]
    return before.count("(") > before.count(")") and ")" in text[end:upto]


def main_term_of(sentences: Iterable[str], published: datetime.datetime | None) -> tuple[int, int] | None:
    """The term the article's congress resolution covers: the latest one named that has begun."""
    terms, years = [], []
    for text in sentences:
        for m in find_mentions(text):
            if m.period is not None and m.period.kind == "term" and term_started(m.period.term, published):
                terms.append(m.period.term)
            elif m.period is not None and m.period.year:
                years.append(m.period.year)
    if terms:
        latest = max(terms)
        if published is not None and term_started((latest[1], latest[1] + TERM_YEARS), published):
            # Written once the next congress season has begun ("nhiệm kỳ 2020 - 2025" reviewed in October 2025):
            # the term whose congress it is comes next.
            return (latest[1], latest[1] + TERM_YEARS)
        return latest
    return default_term(published, max(years) if years else None)


# Where an undated article is placed in the year of the latest year it names: a year named alone is the
# year under way (its half-year results reported, its year not yet over); with the year before it named
# too, the article is the year-end review of the one and the plan of the other.
UNDATED_MID_YEAR = (7, 1)
UNDATED_CONGRESS = (9, 1)
_COMPARED_WITH = re.compile(
    r"\bso với (?:cùng kỳ )?năm ((?:19|20)\d\d)\b", re.I
)  # district and province congresses meet from about June to October
_CONGRESS_EVENT = re.compile(r"(?<!Nghị quyết )(?<!NQ )\bĐại hội\b|\bbáo cáo chính trị\b", re.I)
UNDATED_TERM_UNDER_WAY = 2  # years into a term an undated article about carrying out its resolution is placed
_FIRST_CONGRESS = re.compile(r"\bĐại hội\b[^.;]{0,80}?\blần thứ I\b(?![IVX])")
# A headline or lead that reviews a whole year ("tổng kết công tác năm 2022", "kết quả năm 2022") is its year end.
_YEAR_REVIEWED = re.compile(
    r"\b(?:tổng kết|kết quả|nhìn lại|đánh giá)\b[^.]{0,80}?\bnăm\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)", re.I
)
# A headline reporting what a year reached ("Năm 2023 kinh tế tăng trưởng đứng thứ 8", "hoàn thành 21/25 chỉ tiêu
# đề ra trong năm 2023"), not urging it ("Nỗ lực về đích các chỉ tiêu năm 2022").
_YEAR_REACHED_TITLE = re.compile(
    r"^(?!.*\b(?:nỗ lực|phấn đấu|quyết tâm|để)\b).*?(?:\bnăm\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)"
    r"[^.]{0,60}?\b(?:đạt|tăng trưởng|hoàn thành|vượt)\b|\b(?:đạt|hoàn thành|vượt)\b[^.]{0,60}?"
    r"\b(?:trong\s+)?năm\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d))",
    re.I,
)
UNDATED_YEAR_END = (12, 15)


def estimate_published(sentences: Iterable[str], today: datetime.date | None = None) -> datetime.datetime | None:
    """A date for an article that prints none, from the years it names (None when it names none)."""
    latest = (today or datetime.date.today()).year
    texts = list(sentences)
    years, congresses, terms = set(), set(), set()
    for text in texts:
        for m in find_mentions(text):
            if m.period is None or m.marker == "until":
                continue  # "đến năm 2030" is a deadline, not when the article was written
            if m.period.kind == "annual" and m.period.year <= latest + 1:
                years.add(m.period.year)
            elif m.period.kind == "term" and m.marker != "framing":
                # "Đại hội ... nhiệm kỳ 2020 - 2025" is the congress; "Nghị quyết Đại hội ..." alone is the
                # resolution being carried out, some years into its term.
                (congresses if _CONGRESS_EVENT.search(text) else terms).add(m.period.term[0])
        if _FIRST_CONGRESS.search(text):
            # Only the units formed on 1 July 2025 hold a first congress ("Đại hội ... lần thứ I").
            congresses.add(FIRST_COMMUNE_TERM)
    if congresses and (not years or max(congresses) >= max(years)):
        return datetime.datetime(max(congresses), *UNDATED_CONGRESS)  # the congress of the latest term named
    if not years and terms:
        # Terms named and no year: carrying out the latest term's resolution, about half-way through it.
        return datetime.datetime(max(terms) + UNDATED_TERM_UNDER_WAY, *UNDATED_YEAR_END)
    if not years:
        # Only compared with ("tăng 11,07% so với năm 2021"): the year after is the one under review.
        compared = [int(m.group(1)) for text in texts for m in _COMPARED_WITH.finditer(text)]
        compared = [y for y in compared if y < latest]
        return datetime.datetime(max(compared) + 1, *UNDATED_YEAR_END) if compared else None
    for n, text in enumerate(texts[:3]):  # the headline and the lead
        reviewed = _YEAR_REVIEWED.search(text) or (_YEAR_REACHED_TITLE.search(text) if n == 0 else None)
        if reviewed:
            return datetime.datetime(int(next(g for g in reviewed.groups() if g)), *UNDATED_YEAR_END)
    top = max(years)
    if top - 1 in years:
        return datetime.datetime(top - 1, *UNDATED_YEAR_END)
    return datetime.datetime(top, *UNDATED_MID_YEAR)


def parse_published(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
