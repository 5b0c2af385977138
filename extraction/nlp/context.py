"""What an article's periods say about the article as a whole: its term, and a date when it prints none.

The period carried from sentence to sentence is part of the article's discourse (`discourse.Discourse`,
still importable here as `PeriodContext`): a strong mention ("Năm 2022, ...", "Nghị quyết Huyện ủy năm
2023", "nhiệm kỳ 2015 - 2020", "Đại hội thống nhất 12 chỉ tiêu") sets the context for what follows; a weak
one ("thu ngân sách năm 2022 đạt ...") only colours its own clause, and inside a term it stays in the term
when the year falls within it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from extraction.grammar.periods import COMPARED_WITH, CONGRESS_EVENT, FIRST_CONGRESS, YEAR_REACHED_TITLE, YEAR_REVIEWED
from extraction.nlp.discourse import (  # noqa: F401 (the undated article's placing, imported from here too)
    FIRST_COMMUNE_TERM,
    TERM_YEARS,
    UNDATED_CONGRESS,
    UNDATED_MID_YEAR,
    UNDATED_TERM_UNDER_WAY,
    UNDATED_YEAR_END,
    Discourse,
    default_term,
    term_started,
)
from extraction.nlp.periods import find_mentions

# The period in force through an article is one part of its discourse state.
PeriodContext = Discourse


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
                (congresses if CONGRESS_EVENT.search(text) else terms).add(m.period.term[0])
        if FIRST_CONGRESS.search(text):
            # Only the units formed on 1 July 2025 hold a first congress ("Đại hội ... lần thứ I").
            congresses.add(FIRST_COMMUNE_TERM)
    if congresses and (not years or max(congresses) >= max(years)):
        return datetime.datetime(max(congresses), *UNDATED_CONGRESS)  # the congress of the latest term named
    if not years and terms:
        # Terms named and no year: carrying out the latest term's resolution, about half-way through it.
        return datetime.datetime(max(terms) + UNDATED_TERM_UNDER_WAY, *UNDATED_YEAR_END)
    if not years:
        # Only compared with ("tăng 11,07% so với năm 2021"): the year after is the one under review.
        compared = [int(m.group(1)) for text in texts for m in COMPARED_WITH.finditer(text)]
        compared = [y for y in compared if y < latest]
        return datetime.datetime(max(compared) + 1, *UNDATED_YEAR_END) if compared else None
    for n, text in enumerate(texts[:3]):  # the headline and the lead
        reviewed = YEAR_REVIEWED.search(text) or (YEAR_REACHED_TITLE.search(text) if n == 0 else None)
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
