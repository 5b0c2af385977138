"""Article → resolutions, targets, achievements and scorecards (format resolution-extraction/1).

Pure Python: no Django, and underthesea only lazily inside the NLP where it earns its cost
(NER when the gazetteer finds no unit at all). `extract_document` walks the article section by
section, paragraph by paragraph, carrying the period in force and whether the text is listing
plans or reporting results, and files every item under its (unit, period) resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extraction.gazetteer import gazetteer_load
from extraction.nlp import cues
from extraction.nlp.context import PeriodContext, estimate_published, main_term_of, parse_published
from extraction.nlp.direction import direction_of
from extraction.nlp.gazetteer import Gazetteer
from extraction.nlp.items import (
    AchievementItem,
    ArticleExtraction,
    ResolutionExtraction,
    ScorecardItem,
    TargetItem,
    dedupe,
)
from extraction.nlp.periods import PARAGRAPH_TERM, TERM_YEARS, Period, find_mentions, term_started
from extraction.nlp.places import era_of, outlet_province
from extraction.nlp.scorecards import read_facts, read_scorecards
from extraction.nlp.sections import Section, article_sections
from extraction.nlp.sentences import Paragraph, split_paragraphs
from extraction.nlp.statements import Reading, read_sentence, unquoted
from extraction.nlp.text import words
from extraction.nlp.themes import has_theme_words, theme_of
from extraction.reader import Document, read_document

__all__ = [
    "extract_document",
    "extract_file",
    "ArticleExtraction",
    "ResolutionExtraction",
    "TargetItem",
    "AchievementItem",
    "ScorecardItem",
]


def extract_file(path: Path | str, gazetteer: Gazetteer | None = None) -> ArticleExtraction:
    """Read and extract one article file (ReadError when it cannot be read)."""
    return extract_document(read_document(Path(path)), gazetteer=gazetteer)


def extract_document(doc: Document, gazetteer: Gazetteer | None = None) -> ArticleExtraction:
    """Everything the article says about resolutions, filed under (unit, period)."""
    gazetteer = gazetteer or gazetteer_load()
    paragraphs = split_paragraphs(doc.text)
    article = ArticleExtraction(doc.source_file, doc.title, doc.published, content_hash=doc.content_hash)
    if not paragraphs:
        article.flags.append("no text")
        return article
    published = parse_published(doc.published)
    # An undated article still has a "now" for telling results from plans: estimated from its years.
    now = published or estimate_published(s.text for p in paragraphs for s in p.sentences)
    lead = next((p.text for p in paragraphs[1:] if not p.is_heading), "")
    main_term = main_term_of((s.text for p in paragraphs for s in p.sentences), published or now)
    era = era_of(published, main_term)
    outlet = outlet_province(lead, era, doc.text)
    sections = article_sections(doc.text, paragraphs, gazetteer, outlet, era)
    walker = _Walker(doc, article, published, main_term)
    walker.now = now
    walker.review_article = _is_review_article(doc.title, lead)
    body = [s.text for p in paragraphs[1:] for s in p.sentences]
    walker.term_article = main_term is not None and _is_term_article(doc.title, lead, body, main_term)
    walker.mid_term_article = walker.term_article and bool(_MID_TERM.search(f"{doc.title} {lead}"))
    for section in sections:
        walker.walk(section, paragraphs[section.first : section.last + 1])
    walker.finish()
    return article


@dataclass
class _Flow:
    """What the walk through a section carries from paragraph to paragraph."""

    district_level: bool
    heading_mode: str | None = None  # what the last heading announced: results, or a list of targets
    list_mode: bool = False  # the list items after "... các chỉ tiêu sau:" go on being plans
    seen_body: bool = False


class _Walker:
    def __init__(self, doc: Document, article: ArticleExtraction, published, main_term):
        self.doc, self.article, self.published, self.main_term = doc, article, published, main_term
        self.resolutions: dict[tuple, ResolutionExtraction] = {}
        self.title_context: Period | None = None
        self.undated: list[tuple[Section, str, object]] = []
        self.term_article = False
        self.now = published
        self.review_article = False
        self.mid_term_article = False

    def walk(self, section: Section, paragraphs: list[Paragraph]) -> None:
        context = PeriodContext(self.published, self.main_term, now=self.now)
        context.current = self.title_context
        flow = _Flow(district_level=section.unit.district is not None)
        for paragraph in paragraphs:
            context.paragraph_term = None
            if paragraph.index == 0 or paragraph.is_heading:
                self._heading(section, paragraph, context, flow)
                continue
            flow.seen_body = True
            context.paragraph_term = _paragraph_term(paragraph, self.published)
            if paragraph.is_list_item and flow.list_mode:
                paragraph_mode = "target_list"
            else:
                flow.list_mode, paragraph_mode = False, flow.heading_mode
                if flow.heading_mode == "target_list" and not paragraph.is_list_item:
                    # Prose under a targets heading plans by default, but its own result wording
                    # ("huyện đã giải quyết việc làm cho ...") still reports.
                    paragraph_mode = "target_prose"
            # What the paragraph has been doing so far (planning or reporting), revised sentence by
            # sentence from each one's own cues, never fixed by a single line.
            lean: str | None = None
            for sentence in paragraph.sentences:
                lean = self._sentence(section, paragraph, sentence, context, flow, paragraph_mode, lean)

    def _heading(self, section: Section, paragraph: Paragraph, context: PeriodContext, flow: _Flow) -> None:
        """The title (its periods frame the article, a scorecard may be stated only there) or a heading."""
        for sentence in paragraph.sentences:
            context.advance(find_mentions(sentence.text))
        if paragraph.index == 0:
            self.title_context = context.current
            # "Năm 2023 hoàn thành 20/23 chỉ tiêu": a scorecard stated only in the headline.
            for sentence in paragraph.sentences:
                self._scorecards(section, sentence, find_mentions(sentence.text), context, context.current)
        elif flow.seen_body and not _repeats_title(paragraph.text, self.doc.title):
            # A headline-shaped line before the lead (a sapo, the title printed again) is not a
            # section heading: it must not switch the reading of the whole article.
            flow.heading_mode = _heading_mode(paragraph.text)
            flow.list_mode = False

    def _sentence(
        self,
        section: Section,
        paragraph: Paragraph,
        sentence,
        context: PeriodContext,
        flow: _Flow,
        paragraph_mode: str | None,
        lean: str | None,
    ) -> str | None:
        """Read one sentence of the body; the paragraph's lean after it."""
        text = sentence.text
        mentions = find_mentions(text)
        mode, lean, intro = self._sentence_mode(text, mentions, paragraph_mode, lean, context, flow)
        own_year = _own_resolution_year(text)
        base = Period.annual(own_year) if own_year else context.current
        ordinal = bool(cues.ORDINAL.match(text))
        if (
            ordinal
            and mode != "target_list"
            and (lean == "target" or not context.is_past(context.resolve(mentions, len(text), base)[0]))
        ):
            # "Hai là, công tác tuyển quân đạt 100% kế hoạch" among the tasks of a year to come:
            # the wording of a result does not turn a task into a report.
            mode = "target"
        for fact in read_facts(text, district_level=flow.district_level):
            if fact.name == "motto" and self.term_article:
                self._fact(section, Period.of_term(*self.main_term), "slogan", fact.value)
                continue
            period, _ = context.resolve(mentions, fact.end, base)
            self._fact(section, period, "slogan" if fact.name == "motto" else fact.name, fact.value)
        cards = self._scorecards(section, sentence, mentions, context, base)
        against_term = (
            self.term_article
            and not own_year
            and bool(_TERM_PLAN.search(text))
            and not _year_carrying_out_term(text, mentions)
        )
        kinds = self._items(section, paragraph, sentence, mentions, mode, base, context, against_term)
        if (
            intro
            or (ordinal and mode == "target")
            or (
                cues.may_match(cues.TARGET_CUE_NEEDS, text.lower())
                and cues.TARGET_CUE.search(text)
                and "target" in kinds
                and not kinds & {"achievement", "result"}
            )
        ):
            lean = "target"
        elif (cards or kinds & {"achievement", "result"}) and "target" not in kinds:
            lean = "result"
        context.advance(
            [m for m in mentions if not against_term or m.period is None or self._within_term(m.period) is m.period]
        )
        return lean

    def _sentence_mode(
        self, text: str, mentions, mode: str | None, lean: str | None, context: PeriodContext, flow: _Flow
    ) -> tuple[str | None, str | None, bool]:
        """Whether a sentence plans or reports: (mode, the paragraph's lean, whether it introduces targets)."""
        found = cues.TARGET_INTRO.search(text) if cues.may_match(cues.TARGET_INTRO_NEEDS, text.lower()) else None
        intro = found is not None and not cues.RESULTS_SUMMARY_BEFORE.search(text, 0, found.start())
        if intro:
            lean = "target"
            if text.rstrip().endswith(":"):
                flow.list_mode, mode = True, "target_list"
            elif mode in (None, "target", "target_prose", "result"):
                mode = "target_list"  # "Huyện ủy đề ra 18 chỉ tiêu, trong đó thu ngân sách 100 tỷ đồng"
        if cues.PLAN_LABEL.match(text) and not text.rstrip().endswith(":"):
            mode, lean = "target_list", "target"
        elif any(m.strong and context.resolve([m], m.end)[0] != context.current for m in mentions):
            lean = None  # "Năm 2024, ..." after the year's results starts afresh
        if mode in (None, "target_prose") and lean:
            mode = lean
        if mode is None and (self.review_article or (self.now is not None and self._at_congress_of(self.now))):
            # A review reports, and so does a congress about the term ending, unless a sentence plans in
            # its own words ("mục tiêu", "phấn đấu", "đến năm 2030") or lists the plans.
            mode = "result"
        if (
            mode == "result"
            and self.published is not None
            and any(
                m.strong and m.period is not None and m.period.kind == "annual" and m.period.year > self.published.year
                for m in mentions
            )
        ):
            mode = None  # "Năm 2025, ..." under a results heading speaks of the year ahead
        return mode, lean, intro

    def _items(
        self,
        section: Section,
        paragraph: Paragraph,
        sentence,
        mentions,
        mode: str | None,
        base: Period | None,
        context: PeriodContext,
        against_term: bool,
    ) -> set[str]:
        """The targets and results of a sentence, filed under their periods; the kinds read."""
        text = sentence.text
        masks = [
            (a - sentence.start, b - sentence.start) for a, b in paragraph.masks if sentence.start <= a < sentence.end
        ]

        def is_past(pos: int) -> bool:
            period, part = context.resolve(mentions, pos, base, text)
            # "6 tháng đầu năm", "quý I": only results are reported for part of a year.
            return part in ("q1", "h1", "m9") or context.is_past(period)

        def is_ahead(pos: int) -> bool:
            # Only what the sentence itself says is to come ("đến năm 2030", "nhiệm kỳ 2025 - 2030"):
            # a congress's new term as the default frame does not make its reports plans.
            quoted = unquoted(text)
            return any(
                m.start < pos and (m.marker == "new_term" or context.is_ahead(m.period))
                for m in mentions
                if (m.period is not None or m.marker == "new_term") and quoted[m.start] != " "
            )  # a quoted title's horizon is no plan of the sentence

        previous: Reading | None = None
        kinds: set[str] = set()
        for reading in read_sentence(text, mode=mode, is_past=is_past, is_ahead=is_ahead, masks=masks):
            kinds.add(reading.kind)
            period, part = context.resolve(mentions, _period_upto(text, reading), base, text)
            if against_term:
                period = self._within_term(period)
            if (
                reading.directed
                and not mentions
                and period is not None
                and period.kind == "annual"
                and context.is_past(period)
            ):
                # "Đồng chí đề nghị huyện phấn đấu ..." at a year's review: nobody is told to
                # reach a year that is over; the instruction is for the year ahead.
                period = Period.annual(period.year + 1)
            self._reading(section, period, part, reading, previous, sentence)
            previous = reading
        return kinds

    def _within_term(self, period: Period | None) -> Period | None:
        """In a review of a term, a year inside it that dates a result against the term's plan ("năm 2022
        đã đạt ..., bằng 85,6% chỉ tiêu Nghị quyết Đại hội") stays under the term's resolution."""
        main = self.main_term
        if period is None or period.kind != "annual" or main is None:
            return period
        if main[0] < period.year <= main[1] or (period.year == main[0] and not self._at_congress()):
            return Period.of_term(*main)
        if main[0] - 5 < period.year <= main[0] and self._at_congress():
            # At the congress, the years under review belong to the term just ended.
            return Period.of_term(main[0] - 5, main[0])
        return period

    def _at_congress(self) -> bool:
        return self.published is not None and self.main_term is not None and self.published.year <= self.main_term[0]

    # ------------------------------------------------------------------ items

    def _scorecards(self, section: Section, sentence, mentions, context: PeriodContext, base: Period | None) -> list:
        cards = read_scorecards(sentence.text)
        for card in cards:
            period, part = context.resolve(mentions, card.start + 1, base)
            if (
                (self.term_article and _TERM_PLAN.search(sentence.text)) or _CONGRESS_PLAN.search(sentence.text)
            ) and not _year_carrying_out_term(sentence.text, mentions):
                # "trong 27 chỉ tiêu Nghị quyết Đại hội đề ra, có 6/27 chỉ tiêu vượt": the term's card
                period = self._within_term(period)
            item = ScorecardItem(
                card.total,
                card.met_or_exceeded,
                card.exceeded,
                card.nearly_met,
                card.not_met,
                sentence.text,
                sentence.start,
                sentence.end,
                part=part,
            )
            self._add(section, period, "scorecards", item)
        return cards

    def _reading(
        self,
        section: Section,
        period: Period | None,
        part: str | None,
        reading: Reading,
        previous: Reading | None,
        sentence,
    ) -> None:
        q = reading.quantity
        theme_text = cues.SECTION_LABEL.sub("", reading.clause)
        indicator = reading.indicator
        if previous is not None and not has_theme_words(theme_text):
            # "…, chỉ tiêu địa phương phấn đấu 5.000 tỷ đồng": the clause continues the previous one.
            theme_text = cues.SECTION_LABEL.sub("", previous.clause) + " " + theme_text
            indicator = f"{previous.indicator}, {indicator}".strip(", ")
        theme = theme_of(theme_text, q.unit if q else None)
        common = dict(sentence=sentence.text, start=sentence.start, end=sentence.end, phrase=reading.clause.strip())
        if reading.kind == "target" and q is not None:
            self._add(section, period, "targets", _target_item(indicator, q, reading, theme, common))
            return
        if reading.kind == "result":
            # A figure reported in a review without a plan in sight ("tổng vốn đầu tư toàn xã hội 145 tỷ
            # đồng") is still what was reached: a result with no plan, kept for staff to match.
            reading.rules.append("reported_result")
        elif reading.kind != "achievement":
            return
        year = period.year if period is not None and period.kind == "annual" else None
        item = AchievementItem(
            indicator,
            q.value if q else None,
            reading.planned,
            reading.percent_of_plan,
            q.unit if q else None,
            theme,
            part=part or ("term" if period and period.kind == "term" else "year"),
            year=year,
            rules=list(reading.rules),
            **common,
        )
        self._add(section, period, "achievements", item)
        if reading.plan is not None and q is not None:
            target = _target_item(indicator, reading.plan, reading, theme, common, derived=True)
            self._add(section, period, "targets", target)

    def _fact(self, section: Section, period: Period | None, name: str, value) -> None:
        if period is None:
            self.undated.append((section, name, value))
            return
        resolution = self._resolution(section, period, create=name != "number")
        if resolution is None:
            return
        if name == "target_count":
            resolution.target_count = value
        elif name == "slogan":
            resolution.slogan = resolution.slogan or value
        elif name == "number":
            resolution.number = resolution.number or value

    def _add(self, section: Section, period: Period | None, field: str, item) -> None:
        if period is None:
            period = self._fallback_period(reported=field in ("achievements", "scorecards"))
            if period is None:
                self.undated.append((section, field, item))
                return
            item.flags.append("period inferred from the publication date")
        if field in ("achievements", "scorecards"):
            # A result said of the term itself ("đến cuối nhiệm kỳ có 20/23", "chỉ tiêu Nghị quyết Đại hội") or
            # at mid-term stays the term's in a year's review.
            of_term = getattr(item, "part", None) == "mid_term" or _said_of_term(item.sentence)
            period = self._reported_period(period, getattr(item, "part", None), of_term=of_term, sentence=item.sentence)
        getattr(self._resolution(section, period), field).append(item)

    def _reported_period(
        self, period: Period, part: str | None = None, of_term: bool = False, sentence: str | None = None
    ) -> Period:
        """What is reported at a congress was reached in the term that ends there: results never belong to a
        term only just begun, nor to the congress year itself ("năm 2025 ... đạt" read out at the 2025 congress)."""
        now = self.now
        if now is None:
            return period
        reviewed = now.year if now.month > 6 else now.year - 1
        if (
            period.kind == "annual"
            and period.year > now.year
            and sentence is not None
            and cues.RESULT_PAST.search(sentence)
        ):
            # "Tỉnh đã thu hút 75.767 tỷ đồng" after next year's tasks were named: nothing was reached in a
            # year still to come.
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
        if not self._at_congress_of(now):
            if (
                self.mid_term_article
                and period.kind == "annual"
                and self.main_term is not None
                and part not in ("q1", "h1", "m9")
                and not of_term
                and self.main_term[0] < period.year <= self.main_term[1]
            ):
                # A mid-term review reports each year's figure as the term's progress.
                return Period.of_term(*self.main_term)
            return period
        start = self.main_term[0]
        if (period.kind == "term" and period.term[0] >= start) or (
            period.kind == "annual" and period.year == start and self.term_article
        ):
            return Period.of_term(start - TERM_YEARS, start)
        return period

    def _at_congress_of(self, now) -> bool:
        return self.main_term is not None and now.year == self.main_term[0] and self.term_article

    def _fallback_period(self, reported: bool = False) -> Period | None:
        if self.title_context is not None:
            return self.title_context
        now = self.now  # the publication date, or the one estimated from the years the text names
        if now is not None:
            if reported and now.month <= 6:
                # Results with no period of their own, published in the first half of a year ("Đảng ủy
                # phường hoàn thành 9/9 chỉ tiêu" in January): the year just reviewed.
                return Period.annual(now.year - 1)
            return Period.annual(now.year)
        return None

    def _resolution(self, section: Section, period: Period, create: bool = True) -> ResolutionExtraction | None:
        unit = section.unit
        key = (unit.province, unit.district, unit.commune, period.kind, period.year, period.term)
        if key not in self.resolutions:
            if not create:
                return None
            self.resolutions[key] = ResolutionExtraction(
                province=unit.province,
                district=unit.district,
                kind=period.kind,
                year=period.year,
                term=list(period.term) if period.term else None,
                district_kind=unit.district_kind,
                commune=unit.commune,
                structure=unit.structure,
                flags=list(unit.flags),
            )
        return self.resolutions[key]

    def finish(self) -> None:
        for resolution in self.resolutions.values():
            dedupe(resolution)
            if resolution.target_count is None and resolution.scorecards:
                resolution.target_count = resolution.scorecards[0].total
            if resolution.province is None:
                resolution.flags.append("no unit found")
        kept = [
            r
            for r in self.resolutions.values()
            if r.targets or r.achievements or r.scorecards or r.target_count or r.slogan
        ]
        # A resolution of no unit found can be filed nowhere: it is kept apart ("unplaced") for staff to see,
        # never passed off as a resolution.
        self.article.resolutions = [r for r in kept if r.province]
        self.article.unplaced = [r for r in kept if not r.province]
        if self.undated:
            self.article.flags.append(f"no period found for {len(self.undated)} item(s)")
        if not self.article.resolutions:
            self.article.flags.append("no resolution found")
        if self.article.unplaced:
            self.article.flags.append("no unit found")


