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

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extraction.lexicon import load as lexicon_load
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM, AdminUnit, Gazetteer
from extraction.nlp.text import WORD, key, word_key

_I = re.IGNORECASE
_DISTRICT_PREFIX = re.compile(
    r"(?:huyện\s*(?:ủy|uỷ)|đảng bộ huyện|ubnd huyện|huyện|quận\s*(?:ủy|uỷ)|quận|thị\s*(?:ủy|uỷ)|thị xã|tx\.?)\s*$", _I
)
_CITY_PREFIX = re.compile(r"(?:thành\s*(?:ủy|uỷ)|thành phố|tp\.?)\s*$", _I)
_PROVINCE_PREFIX = re.compile(r"(?:tỉnh\s*(?:ủy|uỷ)|đảng bộ tỉnh|ubnd tỉnh|tỉnh)\s*$", _I)
_COMMITTEE = re.compile(r"(?:(?:ủy|uỷ)|đảng bộ \w+)\s*$", _I)
# A name after these is a commune, a road, a product … that happens to share a district's name.
_NOT_A_UNIT_PREFIX = re.compile(
    r"(?:(?<!thị )\bxã|phường|thị trấn|đặc khu|\bp\.|ấp|thôn|bản|khu phố|làng|đường|cầu|sông|cống|chợ|cụm công nghiệp|"
    r"khu công nghiệp|trường|bệnh viện|hồ|núi|đèo|báo|bưởi|cam|vải|chè|nhãn|liên huyện|giữa)\s*$",
    _I,
)
_ADDED = re.compile(r"\b(?P<kind>[Hh]uyện|[Qq]uận|[Tt]hị xã)\s+")
# A commune of 2025 by its prefix: "xã Tiên Lương", "Đảng ủy phường Giảng Võ", "đặc khu Phú Quốc", "P.Cao Lãnh".
_COMMUNE = re.compile(r"(?<!\w)(?P<kind>[Xx]ã|[Pp]hường|[Đđ]ặc khu|P\.)\s*(?=[^\W\d_])")
_COMMUNE_KINDS = {"xã": "xa", "phường": "phuong", "đặc khu": "dac_khu", "p.": "phuong"}
_COMMUNE_COMMITTEE = re.compile(
    r"(?:đảng\s*(?:ủy|uỷ)|đảng bộ|ubnd|hđnd|ủy ban nhân dân|đại hội(?: đại biểu)?"
    r"(?: đảng bộ)?)\s*$",
    _I,
)
# "các xã A, B và thị trấn C", "sáp nhập xã A": the communes a new one was formed from.
_FORMER_BEFORE = re.compile(r"(?<!sau )(?:sáp nhập|sắp xếp|hợp nhất|trên cơ sở|gồm)[^.;]{0,80}$", _I)
_FORMER_AFTER = re.compile(r"\s*\(?\s*cũ\b|\s*\(?\s*trước đây\b", _I)
# What may separate the words of one name: spaces and hyphens, never a line break ("huyện X\nNgày 12/7").
_GAP = re.compile(r"(?:[^\S\n]|[\-–])*")
_NAME_WORD = re.compile(r"[^\S\n]*([^\W\d_][\w'’]*)")
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
# A person, not a place: the words before a name ("đồng chí", "ông", "Bí thư", "Chủ tịch", a rank) …
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:đồng chí|đ/c|ông|bà|anh|chị|cô|thầy|cụ|cháu|em|bác|mẹ|nhà văn|nhà thơ|nghệ sĩ|liệt sĩ|"
    r"bí thư|chủ tịch|giám đốc|trưởng ban|trưởng phòng|chánh văn phòng|chủ nhiệm|thủ tướng|bộ trưởng|"
    r"đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá)\s+$",
    _I,
)
# … or a family name opening a run of capitalised words that is no unit's name ("Trần Văn Lâm" is no "Văn Lâm").
SURNAMES = frozenset(
    word_key(w)
    for w in (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đào Đoàn Lương Trương "
        "Lưu Tạ Phùng Quách Vương Kiều Khổng Mạc Đàm Lục Nông Lò Hầu Giàng Sùng Thào Vàng Lường Triệu Tống Hứa "
        "Doãn Nghiêm Vi Lã Khúc Âu Bế Thân Tôn Hà Mai Cao Lâm Châu Thái Tô Chu La Đồng Lại Mẫn Ninh"
    ).split()
)
# "tư tưởng Hồ Chí Minh", "Chủ tịch Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the man, not the city.
_HCM_NOT_PLACE = re.compile(
    r"(?:tư tưởng|đạo đức|phong cách|tấm gương|gương|bác|chủ tịch|lăng|di chúc|sinh thời|"
    r"giải thưởng|huân chương|cộng sản|tncs|tntp|tiền phong|đội)\s*,?\s*$",
    _I,
)
_NOT_NAME_WORDS = {"ủy", "uỷ", "đảng", "ban", "hội", "đoàn", "nông", "ntm", "nq", "ubnd"}
SECTION_START = re.compile(r"^\s*(?:[*•+\-–—]\s*)?(?:Tại|Ở)\s+(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s", _I)
SECTION_START_2025 = re.compile(
    r"^\s*(?:(?:[*•+\-–—]\s*)?(?:Tại|Ở)\s+(?:xã|phường|đặc khu|thành phố|TP\.?|tỉnh)\s"
    # A round-up's story: "*Xã An Viễn phấn đấu …", "*Đảng ủy xã Thuận Lợi triển khai …", "• Phường X: …".
    r"|[*•+]\s*(?:(?:Đảng\s*(?:ủy|uỷ)|Đảng bộ|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an|MTTQ)\s+)?"
    r"(?:xã|phường|đặc khu)\s)",
    _I,
)
# The newspaper code opening a lead: "BDK - ", "(BLA) - ", "BTNO -".
OUTLET = re.compile(r"^\s*\(?([A-ZĐ]{2,6}(?:-[A-ZĐ]{2,4})?)\)?\s*[-–—]")


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


