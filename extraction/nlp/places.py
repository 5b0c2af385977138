"""Administrative units an article speaks of: mentions, sections and the unit of each section.

A mention is a gazetteer name in the text, with or without its prefix ("huyện Chợ Lách",
"Huyện ủy Chợ Lách", "Đảng bộ tỉnh Bến Tre", a bare "Krông Pắc" in a title). A district
missing from the gazetteer but written "huyện X" is still a mention, marked `added`.

Which structure a mention belongs to follows the article's date (`era`): before 1 July 2025 a
"huyện" is a district and "xã X" no unit of ours; from then on a province named is one of the 34
(a former province gives the merged one), "xã / phường / đặc khu X" is a commune of 2025 and a
district is only a former one ("huyện D cũ"), evidence for which commune is meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from re import Match

from extraction.grammar.places import (
    CITY_PREFIX,
    COMMITTEE_PREFIX,
    COMMUNE_COMMITTEE_PREFIX,
    COMMUNE_PREFIX,
    DISTRICT_PREFIX,
    DISTRICT_WORD,
    FORMED_FROM_BEFORE,
    FORMER_AFTER,
    HO_CHI_MINH_THE_MAN_BEFORE,
    NAME_GAP,
    NAME_WORD,
    NOT_A_UNIT_PREFIX,
    OUTLET,
    PAPER_NAMED,
    PERSON_BEFORE,
    PROVINCE_AFTER_COMMA,
    PROVINCE_IN_BRACKETS,
    PROVINCE_PREFIX,
)
from extraction.grammar.places import SECTION_START as SECTION_START  # the sections' walk reads them from here
from extraction.grammar.places import SECTION_START_2025 as SECTION_START_2025
from extraction.lexicon import load as lexicon_load
from extraction.nlp.discourse import era_of as era_of  # the structure in force by date, kept importable here
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM, AdminUnit, Gazetteer
from extraction.nlp.text import WORD, key, word_key

_COMMUNE_KINDS = {"xã": "xa", "phường": "phuong", "đặc khu": "dac_khu", "p.": "phuong"}
# A capitalised word that opens a sentence of its own, never the last word of a name: "huyện Ia Ba Sáng 12/7".
_NOT_NAME_TAIL = {
    "ngày",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "hôm",
    "tháng",
    "quý",
    "năm",
    "sau",
    "trước",
    "trong",
    "theo",
    "tại",
    "với",
    "đến",
    "từ",
    "qua",
    "khi",
    "đây",
    "đó",
    "vừa",
    "mới",
}
# A family name opening a run of capitalised words that is no unit's name ("Trần Văn Lâm" is no "Văn Lâm").
SURNAMES = frozenset(
    word_key(w)
    for w in (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đào Đoàn Lương Trương "
        "Lưu Tạ Phùng Quách Vương Kiều Khổng Mạc Đàm Lục Nông Lò Hầu Giàng Sùng Thào Vàng Lường Triệu Tống Hứa "
        "Doãn Nghiêm Vi Lã Khúc Âu Bế Thân Tôn Hà Mai Cao Lâm Châu Thái Tô Chu La Đồng Lại Mẫn Ninh"
    ).split()
)
# Words that open no district's name after "huyện": "huyện ủy", "huyện Đoàn", "huyện NTM".
_NOT_NAME_WORDS = {"ủy", "uỷ", "đảng", "ban", "hội", "đoàn", "nông", "ntm", "nq", "ubnd"}


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    units: list[AdminUnit]  # candidates after the prefix is taken into account
    prefixed: bool = False  # written with huyện / tỉnh / Huyện ủy …
    committee: bool = False  # "Huyện ủy X", "Đảng bộ tỉnh X", "Đảng ủy xã X"
    added: bool = False  # not in the gazetteer, written "huyện X"
    paren_province: str | None = None  # "huyện Bá Thước (Thanh Hóa)", "(tỉnh Long An)", "xã X, tỉnh Y"
    former: bool = False  # a unit of before the reform named in an article after it ("huyện D cũ", "các xã A, B")

    @property
    def is_district(self) -> bool:
        return bool(self.units) and not self.units[0].is_province and not self.units[0].is_commune

    @property
    def is_commune(self) -> bool:
        return bool(self.units) and self.units[0].is_commune

    @property
    def name(self) -> str:
        return self.units[0].name if self.units else self.text


@dataclass
class UnitChoice:
    """The unit a section's statements belong to."""

    province: str | None
    district: str | None
    district_kind: str | None = None
    flags: list[str] = field(default_factory=list)
    commune: str | None = None  # a commune, ward or special zone of 2025 (district is then None)
    structure: str = BEFORE_REFORM  # "2025": the province is one of the 34