# A review of a term: at mid-term ("sơ kết giữa nhiệm kỳ") or at its congress.
_TERM_ARTICLE = re.compile(
    r"\b(?:giữa|nửa|cuối|hết|cả)\s+nhiệm kỳ|\bĐại hội(?: đại biểu)? Đảng bộ|"
    r"\bnhiệm kỳ\s+(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d",
    re.I,
)
_MID_TERM = re.compile(r"\b(?:giữa|nửa)\s+nhiệm kỳ\b", re.I)
# The term itself as the event: its mid-term review, its closing review, its congress.
_TERM_EVENT = re.compile(
    r"\b(?:giữa|nửa)\s+nhiệm kỳ|\b(?:sơ kết|tổng kết)\s+(?:cả\s+)?nhiệm kỳ|"
    r"(?<!Nghị quyết )(?<!NQ )\bĐại hội(?: đại biểu)? Đảng bộ[^.;]{0,100}?"
    r"\b(?:khai mạc|bế mạc|diễn ra|thành công|tổ chức|nhiệm kỳ)",
    re.I,
)
# A year's review or resolution: "đánh giá kết quả năm 2024", "hội nghị tổng kết năm", "Nghị quyết về nhiệm vụ
# năm 2025" (the congress term named beside it, "năm cuối thực hiện Nghị quyết Đại hội", is only its frame).
_ANNUAL_EVENT = re.compile(
    r"\b(?:đánh giá|tổng kết|kiểm điểm)\s+(?:công tác\s+|tình hình\s+)?(?:kết quả\s+)?"
    r"(?:thực hiện\s+)?(?:(?:các\s+)?nhiệm vụ\s+|Nghị quyết\s+)?năm\b(?!\s*(?:19|20)\d\d\s*[-–—])|"
    r"\b(?:Nghị quyết|NQ)\s+(?:về\s+)?(?:nhiệm vụ|phương hướng|mục tiêu)[^.;]{0,30}?\bnăm\s+(?:19|20)\d\d\b"
    r"(?!\s*[-–—]\s*\d)",
    re.I,
)
# "Năm 2025, Thị ủy xác định 19 chỉ tiêu chủ yếu": the year's own set of targets.
_YEAR_SETS_TARGETS = re.compile(
    r"^\W*Năm\s+(?:19|20)\d\d\s*,\s*(?:[^.,;]{0,40}?\s)?(?:xác định|đề ra|thông qua)\s+\d+\s+"
    r"(?:nhóm\s+)?chỉ tiêu",
    re.I,
)
_ANNUAL_TITLE = re.compile(r"\b(?:năm|Nghị quyết|NQ)\s+((?:19|20)\d\d)\b(?!\s*[-–—])", re.I)
# The congress resolution named as what the targets were set by: the term's, whatever kind of article.
_CONGRESS_PLAN = re.compile(r"\b(?:Nghị quyết|NQ)\s+Đại hội\b", re.I)
_CARRYING_OUT = re.compile(
    r"\b(?:thực hiện|triển khai|quán triệt)\s+(?:thắng lợi\s+)?(?:các\s+)?(?:Nghị quyết|NQ)\s+Đại hội\b", re.I
)