def era_of(published, main_term: tuple[int, int] | None = None) -> str:
    """The structure an article speaks in: its date decides; undated, the term it names."""
    if published is not None:
        return AFTER_REFORM if (published.year, published.month) >= (2025, 7) else BEFORE_REFORM
    return AFTER_REFORM if main_term is not None and main_term[0] >= 2025 else BEFORE_REFORM


def find_mentions(
    text: str, gazetteer: Gazetteer, start: int = 0, end: int | None = None, era: str = BEFORE_REFORM
) -> list[PlaceMention]:
    """Unit mentions in text[start:end], longest name first, offsets into `text`."""
    end = len(text) if end is None else end
    tokens = [m for m in WORD.finditer(text, start, end)]
    # run[i]: capitalised tokens from i on, joined only by spaces or hyphens — the longest span a
    # name starting at i can take. Computed once instead of re-checking every span of every length.
    run = [0] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].group(0)[0].isupper():
            joined = i + 1 < len(tokens) and run[i + 1] and _GAP.fullmatch(text, tokens[i].end(), tokens[i + 1].start())
            run[i] = 1 + (run[i + 1] if joined else 0)
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not run[i]:
            i += 1
            continue
        first_key = word_key(tok.group(0))
        opens_run = i == 0 or run[i - 1] != run[i] + 1
        if first_key not in gazetteer.first_words:
            # "Trần Văn Lâm": a person's name; none of its words opens a unit.
            i += run[i] if opens_run and first_key in SURNAMES and run[i] > 1 else 1
            continue
        if _PERSON_BEFORE.search(text, max(0, tok.start() - 24), tok.start()):
            i += run[i]  # "đồng chí Hoài Đức", "Ông Hoài Đức", "Chủ tịch Hồ Chí Minh": a person
            continue
        hit = None
        for n in range(min(gazetteer.max_words, len(tokens) - i, run[i]), 0, -1):
            units = gazetteer.lookup_key(key(text[tok.start() : tokens[i + n - 1].end()].replace("’", "'")))
            if units:
                hit = (n, units)
                break
        if hit is None:
            i += run[i] if opens_run and first_key in SURNAMES and run[i] > 1 else 1
            continue
        n, units = hit
        a, b = tok.start(), tokens[i + n - 1].end()
        if units[0].name == "Hồ Chí Minh" and _HCM_NOT_PLACE.search(text, max(0, a - 24), a):
            i += n
            continue
        mention = _with_prefix(text, a, b, units, gazetteer, era)
        if mention is not None:
            mention.paren_province = _province_after(text, b, gazetteer, era)
            found.append(mention)
        i += n
    if era == AFTER_REFORM:
        found.extend(_commune_mentions(text, start, end, gazetteer))
    else:
        found.extend(_added_mentions(text, start, end, gazetteer, found))
    return sorted(found, key=lambda m: m.start)


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
    before = text[max(0, a - 24) : a]
    if _NOT_A_UNIT_PREFIX.search(before):
        return None
    units = _in_era(units, gazetteer, era)
    provinces = [u for u in units if u.is_province]
    districts = [u for u in units if not u.is_province]
    committee = bool(_COMMITTEE.search(before))
    former = era == AFTER_REFORM
    if _DISTRICT_PREFIX.search(before):
        chosen = [u for u in districts if u.kind != "thanh_pho"] or districts
        return PlaceMention(a, b, text[a:b], chosen, True, committee, former=former) if chosen else None
    if _CITY_PREFIX.search(before):
        cities = [u for u in provinces if u.kind == "thanh_pho_tw"]
        if former and cities:  # "thành phố Huế" in 2026 is the centrally-run city
            return PlaceMention(a, b, text[a:b], cities, True, committee)
        chosen = [u for u in districts if u.kind == "thanh_pho"] or cities
        return (
            PlaceMention(a, b, text[a:b], chosen, True, committee, former=former and not chosen[0].is_province)
            if chosen
            else None
        )
    if _PROVINCE_PREFIX.search(before):
        return PlaceMention(a, b, text[a:b], provinces, True, committee) if provinces else None
    # A bare name that is also a province's is the province ("Bến Tre", not the city).
    if provinces:
        return PlaceMention(a, b, text[a:b], provinces, False, False)
    return PlaceMention(a, b, text[a:b], districts, False, False, former=former) if districts else None