def find_mentions(
    text: str, gazetteer: Gazetteer, start: int = 0, end: int | None = None, era: str = BEFORE_REFORM
) -> list[PlaceMention]:
    """Unit mentions in text[start:end], longest name first, offsets into `text`."""
    end = len(text) if end is None else end
    found = _gazetteer_mentions(text, gazetteer, start, end, era)
    if era == AFTER_REFORM:
        found.extend(_commune_mentions(text, start, end, gazetteer))
    else:
        found.extend(_added_mentions(text, start, end, gazetteer, found))
    return sorted(found, key=lambda m: m.start)


def _gazetteer_mentions(text: str, gazetteer: Gazetteer, start: int, end: int, era: str) -> list[PlaceMention]:
    """The provinces and districts of the gazetteer named in text[start:end], read left to right."""
    tokens = list(WORD.finditer(text, start, end))
    run = _capitalised_runs(text, tokens)
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        if not run[i]:
            i += 1
            continue
        taken, mention = _mention_at(text, tokens, run, i, gazetteer, era)
        if mention is not None:
            found.append(mention)
        i += taken
    return found


def _capitalised_runs(text: str, tokens: list[Match[str]]) -> list[int]:
    """run[i]: capitalised tokens from i on, joined only by spaces or hyphens — the longest span a
    name starting at i can take. Computed once instead of re-checking every span of every length."""
    run = [0] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].group(0)[0].isupper():
            joined = (
                i + 1 < len(tokens) and run[i + 1] and NAME_GAP.fullmatch(text, tokens[i].end(), tokens[i + 1].start())
            )
            run[i] = 1 + (run[i + 1] if joined else 0)
    return run


def _mention_at(
    text: str, tokens: list[Match[str]], run: list[int], i: int, gazetteer: Gazetteer, era: str
) -> tuple[int, PlaceMention | None]:
    """The mention of the name opening at the capitalised token i, if any, and how many tokens to pass."""
    tok = tokens[i]
    first_key = word_key(tok.group(0))
    if first_key not in gazetteer.first_words:
        return _passed_over(run, i, first_key), None
    if PERSON_BEFORE.search(text, max(0, tok.start() - 24), tok.start()):
        return run[i], None  # "đồng chí Hoài Đức", "Ông Hoài Đức", "Chủ tịch Hồ Chí Minh": a person
    hit = _longest_name(text, tokens, i, run[i], gazetteer)
    if hit is None:
        return _passed_over(run, i, first_key), None
    n, units = hit
    a, b = tok.start(), tokens[i + n - 1].end()
    if units[0].name == "Hồ Chí Minh" and HO_CHI_MINH_THE_MAN_BEFORE.search(text, max(0, a - 24), a):
        return n, None
    mention = _with_prefix(text, a, b, units, gazetteer, era)
    if mention is not None:
        mention.paren_province = _province_after(text, b, gazetteer, era)
    return n, mention


def _passed_over(run: list[int], i: int, first_key: str) -> int:
    """How many tokens to pass when the capitalised token i opens no unit: the whole run when a family name
    opens it ("Trần Văn Lâm": a person's name, none of whose words opens a unit), else the token alone."""
    opens_run = i == 0 or run[i - 1] != run[i] + 1
    return run[i] if opens_run and first_key in SURNAMES and run[i] > 1 else 1


def _longest_name(
    text: str, tokens: list[Match[str]], i: int, run_length: int, gazetteer: Gazetteer
) -> tuple[int, list[AdminUnit]] | None:
    """The longest gazetteer name opening at token i within its run: its length in tokens and its units."""
    for n in range(min(gazetteer.max_words, len(tokens) - i, run_length), 0, -1):
        units = gazetteer.lookup_key(_name_key(text, tokens[i].start(), tokens[i + n - 1].end()))
        if units:
            return n, units
    return None


def _name_key(text: str, a: int, b: int) -> str:
    """The lookup key of the name text[a:b]; the papers print "H’leo" where the gazetteer has "H'leo"."""
    return key(text[a:b].replace("’", "'"))