def _year_carrying_out_term(text: str, mentions) -> bool:
    """ "Năm 2021 là năm đầu triển khai thực hiện Nghị quyết Đại hội ..., đạt và vượt 23/25 chỉ tiêu": a year
    that opens the sentence and only carries the congress resolution out reports on that year."""
    opens_with_year = any(m.opening and m.period is not None and m.period.kind == "annual" for m in mentions)
    return opens_with_year and len(_CARRYING_OUT.findall(text)) == len(_CONGRESS_PLAN.findall(text))


# "Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU": results counted since a term-long resolution began.
_SINCE_RESOLUTION = re.compile(
    r"\b(?:sau|qua)\s+\d+\s+năm\s+(?:triển khai\s+)?(?:thực hiện\s+)?(?:Nghị quyết|NQ)\b", re.I
)
# The term's own plan named as what a result is measured against.
_TERM_PLAN = re.compile(
    r"\b(?:Nghị quyết|NQ)\s+Đại hội|\b(?:chỉ tiêu|mục tiêu)\s+(?:Nghị quyết|NQ)\b(?!\s+(?:năm|\d))|\b(?:mục tiêu|chỉ tiêu)\s+(?:cả\s+)?nhiệm kỳ|"
    r"\b(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:đề ra\s+)?đến (?:hết |cuối )?năm (?:19|20)\d\d",
    re.I,
)


