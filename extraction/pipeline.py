"""Article → resolutions, targets, achievements and scorecards (format resolution-extraction/1).

Pure Python: no Django, and underthesea only lazily inside the NLP where it earns its cost
(NER when the gazetteer finds no unit at all). `extract_document` walks the article section by
section, paragraph by paragraph, carrying the period in force and whether the text is listing
plans or reporting results, and files every item under its (unit, period) resolution.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extraction.gazetteer import gazetteer_load
from extraction.grammar.article import (
    ANNUAL_EVENT,
    ANNUAL_TITLE,
    CARRYING_OUT_CONGRESS,
    CONGRESS_PLAN,
    MID_TERM,
    OWN_RESOLUTION,
    SEGMENT_END,
    SINCE_RESOLUTION,
    TERM_ARTICLE,
    TERM_EVENT,
    TERM_PLAN,
    YEAR_SETS_TARGETS,
)
from extraction.grammar.periods import PARAGRAPH_TERM
from extraction.nlp import cues
from extraction.nlp.context import estimate_published, main_term_of, parse_published
from extraction.nlp.direction import direction_of
from extraction.nlp.discourse import PARTS_OF_YEAR, TERM_YEARS, Discourse, Period, term_started
from extraction.nlp.gazetteer import Gazetteer
from extraction.nlp.items import (
    AchievementItem,
    ArticleExtraction,
    ResolutionExtraction,
    ScorecardItem,
    TargetItem,
    dedupe,
)
from extraction.nlp.periods import find_mentions
from extraction.nlp.places import outlet_province
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
    lead = next((p.text for p in paragraphs[1:] if not p.is_heading), "")
    discourse = _article_discourse(doc, paragraphs, lead)
    outlet = outlet_province(lead, discourse.structure, doc.text)
    sections = article_sections(doc.text, paragraphs, gazetteer, outlet, discourse.structure)
    walker = _Walker(doc, article, discourse)
    for section in sections:
        walker.walk(section, paragraphs[section.first : section.last + 1])
    walker.finish()
    return article


def _article_discourse(doc: Document, paragraphs: list[Paragraph], lead: str) -> Discourse:
    """What holds for the whole article: its date, its main term, and whether it reviews a year or a term."""
    published = parse_published(doc.published)
    # An undated article still has a "now" for telling results from plans: estimated from its years.
    now = published or estimate_published(s.text for p in paragraphs for s in p.sentences)
    main_term = main_term_of((s.text for p in paragraphs for s in p.sentences), published or now)
    body = [s.text for p in paragraphs[1:] for s in p.sentences]
    term_article = main_term is not None and _is_term_article(doc.title, lead, body, main_term)
    return Discourse(
        published,
        main_term,
        now,
        review=_is_review_article(doc.title, lead),
        term_article=term_article,
        mid_term=term_article and bool(MID_TERM.search(f"{doc.title} {lead}")),
    )


class _Walker:
    """Walks the sections of an article, driving its discourse state, and files what each sentence says."""

    def __init__(self, doc: Document, article: ArticleExtraction, discourse: Discourse):
        self.doc, self.article, self.discourse = doc, article, discourse
        self.resolutions: dict[tuple, ResolutionExtraction] = {}
        self.undated: list[tuple[Section, str, object]] = []

    def walk(self, section: Section, paragraphs: list[Paragraph]) -> None:
        discourse = self.discourse
        discourse.section_open(district_level=section.unit.district is not None)
        for paragraph in paragraphs:
            if paragraph.index == 0 or paragraph.is_heading:
                discourse.paragraph_term = None
                self._heading(section, paragraph)
                continue
            mode = discourse.paragraph_open(paragraph.is_list_item, _paragraph_term(paragraph, discourse.published))
            for sentence in paragraph.sentences:
                self._sentence(section, paragraph, sentence, mode)

    def _heading(self, section: Section, paragraph: Paragraph) -> None:
        """The title (its periods frame the article, a scorecard may be stated only there) or a heading."""
        discourse = self.discourse
        for sentence in paragraph.sentences:
            discourse.advance(find_mentions(sentence.text))
        if paragraph.index == 0:
            discourse.title_period = discourse.current
            # "Năm 2023 hoàn thành 20/23 chỉ tiêu": a scorecard stated only in the headline.
            for sentence in paragraph.sentences:
                self._scorecards(section, sentence, find_mentions(sentence.text), discourse.current)
        elif discourse.seen_body and not _repeats_title(paragraph.text, self.doc.title):
            # A headline-shaped line before the lead (a sapo, the title printed again) is not a
            # section heading: it must not switch the reading of the whole article.
            discourse.heading_read(_heading_mode(paragraph.text))

    def _sentence(self, section: Section, paragraph: Paragraph, sentence, paragraph_mode: str | None) -> None:
        """Read one sentence of the body, then let it set what is in force for the next ones."""
        discourse = self.discourse
        text = sentence.text
        mentions = find_mentions(text)
        mode, intro = self._sentence_mode(text, mentions, paragraph_mode)
        own_year = _own_resolution_year(text)
        base = Period.annual(own_year) if own_year else discourse.current
        ordinal = bool(cues.ORDINAL.match(text))
        if (
            ordinal
            and mode != "target_list"
            and (discourse.lean == "target" or not discourse.is_past(discourse.resolve(mentions, len(text), base)[0]))
        ):
            # "Hai là, công tác tuyển quân đạt 100% kế hoạch" among the tasks of a year to come:
            # the wording of a result does not turn a task into a report.
            mode = "target"
        self._facts(section, text, mentions, base)
        cards = self._scorecards(section, sentence, mentions, base)
        against_term = (
            discourse.term_article
            and not own_year
            and bool(TERM_PLAN.search(text))
            and not _year_carrying_out_term(text, mentions)
        )
        kinds = self._items(section, paragraph, sentence, mentions, mode, base, against_term)
        self._lean_after(text, intro or (ordinal and mode == "target"), cards, kinds, mentions)
        discourse.advance(
            [m for m in mentions if not against_term or m.period is None or discourse.within_term(m.period) is m.period]
        )

    def _facts(self, section: Section, text: str, mentions, base: Period | None) -> None:
        """The target count, the resolution's number and its motto (the term's, in a review of the term)."""
        discourse = self.discourse
        for fact in read_facts(text, district_level=discourse.district_level):
            if fact.name == "motto" and discourse.term_article:
                self._fact(section, discourse.main_term, "slogan", fact.value)
                continue
            period, _ = discourse.resolve(mentions, fact.end, base)
            self._fact(section, period, "slogan" if fact.name == "motto" else fact.name, fact.value)

    def _lean_after(self, text: str, plans: bool, cards: list, kinds: set[str], mentions) -> None:
        """What the paragraph has been doing once a sentence is read: planning when it introduced or listed
        plans (`plans`) or read only targets in plan wording or for a period to come ("Vốn đầu tư ... giai đoạn
        2026-2030 đạt hơn 710 nghìn tỷ đồng"), reporting when it read only results."""
        only_targets = "target" in kinds and not kinds & {"achievement", "result"}
        if plans or (
            only_targets
            and (
                (cues.may_match(cues.TARGET_CUE_NEEDS, text.lower()) and cues.TARGET_CUE.search(text))
                or any(m.period is not None and self.discourse.is_ahead(m.period) for m in mentions)
            )
        ):
            self.discourse.lean = "target"
        elif (cards or kinds & {"achievement", "result"}) and "target" not in kinds:
            self.discourse.lean = "result"

    def _sentence_mode(self, text: str, mentions, mode: str | None) -> tuple[str | None, bool]:
        """Whether a sentence plans or reports (revising the paragraph's lean): (mode, whether it introduces
        targets)."""
        discourse = self.discourse
        found = cues.TARGET_INTRO.search(text) if cues.may_match(cues.TARGET_INTRO_NEEDS, text.lower()) else None
        intro = found is not None and not cues.RESULTS_SUMMARY_BEFORE.search(text, 0, found.start())
        if intro:
            discourse.lean = "target"
            if text.rstrip().endswith(":"):
                discourse.list_mode, mode = True, "target_list"
            elif mode in (None, "target", "target_prose", "result"):
                mode = "target_list"  # "Huyện ủy đề ra 18 chỉ tiêu, trong đó thu ngân sách 100 tỷ đồng"
        if cues.PLAN_LABEL.match(text) and not text.rstrip().endswith(":"):
            mode, discourse.lean = "target_list", "target"
        elif any(m.strong and discourse.resolve([m], m.end)[0] != discourse.current for m in mentions):
            discourse.lean = None  # "Năm 2024, ..." after the year's results starts afresh
        if mode in (None, "target_prose") and discourse.lean:
            mode = discourse.lean
        if mode is None and discourse.reports_by_default():
            # A review reports, and so does a congress about the term ending, unless a sentence plans in
            # its own words ("mục tiêu", "phấn đấu", "đến năm 2030") or lists the plans.
            mode = "result"
        if mode == "result" and discourse.published is not None and _names_a_later_year(mentions, discourse.published):
            mode = None  # "Năm 2025, ..." under a results heading speaks of the year ahead
        return mode, intro

    def _items(
        self,
        section: Section,
        paragraph: Paragraph,
        sentence,
        mentions,
        mode: str | None,
        base: Period | None,
        against_term: bool,
    ) -> set[str]:
        """The targets and results of a sentence, filed under their periods; the kinds read."""
        text = sentence.text
        masks = [
            (a - sentence.start, b - sentence.start) for a, b in paragraph.masks if sentence.start <= a < sentence.end
        ]
        is_past, is_ahead = self._timing(text, mentions, base)
        previous: Reading | None = None
        kinds: set[str] = set()
        for reading in read_sentence(text, mode=mode, is_past=is_past, is_ahead=is_ahead, masks=masks):
            kinds.add(reading.kind)
            period, part = self._reading_period(text, mentions, base, reading, against_term)
            self._reading(section, period, part, reading, previous, sentence)
            previous = reading
        return kinds

    def _timing(self, text: str, mentions, base: Period | None):
        """Whether what is said at a position of the sentence is over, and whether it is still to come."""
        discourse = self.discourse

        def is_past(pos: int) -> bool:
            period, part = discourse.resolve(mentions, pos, base, text)
            # "6 tháng đầu năm", "quý I": only results are reported for part of a year.
            return part in PARTS_OF_YEAR or discourse.is_past(period)

        def is_ahead(pos: int) -> bool:
            # Only what the sentence itself says is to come ("đến năm 2030", "nhiệm kỳ 2025 - 2030"):
            # a congress's new term as the default frame does not make its reports plans.
            quoted = unquoted(text)
            return any(
                m.start < pos and (m.marker == "new_term" or discourse.is_ahead(m.period))
                for m in mentions
                if (m.period is not None or m.marker == "new_term") and quoted[m.start] != " "
            )  # a quoted title's horizon is no plan of the sentence

        return is_past, is_ahead

    def _reading_period(
        self, text: str, mentions, base: Period | None, reading: Reading, against_term: bool
    ) -> tuple[Period | None, str | None]:
        """The period and part of the year an item is filed under."""
        discourse = self.discourse
        period, part = discourse.resolve(mentions, _period_upto(text, reading), base, text)
        if against_term:
            period = discourse.within_term(period)
        if (
            reading.directed
            and not mentions
            and period is not None
            and period.kind == "annual"
            and discourse.is_past(period)
        ):
            # "Đồng chí đề nghị huyện phấn đấu ..." at a year's review: nobody is told to
            # reach a year that is over; the instruction is for the year ahead.
            period = Period.annual(period.year + 1)
        return period, part

    # ------------------------------------------------------------------ items

    def _scorecards(self, section: Section, sentence, mentions, base: Period | None) -> list:
        discourse = self.discourse
        cards = read_scorecards(sentence.text)
        for card in cards:
            period, part = discourse.resolve(mentions, card.start + 1, base)
            if (
                (discourse.term_article and TERM_PLAN.search(sentence.text)) or CONGRESS_PLAN.search(sentence.text)
            ) and not _year_carrying_out_term(sentence.text, mentions):
                # "trong 27 chỉ tiêu Nghị quyết Đại hội đề ra, có 6/27 chỉ tiêu vượt": the term's card
                period = discourse.within_term(period)
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
            period = self.discourse.fallback_period(reported=field in ("achievements", "scorecards"))
            if period is None:
                self.undated.append((section, field, item))
                return
            item.flags.append("period inferred from the publication date")
        if field in ("achievements", "scorecards"):
            # A result said of the term itself ("đến cuối nhiệm kỳ có 20/23", "chỉ tiêu Nghị quyết Đại hội") or
            # at mid-term stays the term's in a year's review.
            of_term = getattr(item, "part", None) == "mid_term" or _said_of_term(item.sentence)
            period = self.discourse.reported_period(
                period, getattr(item, "part", None), of_term=of_term, sentence=item.sentence
            )
        getattr(self._resolution(section, period), field).append(item)

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


def _year_carrying_out_term(text: str, mentions) -> bool:
    """ "Năm 2021 là năm đầu triển khai thực hiện Nghị quyết Đại hội ..., đạt và vượt 23/25 chỉ tiêu": a year
    that opens the sentence and only carries the congress resolution out reports on that year."""
    opens_with_year = any(m.opening and m.period is not None and m.period.kind == "annual" for m in mentions)
    return opens_with_year and len(CARRYING_OUT_CONGRESS.findall(text)) == len(CONGRESS_PLAN.findall(text))


def _names_a_later_year(mentions, published) -> bool:
    """Whether a strong mention names a year after the article's date."""
    return any(
        m.strong and m.period is not None and m.period.kind == "annual" and m.period.year > published.year
        for m in mentions
    )


def _own_resolution_year(text: str) -> int | None:
    m = OWN_RESOLUTION.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _paragraph_term(paragraph: Paragraph, published) -> Period | None:
    """The term a paragraph opens with ("Nhiệm kỳ 2015 - 2020, ..."), which frames all its sentences."""
    m = PARAGRAPH_TERM.match(paragraph.text)
    if (
        m is None
        or int(m.group(2)) - int(m.group(1)) != TERM_YEARS
        or not term_started((int(m.group(1)), int(m.group(2))), published)
    ):
        return None
    return Period.of_term(int(m.group(1)), int(m.group(2)))


def _is_term_article(title: str, lead: str, body: list[str], main_term: tuple[int, int] | None = None) -> bool:
    """An article reviewing a term (its mid-term, its congress), not a year: a year's review or resolution that
    names the term only as its frame ("năm cuối thực hiện Nghị quyết Đại hội ..., nhiệm kỳ 2020 - 2025") is annual."""
    head = f"{title} {lead}"
    if not TERM_ARTICLE.search(head) or any(
        main_term is None or int(m.group(1)) <= main_term[0] + 1 for m in ANNUAL_TITLE.finditer(title)
    ):
        return False  # "Nghị quyết năm 2023", "năm 2025" in a headline is a year's; "đến năm 2030" is the term's goal
    if any(m.part in PARTS_OF_YEAR for text in (title, lead) for m in find_mentions(text)):
        return False  # a review of part of a year ("6 tháng đầu năm") is the year's, whatever term frames it
    if TERM_EVENT.search(head):
        return True
    return not (ANNUAL_EVENT.search(head) or any(YEAR_SETS_TARGETS.search(text) for text in body))


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
    return bool(cues.TERM_WORD.search(sentence) or CONGRESS_PLAN.search(sentence) or SINCE_RESOLUTION.search(sentence))


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
    cut = SEGMENT_END.search(text[q_end : reading.clause_end])
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
