"""Administrative units an article speaks of: mentions, sections and the unit of each section.

A mention is a gazetteer name in the text, with or without its prefix ("huyện Chợ Lách",
"Huyện ủy Chợ Lách", "Đảng bộ tỉnh Bến Tre", a bare "Krông Pắc" in a title). A district
missing from the gazetteer but written "huyện X" is still a mention, marked `added`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from extraction.nlp.gazetteer import AdminUnit, Gazetteer, default_gazetteer, load_gazetteer
from extraction.nlp.text import WORD, key, word_key

_I = re.IGNORECASE
_DISTRICT_PREFIX = re.compile(r"(?:huyện\s*(?:ủy|uỷ)|đảng bộ huyện|ubnd huyện|huyện|quận\s*(?:ủy|uỷ)|quận|thị\s*(?:ủy|uỷ)|thị xã|tx\.?)\s*$", _I)
_CITY_PREFIX = re.compile(r"(?:thành\s*(?:ủy|uỷ)|thành phố|tp\.?)\s*$", _I)
_PROVINCE_PREFIX = re.compile(r"(?:tỉnh\s*(?:ủy|uỷ)|đảng bộ tỉnh|ubnd tỉnh|tỉnh)\s*$", _I)
_COMMITTEE = re.compile(r"(?:(?:ủy|uỷ)|đảng bộ \w+)\s*$", _I)
# A name after these is a commune, a road, a product … that happens to share a district's name.
_NOT_A_UNIT_PREFIX = re.compile(
    r"(?:\bxã|phường|thị trấn|ấp|thôn|bản|khu phố|làng|đường|cầu|sông|cống|chợ|cụm công nghiệp|"
    r"khu công nghiệp|trường|bệnh viện|hồ|núi|đèo|báo|bưởi|cam|vải|chè|nhãn|liên huyện|giữa)\s*$", _I)
_ADDED = re.compile(r"\b(?P<kind>[Hh]uyện|[Qq]uận|[Tt]hị xã)\s+")
_GAP = re.compile(r"[\s\-–]*")  # what may separate the words of one name
_NAME_WORD = re.compile(r"\s*([^\W\d_][\w'’]*)")
_NOT_NAME_WORDS = {"ủy", "uỷ", "đảng", "ban", "hội", "đoàn", "nông", "ntm", "nq", "ubnd"}
SECTION_START = re.compile(r"^\s*(?:[*•+\-–—]\s*)?(?:Tại|Ở)\s+(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s", _I)
OUTLET = re.compile(r"^\s*\(?([A-ZĐ]{2,5})\)?\s*[-–—]\s")
# Provincial Party newspapers whose name is not the province's initials.
OUTLET_PROVINCES = {"BDK": "Bến Tre", "BĐK": "Bến Tre", "ĐK": "Bến Tre"}


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    units: list[AdminUnit]  # candidates after the prefix is taken into account
    prefixed: bool = False  # written with huyện / tỉnh / Huyện ủy …
    committee: bool = False  # "Huyện ủy X", "Đảng bộ tỉnh X"
    added: bool = False  # not in the gazetteer, written "huyện X"
    paren_province: str | None = None  # "huyện Bá Thước (Thanh Hóa)", "(tỉnh Long An)"

    @property
    def is_district(self) -> bool:
        return bool(self.units) and not self.units[0].is_province

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


def gazetteer_load(extra: Iterable[AdminUnit | Mapping] = ()) -> Gazetteer:
    """The default gazetteer, or a new one with extra units (staff-added) when given."""
    extra = list(extra or ())
    return load_gazetteer(extra) if extra else default_gazetteer()


def find_mentions(text: str, gazetteer: Gazetteer, start: int = 0, end: int | None = None) -> list[PlaceMention]:
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
        if not run[i] or word_key(tok.group(0)) not in gazetteer.first_words:
            i += 1
            continue
        hit = None
        for n in range(min(gazetteer.max_words, len(tokens) - i, run[i]), 0, -1):
            units = gazetteer.lookup_key(key(text[tok.start():tokens[i + n - 1].end()]))
            if units:
                hit = (n, units)
                break
        if hit is None:
            i += 1
            continue
        n, units = hit
        a, b = tok.start(), tokens[i + n - 1].end()
        mention = _with_prefix(text, a, b, units)
        if mention is not None:
            mention.paren_province = _province_after(text, b, gazetteer)
            found.append(mention)
        i += n
    found.extend(_added_mentions(text, start, end, gazetteer, found))
    return sorted(found, key=lambda m: m.start)


def _with_prefix(text: str, a: int, b: int, units: list[AdminUnit]) -> PlaceMention | None:
    before = text[max(0, a - 24):a]
    if _NOT_A_UNIT_PREFIX.search(before):
        return None
    provinces = [u for u in units if u.is_province]
    districts = [u for u in units if not u.is_province]
    committee = bool(_COMMITTEE.search(before))
    if _DISTRICT_PREFIX.search(before):
        chosen = [u for u in districts if u.kind != "thanh_pho"] or districts
        return PlaceMention(a, b, text[a:b], chosen, True, committee) if chosen else None
    if _CITY_PREFIX.search(before):
        chosen = [u for u in districts if u.kind == "thanh_pho"] or [u for u in provinces if u.kind == "thanh_pho_tw"]
        return PlaceMention(a, b, text[a:b], chosen, True, committee) if chosen else None
    if _PROVINCE_PREFIX.search(before):
        return PlaceMention(a, b, text[a:b], provinces, True, committee) if provinces else None
    # A bare name that is also a province's is the province ("Bến Tre", not the city).
    return PlaceMention(a, b, text[a:b], provinces or districts, False, False)


def _province_after(text: str, pos: int, gazetteer: Gazetteer) -> str | None:
    m = re.match(r"\s*\((?:tỉnh|thành phố|TP\.?)?\s*([^()]{2,30})\)", text[pos:pos + 40], _I)
    if m is None:
        m = re.match(r",\s*(?:tỉnh\s+)?([^\W\d_][^\s,.;()]*(?:\s+[^\W\d_][^\s,.;()]*){0,3})(?=[\s,.;()]|$)",
                     text[pos:pos + 40])
        if m and not all(w[0].isupper() for w in m.group(1).split()):
            return None
    if m is None:
        return None
    unit = gazetteer.province(m.group(1).strip())
    return unit.name if unit else None


def _added_mentions(text: str, start: int, end: int, gazetteer: Gazetteer,
                    known: list[PlaceMention]) -> list[PlaceMention]:
    """Districts written "huyện X" that the gazetteer does not know."""
    covered = [(m.start, m.end) for m in known]
    out = []
    for m in _ADDED.finditer(text, start, end):
        words, pos = [], m.end()
        while len(words) < 4 and (w := _NAME_WORD.match(text, pos)) and w.group(1)[0].isupper():
            words.append(w.group(1))
            pos = w.end()
        if not words:
            continue
        name = " ".join(words)
        name_start = m.end()
        if words[0].lower() in _NOT_NAME_WORDS or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if any(a <= name_start < b for a, b in covered) or gazetteer.lookup(name):
            continue
        kind = {"huyện": "huyen", "quận": "quan", "thị xã": "thi_xa"}[m.group("kind").lower()]
        unit = AdminUnit(name=name, kind=kind, province=None, origin="added")
        end_at = pos
        mention = PlaceMention(name_start, end_at, name, [unit], True, False, added=True)
        mention.paren_province = _province_after(text, end_at, gazetteer)
        out.append(mention)
    return out


def outlet_province(lead: str, gazetteer: Gazetteer) -> str | None:
    """The province of the newspaper that opens the lead ("BDK - ", "(BLA) - ")."""
    m = OUTLET.match(lead)
    if not m:
        return None
    code = m.group(1)
    if code in OUTLET_PROVINCES:
        return OUTLET_PROVINCES[code]
    initials: dict[str, set[str]] = {}
    for unit in gazetteer.units:
        if unit.is_province:
            letters = "".join(w[0] for w in re.findall(r"[^\W\d_]+", unit.name)).upper()
            initials.setdefault(letters, set()).add(unit.name)
            initials.setdefault("B" + letters, set()).add(unit.name)
    names = initials.get(code.replace("Đ", "D"), set()) | initials.get(code, set())
    return next(iter(names)) if len(names) == 1 else None