# "Riêng năm 2023, Nghị quyết Huyện ủy đề ra ...", "Nghị quyết Huyện ủy năm 2023", "Nghị quyết năm 2023": the year's
# own resolution, not the congress's (Nghị quyết Đại hội), even inside a review of the term.
_OWN_RESOLUTION = re.compile(
    r"\bnăm\s+((?:19|20)\d\d)\s*,\s*(?:[^.;,]{0,30}?\s)?(?:Nghị quyết|NQ)\s+(?:của\s+)?"
    r"(?:Ban Thường vụ\s+)?(?:Huyện|Tỉnh|Thị|Thành|Quận)\s*(?:ủy|uỷ)\b|"
    r"\b(?:Nghị quyết|NQ)\s+(?:của\s+)?(?:(?:Huyện|Tỉnh|Thị|Thành|Quận)\s*(?:ủy|uỷ)\s+)?"
    r"năm\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)",
    re.I,
)


def _own_resolution_year(text: str) -> int | None:
    m = _OWN_RESOLUTION.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _paragraph_term(paragraph: Paragraph, published) -> Period | None:
    """The term a paragraph opens with ("Nhiệm kỳ 2015 - 2020, ..."), which frames all its sentences."""
    m = PARAGRAPH_TERM.match(paragraph.text)
    if (
        m is None
        or int(m.group(2)) - int(m.group(1)) != 5
        or not term_started((int(m.group(1)), int(m.group(2))), published)
    ):
        return None
    return Period.of_term(int(m.group(1)), int(m.group(2)))