def _words_after(text: str, pos: int, most: int, stop: set[str] | frozenset[str] = frozenset()) -> list[Match[str]]:
    """The capitalised words (NAME_WORD matches) that follow `pos` on its line, at most `most`; a word of `stop`
    after the first one ends the name."""
    words: list[Match[str]] = []
    while len(words) < most and (w := NAME_WORD.match(text, pos)) and w.group(1)[0].isupper():
        if words and w.group(1).lower() in stop:
            break
        words.append(w)
        pos = w.end()
    return words


def _in_era(units: list[AdminUnit], gazetteer: Gazetteer, era: str) -> list[AdminUnit]:
    """The units of the structure in force: after the reform a province is one of the 34 (a former
    province stands for its merged one); before it, no unit of 2025."""
    if era != AFTER_REFORM:
        return [u for u in units if u.system != AFTER_REFORM]
    out: list[AdminUnit] = []
    for u in units:
        if u.is_province and u.system != AFTER_REFORM:
            u = gazetteer.province(u.name, AFTER_REFORM)
        if u is not None and u not in out:
            out.append(u)
    return out


def _with_prefix(
    text: str, a: int, b: int, units: list[AdminUnit], gazetteer: Gazetteer, era: str = BEFORE_REFORM
) -> PlaceMention | None:
    """The mention of the gazetteer name text[a:b], its units narrowed by the prefix written before it
    (None when the prefix says it is no unit of ours or none of its units has the level named)."""
    before = text[max(0, a - 24) : a]
    if NOT_A_UNIT_PREFIX.search(before):
        return None
    units = _in_era(units, gazetteer, era)
    provinces = [u for u in units if u.is_province]
    districts = [u for u in units if not u.is_province]
    committee = bool(COMMITTEE_PREFIX.search(before))
    former = era == AFTER_REFORM
    name = text[a:b]
    if DISTRICT_PREFIX.search(before):
        chosen = [u for u in districts if u.kind != "thanh_pho"] or districts
        return PlaceMention(a, b, name, chosen, True, committee, former=former) if chosen else None
    if CITY_PREFIX.search(before):
        cities = [u for u in provinces if u.kind == "thanh_pho_tw"]
        if former and cities:  # "thành phố Huế" in 2026 is the centrally-run city
            return PlaceMention(a, b, name, cities, True, committee)
        chosen = [u for u in districts if u.kind == "thanh_pho"] or cities
        return (
            PlaceMention(a, b, name, chosen, True, committee, former=former and not chosen[0].is_province)
            if chosen
            else None
        )
    if PROVINCE_PREFIX.search(before):
        return PlaceMention(a, b, name, provinces, True, committee) if provinces else None
    # A bare name that is also a province's is the province ("Bến Tre", not the city).
    if provinces:
        return PlaceMention(a, b, name, provinces, False, False)
    return PlaceMention(a, b, name, districts, False, False, former=former) if districts else None


def _province_after(text: str, pos: int, gazetteer: Gazetteer, era: str = BEFORE_REFORM) -> str | None:
    """The province written right after a name, in brackets or after a comma."""
    window = text[pos : pos + 40]
    m = PROVINCE_IN_BRACKETS.match(window)
    if m is None:
        m = PROVINCE_AFTER_COMMA.match(window)
        if m and not all(w[0].isupper() for w in m.group(1).split()):
            return None
    if m is None:
        return None
    unit = gazetteer.province(m.group(1).strip(), era)
    return unit.name if unit else None