def _province_after(text: str, pos: int, gazetteer: Gazetteer, era: str = BEFORE_REFORM) -> str | None:
    m = re.match(r"\s*\((?:tỉnh|thành phố|TP\.?)?\s*([^()]{2,30})\)", text[pos : pos + 40], _I)
    if m is None:
        m = re.match(
            r",\s*(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?([^\W\d_][^\s,.;()]*(?:\s+[^\W\d_][^\s,.;()]*){0,3})"
            r"(?=[\s,.;()]|$)",
            text[pos : pos + 40],
            _I,
        )
        if m and not all(w[0].isupper() for w in m.group(1).split()):
            return None
    if m is None:
        return None
    unit = gazetteer.province(m.group(1).strip(), era)
    return unit.name if unit else None


def _commune_mentions(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Communes, wards and special zones of 2025 written with their prefix."""
    out = []
    for m in _COMMUNE.finditer(text, start, end):
        words, pos = [], m.end()
        while (
            len(words) < gazetteer.commune_max_words
            and (w := _NAME_WORD.match(text, pos))
            and w.group(1)[0].isupper()
            and (not words or _GAP.fullmatch(text, pos, w.start(1)))
        ):
            words.append((w.start(1), w.end(1)))
            pos = w.end()
        kind = _COMMUNE_KINDS[m.group("kind").lower()]
        for n in range(len(words), 0, -1):
            a, b = words[0][0], words[n - 1][1]
            units = gazetteer.communes_key(key(text[a:b].replace("’", "'")))
            units = [u for u in units if u.kind == kind] or units
            if not units:
                continue
            before = text[max(0, m.start() - 90) : m.start()]
            former = bool(_FORMER_BEFORE.search(before) or _FORMER_AFTER.match(text, b))
            mention = PlaceMention(a, b, text[a:b], units, True, bool(_COMMUNE_COMMITTEE.search(before)), former=former)
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
    for m in _ADDED.finditer(text, start, end):
        words, pos = [], m.end()
        while (
            len(words) < 4
            and (w := _NAME_WORD.match(text, pos))
            and w.group(1)[0].isupper()
            and not (words and w.group(1).lower() in _NOT_NAME_TAIL)
        ):
            words.append(w.group(1))
            pos = w.end()
        if not words:
            continue
        name = " ".join(words)
        name_start = m.end()
        if words[0].lower() in _NOT_NAME_WORDS or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if (word_key(words[0]) in SURNAMES or words[0] == "Y" or words[0].startswith(("H'", "H’"))) and len(words) > 1:
            continue  # "Chủ tịch UBND huyện Nguyễn Thanh Tùng", "… huyện Y Khoa Niê": the chairman, not a district
        if any(a <= name_start < b for a, b in covered) or gazetteer.lookup(name):
            continue
        kind = {"huyện": "huyen", "quận": "quan", "thị xã": "thi_xa"}[m.group("kind").lower()]
        unit = AdminUnit(name=name, kind=kind, province=None, origin="added")
        end_at = pos
        mention = PlaceMention(name_start, end_at, name, [unit], True, False, added=True)
        mention.paren_province = _province_after(text, end_at, gazetteer)
        out.append(mention)
    return out


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


_PAPER_NAMED = re.compile(r"\b[Bb]áo\s+[A-ZĐÀ-Ỹ]")


def papers_named(text: str) -> list[Newspaper]:
    """The newspapers a text names: by their address ("baoquangninh.vn") or their name ("Báo Thanh Hóa",
    whatever the tone-mark placement)."""
    lowered = text.lower()
    # A paper is named "Báo Thanh Hóa", "báo Nhân Dân": keying the whole text costs, so only when one may be.
    text_key = f" {key(text)} " if _PAPER_NAMED.search(text) else None
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