def _is_term_article(title: str, lead: str, body: list[str], main_term: tuple[int, int] | None = None) -> bool:
    """An article reviewing a term (its mid-term, its congress), not a year: a year's review or resolution that
    names the term only as its frame ("năm cuối thực hiện Nghị quyết Đại hội ..., nhiệm kỳ 2020 - 2025") is annual."""
    head = f"{title} {lead}"
    if not _TERM_ARTICLE.search(head) or any(
        main_term is None or int(m.group(1)) <= main_term[0] + 1 for m in _ANNUAL_TITLE.finditer(title)
    ):
        return False  # "Nghị quyết năm 2023", "năm 2025" in a headline is a year's; "đến năm 2030" is the term's goal
    if any(m.part in ("q1", "h1", "m9") for text in (title, lead) for m in find_mentions(text)):
        return False  # a review of part of a year ("6 tháng đầu năm") is the year's, whatever term frames it
    if _TERM_EVENT.search(head):
        return True
    return not (_ANNUAL_EVENT.search(head) or any(_YEAR_SETS_TARGETS.search(text) for text in body))


def _target_item(indicator: str, quantity, reading: Reading, theme: str, common: dict, derived: bool = False):
    """A target read from a quantity (the item's own, or a plan quoted beside a result: `derived`)."""
    rules = [*reading.rules, "plan_quoted_beside_result"] if derived else list(reading.rules)
    return TargetItem(
        indicator,
        quantity.value,
        quantity.value_max,
        quantity.unit,
        direction_of(reading.clause, quantity),
        theme,
        bound=quantity.bound,
        derived=derived,
        rules=rules,
        **common,
    )