def _commune_mentions(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Communes, wards and special zones of 2025 written with their prefix."""
    out = []
    for m in COMMUNE_PREFIX.finditer(text, start, end):
        words = _words_after(text, m.end(), gazetteer.commune_max_words)
        kind = _COMMUNE_KINDS[m.group("kind").lower()]
        for n in range(len(words), 0, -1):
            a, b = words[0].start(1), words[n - 1].end(1)
            units = gazetteer.communes_key(_name_key(text, a, b))
            units = [u for u in units if u.kind == kind] or units
            if not units:
                continue
            before = text[max(0, m.start() - 90) : m.start()]
            former = bool(FORMED_FROM_BEFORE.search(before) or FORMER_AFTER.match(text, b))
            committee = bool(COMMUNE_COMMITTEE_PREFIX.search(before))
            mention = PlaceMention(a, b, text[a:b], units, True, committee, former=former)
            mention.paren_province = _province_after(text, b, gazetteer, AFTER_REFORM)
            out.append(mention)
            break
    return out


def _added_mentions(
    text: str, start: int, end: int, gazetteer: Gazetteer, known: list[PlaceMention]
) -> list[PlaceMention]:
    """Districts written "huyện X" that the gazetteer does not know."""
    covered = [(m.start, m.end) for m in known]
    out = []
    for m in DISTRICT_WORD.finditer(text, start, end):
        matches = _words_after(text, m.end(), 4, stop=_NOT_NAME_TAIL)
        words = [w.group(1) for w in matches]
        if not words or not _may_be_district_name(words):
            continue
        name = " ".join(words)
        name_start = m.end()
        if any(a <= name_start < b for a, b in covered) or gazetteer.lookup(name):
            continue
        kind = {"huyện": "huyen", "quận": "quan", "thị xã": "thi_xa"}[m.group("kind").lower()]
        unit = AdminUnit(name=name, kind=kind, province=None, origin="added")
        end_at = matches[-1].end()
        mention = PlaceMention(name_start, end_at, name, [unit], True, False, added=True)
        mention.paren_province = _province_after(text, end_at, gazetteer)
        out.append(mention)
    return out


def _may_be_district_name(words: list[str]) -> bool:
    """Whether the capitalised words after "huyện" may name a district: no committee word, no acronym, no
    person ("Chủ tịch UBND huyện Nguyễn Thanh Tùng", "… huyện Y Khoa Niê": the chairman, not a district)."""
    if words[0].lower() in _NOT_NAME_WORDS or any(w.isupper() and len(w) > 1 for w in words):
        return False
    person = word_key(words[0]) in SURNAMES or words[0] == "Y" or words[0].startswith(("H'", "H’"))
    return not (person and len(words) > 1)


@dataclass(frozen=True)
class Newspaper:
    """A provincial Party newspaper (extraction/lexicon/newspapers.toml)."""

    codes: tuple[str, ...]
    name: str
    province: str | None  # before 1 July 2025
    province_2025: str  # the merged province it belongs to
    names: tuple[str, ...] = ()  # how the paper is named in text, titles and addresses


@lru_cache(maxsize=1)
def newspapers() -> tuple[Newspaper, ...]:
    return tuple(
        Newspaper(
            e.phrases, e.data["name"], e.data.get("province"), e.data["province_2025"], tuple(e.data.get("names", ()))
        )
        for e in lexicon_load("newspapers").entries
    )


@lru_cache(maxsize=1)
def _by_code() -> dict[str, list[Newspaper]]:
    out: dict[str, list[Newspaper]] = {}
    for paper in newspapers():
        for code in paper.codes:
            out.setdefault(code, []).append(paper)
    return out


def outlet_papers(lead: str) -> list[Newspaper]:
    """The newspapers whose code opens the lead ("BDK - ", "(BLA) - ", "BTNO - ")."""
    m = OUTLET.match(lead)
    return _by_code().get(m.group(1).replace("Ð", "Đ"), []) if m else []


def papers_named(text: str) -> list[Newspaper]:
    """The newspapers a text names: by their address ("baoquangninh.vn") or their name ("Báo Thanh Hóa",
    whatever the tone-mark placement)."""
    lowered = text.lower()
    # A paper is named "Báo Thanh Hóa", "báo Nhân Dân": keying the whole text costs, so only when one may be.
    text_key = f" {key(text)} " if PAPER_NAMED.search(text) else None
    found = []
    for paper, addresses, spoken in _paper_names():
        contains = lowered.__contains__
        if any(map(contains, addresses)):
            found.append(paper)
        elif spoken and text_key is not None and any(map(text_key.__contains__, spoken)):
            found.append(paper)
    return found


@lru_cache(maxsize=1)
def _paper_names() -> tuple[tuple[Newspaper, tuple[str, ...], tuple[str, ...]], ...]:
    """Each paper with its addresses (lower case) and its spoken names (as keys), computed once."""
    return tuple(
        (
            paper,
            tuple(n.lower() for n in paper.names if " " not in n),
            tuple(f" {key(n)} " for n in (paper.name, *paper.names) if " " in n),
        )
        for paper in newspapers()
    )


def outlet_province(lead: str, era: str = BEFORE_REFORM, text: str = "") -> str | None:
    """The province of the newspaper that opens the lead ("BDK - "), or else of the one the text names,
    as it was at the article's date: before 1 July 2025 the paper's own province, from then on the
    merged one."""
    papers = outlet_papers(lead) or (papers_named(text) if text else [])
    if era == AFTER_REFORM:
        found = {p.province_2025 for p in papers}
    else:
        found = {p.province for p in papers if p.province} or {p.province_2025 for p in papers}
    return found.pop() if len(found) == 1 else None