@lru_cache(maxsize=512)
def _said_of_term(sentence: str) -> bool:
    """A result said of the term itself: "đến cuối nhiệm kỳ", "chỉ tiêu Nghị quyết Đại hội", "sau 2 năm thực
    hiện Nghị quyết số 01-NQ/TU"."""
    return bool(
        cues.TERM_WORD.search(sentence) or _CONGRESS_PLAN.search(sentence) or _SINCE_RESOLUTION.search(sentence)
    )


def _is_review_article(title: str, lead: str) -> bool:
    """A review of a year, part of a year or a term: named so in the headline or lead, not a plan being set."""
    if cues.PLAN_EVENT.search(title) and not cues.REVIEW_EVENT.search(title):
        return False
    return bool(cues.REVIEW_EVENT.search(f"{title} {lead}"))


def _period_upto(text: str, reading: Reading) -> int:
    """Where the periods that govern an item stop: the end of its comma-delimited segment.

    "thu ngân sách đạt 300 tỷ đồng năm 2022" is dated by its year; in "xây dựng 3 xã ..., làm nền
    tảng để năm 2025 huyện đạt chuẩn" the year named in passing after the comma dates another clause.
    """
    if reading.quantity is None:
        return max(reading.clause_start, reading.clause_end - 1)
    q_end = reading.quantity.end
    cut = re.search(r"[,;]", text[q_end : reading.clause_end])
    return q_end + cut.start() if cut else max(q_end, reading.clause_end - 1)


def _repeats_title(line: str, title: str) -> bool:
    """The headline printed again in the body (possibly shortened or with a kicker)."""
    a, b = set(words(line)), set(words(title))
    return bool(a) and len(a & b) / len(a) >= 0.7


def _heading_mode(text: str) -> str | None:
    if cues.HEADING_RESULTS.search(text):
        return "result"
    if cues.HEADING_TARGETS.search(text):
        return "target_list"
    return None
