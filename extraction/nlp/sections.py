"""Sections of an article and the unit each one reports on.

"* Tại huyện Bá Thước (Thanh Hóa), ..." opens a section; its statements belong to that
district. Without sections the whole article has one unit, chosen from the title and lead
(where Vietnamese reports name their subject: "Huyện ủy Chợ Lách ...", "Krông Pắc: ...") and
then from the whole text. A district name several provinces share is resolved from the
context (a province in brackets, provinces and other districts named, the newspaper) and
flagged for review when the text does not decide.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extraction.grammar.sections import (
    DISTRICT_BODY,
    DISTRICT_COMMITTEE,
    LINE_OPEN,
    NAME_COLON,
    OFFICE,
    PROVINCE_BODY,
    PROVINCE_COMMITTEE,
    VENUE,
    VISITED,
)
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM, AdminUnit, Gazetteer
from extraction.nlp.places import SECTION_START, SECTION_START_2025, PlaceMention, UnitChoice, find_mentions
from extraction.nlp.sentences import Paragraph
from extraction.nlp.text import WORD, word_key


@dataclass
class Section:
    first: int  # index of its first paragraph
    last: int  # index of its last paragraph
    unit: UnitChoice


def article_sections(
    text: str, paragraphs: list[Paragraph], gazetteer: Gazetteer, outlet: str | None, era: str = BEFORE_REFORM
) -> list[Section]:
    """Sections with their units; an article without "* Tại huyện X" sections is one section."""
    everything = find_mentions(text, gazetteer, era=era)
    # After the reform a former unit ("huyện D cũ") is evidence for a commune's province, never the unit.
    mentions = [m for m in everything if not m.former]
    starts: list[tuple[int, PlaceMention]] = []
    section_start = SECTION_START_2025 if era == AFTER_REFORM else SECTION_START
    for p in paragraphs:
        if section_start.match(p.text):
            first = next((m for m in mentions if p.start <= m.start < p.start + 60), None)
            if first is not None:
                starts.append((p.index, first))
    if not paragraphs:
        return []
    article_unit = (
        choose_unit_after_reform(text, paragraphs, everything, outlet)
        if era == AFTER_REFORM
        else choose_unit(paragraphs, mentions, gazetteer, outlet, text)
    )
    starts = _with_heading_starts(starts, paragraphs, mentions, article_unit)
    article_unit.structure = era
    if not starts:
        return [Section(0, paragraphs[-1].index, article_unit)]
    sections = []
    if starts[0][0] > 1:
        sections.append(Section(0, starts[0][0] - 1, article_unit))
    for n, (index, mention) in enumerate(starts):
        last = starts[n + 1][0] - 1 if n + 1 < len(starts) else paragraphs[-1].index
        scope = [m for m in mentions if paragraphs[index].start <= m.start <= paragraphs[last].end]
        unit = (
            commune_of(mention, scope, everything, text, outlet)
            if mention.is_commune
            else unit_of(mention, scope, mentions, gazetteer, outlet)
        )
        unit.structure = era
        sections.append(Section(index if sections else 0, last, unit))
    return sections


def _with_heading_starts(
    starts: list[tuple[int, PlaceMention]],
    paragraphs: list[Paragraph],
    mentions: list[PlaceMention],
    article_unit: UnitChoice,
) -> list[tuple[int, PlaceMention]]:
    """Sections opened by a plain line: "Lập Thạch: Nâng cao ..." (a district of the article's province and a
    colon) or a short heading naming "huyện X"/"Huyện ủy X". Read only where the article reports on several
    districts: a province-level article, or one already cut into "* Tại huyện X" sections."""
    provinces = {article_unit.province} | {u.province for _, m in starts for u in m.units if m.is_district}
    provinces |= {m.paren_province for _, m in starts if m.paren_province}
    provinces.discard(None)
    if not provinces:
        return starts
    taken = {index for index, _ in starts}
    found: list[tuple[int, PlaceMention]] = []
    for p in paragraphs[1:]:
        if p.index in taken:
            continue
        lead = p.start + LINE_OPEN.match(p.text).end()
        first = next((m for m in mentions if p.start <= m.start < p.end), None)
        if first is None or not first.is_district or not any(u.province in provinces for u in first.units):
            continue
        if first.start == lead and NAME_COLON.match(p.text, first.end - p.start):
            found.append((p.index, first))
        elif p.is_heading and first.prefixed:
            found.append((p.index, first))
    if not found or not (starts or article_unit.district is None or len({m.name for _, m in found}) > 1):
        return starts
    return sorted(starts + found, key=lambda s: s[0])


def choose_unit(
    paragraphs: list[Paragraph], mentions: list[PlaceMention], gazetteer: Gazetteer, outlet: str | None, text: str = ""
) -> UnitChoice:
    """The unit of an article without sections."""
    body = [p for p in paragraphs[1:] if not p.is_heading]
    zone_end = body[0].end if body else paragraphs[0].end
    zone = [m for m in mentions if m.start <= zone_end]
    zone_text = " ".join(p.text for p in paragraphs if p.end <= zone_end)
    districts = [m for m in mentions if m.is_district]
    zone_districts = [m for m in zone if m.is_district]
    if text and zone_districts:
        subjects = _not_in_passing(text, zone_text, zone, zone_districts, zone_end)
        if not subjects:  # the province speaks of them in passing
            return _province_choice(mentions, districts, zone_end, gazetteer, outlet)
        zone_districts = subjects
    if zone_districts:
        return unit_of(_best(zone_districts, zone_end), mentions, mentions, gazetteer, outlet)
    if PROVINCE_COMMITTEE.search(zone_text) or any(not m.is_district for m in zone if m.units):
        return _province_choice(mentions, districts, zone_end, gazetteer, outlet)
    committee = [m for m in districts if m.committee]
    if committee:
        return unit_of(_best(committee, zone_end), mentions, mentions, gazetteer, outlet)
    all_text = " ".join(p.text for p in paragraphs)
    if districts and len(DISTRICT_COMMITTEE.findall(all_text)) >= len(PROVINCE_COMMITTEE.findall(all_text)):
        return unit_of(_best(districts, zone_end), mentions, mentions, gazetteer, outlet)
    if any(not m.is_district for m in mentions) or districts or outlet:
        return _province_choice(mentions, districts, zone_end, gazetteer, outlet)
    found = _ner_fallback(zone_text, gazetteer)
    if found is not None:
        return found
    return UnitChoice(None, None, flags=["no unit found"])


def _not_in_passing(
    text: str, zone_text: str, zone: list[PlaceMention], districts: list[PlaceMention], zone_end: int
) -> list[PlaceMention]:
    """The districts of the title and lead that are the article's subject. Where a province-level body speaks
    ("Tỉnh ủy", "UBND tỉnh", "toàn tỉnh", "Tại Hà Tĩnh, ..."), a district is only where it meets ("tại TP. Phan
    Rang - Tháp Chàm, Đảng bộ tỉnh ...") or one it reports on in passing ("có thêm huyện Hương Sơn đạt chuẩn
    NTM"), unless it is named as a committee ("Huyện ủy X"), before the province speaks, or the text speaks of
    its district-level bodies at least as often as of the province's."""
    body = PROVINCE_BODY.search(text, 0, zone_end)
    named = [m.start for m in zone if m.units and m.units[0].is_province and not m.is_district]
    starts = ([body.start()] if body else []) + named
    if not starts and not PROVINCE_COMMITTEE.search(zone_text):
        return districts
    speaks_at = min(starts) if starts else 0
    kept = [m for m in districts if not VENUE.search(text, max(0, m.start - 80), m.start)]
    if len(DISTRICT_BODY.findall(text)) >= len(PROVINCE_BODY.findall(text)) + len(named):
        return kept
    return [
        m for m in kept if m.committee or m.start < speaks_at or VISITED.search(text, max(0, m.start - 60), m.start)
    ]


def _best(candidates: list[PlaceMention], zone_end: int) -> PlaceMention:
    score: Counter[str] = Counter()
    for m in candidates:
        score[m.name] += (3 if m.start <= zone_end else 1) * (2 if m.prefixed else 1)
    name = score.most_common(1)[0][0]
    return next(m for m in candidates if m.name == name)


def _province_choice(
    mentions: list[PlaceMention], districts: list[PlaceMention], zone_end: int, gazetteer: Gazetteer, outlet: str | None
) -> UnitChoice:
    score: Counter[str] = Counter()
    for m in mentions:
        if m.units and not m.is_district:
            score[m.units[0].name] += (3 if m.start <= zone_end else 1) * (2 if m.prefixed else 1)
    if not score:
        for m in districts:
            provinces = {u.province for u in m.units if u.province}
            if len(provinces) == 1:
                score[provinces.pop()] += 1
        if outlet:
            score[outlet] += 2
    if not score:
        return UnitChoice(None, None, flags=["no unit found"])
    return UnitChoice(score.most_common(1)[0][0], None)


def unit_of(
    mention: PlaceMention,
    scope: list[PlaceMention],
    article: list[PlaceMention],
    gazetteer: Gazetteer,
    outlet: str | None,
) -> UnitChoice:
    """The unit a mention names, its province resolved from the context when it is shared."""
    if not mention.is_district:
        return UnitChoice(mention.units[0].name if mention.units else None, None)
    if mention.added:
        province = mention.paren_province or _named_province(scope) or _named_province(article) or outlet
        flags = [f"unit added: {mention.text} (not in the gazetteer)"]
        if province is None:
            flags.append(f"no province found for {mention.text}")
        return UnitChoice(province, mention.text, mention.units[0].kind, flags)
    province, flags = resolve_province(mention.name, mention.units, scope, article, outlet)
    unit = next((u for u in mention.units if u.province == province), mention.units[0])
    return UnitChoice(province, unit.name, unit.kind, flags)


def resolve_province(
    name: str, units: list[AdminUnit], scope: list[PlaceMention], article: list[PlaceMention], outlet: str | None
) -> tuple[str | None, list[str]]:
    """Which province's district `name` is; a flag when the text cannot tell."""
    provinces = sorted({u.province for u in units if u.province})
    if len(provinces) == 1:
        return provinces[0], []
    score: Counter[str] = Counter()
    for group, weight in ((scope, 3), (article, 1)):
        for m in group:
            if m.name == name and m.paren_province in provinces:
                score[m.paren_province] += 10
            elif m.units and not m.is_district and m.units[0].name in provinces:
                score[m.units[0].name] += weight
            elif m.is_district and m.name != name:
                owners = {u.province for u in m.units}
                if len(owners) == 1 and (owner := owners.pop()) in provinces:
                    score[owner] += weight
    if outlet in provinces:
        score[outlet] += 2
    ranked = score.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0], []
    return provinces[0], [
        f"ambiguous unit: {name} is a district of {', '.join(provinces)}; "
        f"the text does not say which ({provinces[0]} chosen)"
    ]


def _named_province(mentions: list[PlaceMention]) -> str | None:
    names = Counter(m.units[0].name for m in mentions if m.units and not m.is_district)
    return names.most_common(1)[0][0] if names else None


def choose_unit_after_reform(
    text: str, paragraphs: list[Paragraph], mentions: list[PlaceMention], outlet: str | None
) -> UnitChoice:
    """The unit of an article of the 2025 structure: the commune whose Party organisation it reports on
    ("Đảng ủy xã X", a commune in the title), else the province (one of the 34), else the newspaper's."""
    everything, mentions = mentions, [m for m in mentions if not m.former]
    body = [p for p in paragraphs[1:] if not p.is_heading]
    zone_end = body[0].end if body else paragraphs[0].end
    zone_text = " ".join(p.text for p in paragraphs if p.end <= zone_end)
    communes = [m for m in mentions if m.is_commune]
    zone = [m for m in communes if m.start <= zone_end]
    title = [m for m in communes if m.start < paragraphs[0].end]
    # "Đảng ủy xã X tổ chức …" speaks for the commune; "đồng chí A, Bí thư Đảng ủy xã Y" only names a
    # speaker's office: a guest's commune is the unit only when nothing else is.
    offices = [m for m in zone if m.committee and OFFICE.search(text, max(0, m.start - 60), m.start)]
    committee = [m for m in zone if m.committee and m not in offices]
    if not committee and not title and not PROVINCE_COMMITTEE.search(zone_text):
        committee = offices
    if title:  # the headline's commune, confirmed by its committee in the lead when both are there
        title_names = {m.name for m in title}
        committee = [m for m in committee if m.name in title_names]
    province_named = any(m.units and m.units[0].is_province for m in mentions if m.start < paragraphs[0].end)
    # "Đại hội đại biểu Đảng bộ xã X ... đề ra 16 chỉ tiêu" again and again: the article is the commune's,
    # whatever province its headline names.
    committees = Counter(m.name for m in communes if m.committee)
    repeated = committees.most_common(1)[0][1] if committees else 0
    if committee or title or (repeated >= 2 and repeated > len(PROVINCE_COMMITTEE.findall(text))):
        chosen = committee or title or [m for m in communes if m.committee]
        return commune_of(_best(chosen, zone_end), communes, everything, text, outlet)
    if not (PROVINCE_COMMITTEE.search(zone_text) or province_named):
        if zone:
            return commune_of(_best(zone, zone_end), communes, everything, text, outlet)
        if sum(m.committee for m in communes) >= 2:
            return commune_of(_best(communes, zone_end), communes, everything, text, outlet)
    score: Counter[str] = Counter()
    for m in mentions:
        if m.units and m.units[0].is_province:
            score[m.units[0].name] += (3 if m.start <= zone_end else 1) * (2 if m.prefixed else 1)
    if not score and outlet:
        score[outlet] += 1
    if not score:
        for m in communes:
            provinces = {u.province for u in m.units}
            if len(provinces) == 1:
                score[provinces.pop()] += 1
    if not score:
        return UnitChoice(None, None, flags=["no unit found"])
    return UnitChoice(score.most_common(1)[0][0], None)


def commune_of(
    mention: PlaceMention, scope: list[PlaceMention], article: list[PlaceMention], text: str, outlet: str | None
) -> UnitChoice:
    """The commune a mention names, its province told by the text when several provinces share the
    name: a province beside it ("xã X, tỉnh Y", "(Y)"), provinces and unshared communes named, the
    communes and former districts it was formed from, the newspaper. Flagged with the candidates
    when nothing decides."""
    name = mention.name
    provinces = sorted({u.province for u in mention.units if u.province})
    if len(provinces) <= 1:
        return UnitChoice(provinces[0] if provinces else None, None, commune=name)
    score: Counter[str] = Counter()
    for group, weight in ((scope, 3), (article, 1)):
        for m in group:
            if m.name == name and m.paren_province in provinces:
                score[m.paren_province] += 10
            elif m.units and m.units[0].is_province and m.units[0].name in provinces:
                score[m.units[0].name] += weight
            elif m.is_commune and m.name != name:
                owners = {u.province for u in m.units}
                if len(owners) == 1 and (owner := owners.pop()) in provinces:
                    score[owner] += weight
            elif m.former and m.is_district:  # "huyện D cũ": the merged province the district went into
                owners = {u.province_2025 for u in m.units}
                if len(owners) == 1 and (owner := owners.pop()) in provinces:
                    score[owner] += weight + 1
    # The communes and districts it was formed from, named as names: capitalised ("xã Vĩnh Ninh"), never a
    # lower-case word that happens to spell one ("điều kiện thuận lợi").
    names_key = f" {_capitalised_key(text)} "
    for unit in mention.units:
        names = {n for former in unit.former for n in former[:2] if n and n != name}
        score[unit.province] += 2 * sum(f" {_capitalised_key(n)} " in names_key for n in names)
    if outlet in provinces:
        score[outlet] += 2
    ranked = score.most_common(2)
    if ranked and ranked[0][1] > 0 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return UnitChoice(ranked[0][0], None, commune=name)
    return UnitChoice(
        provinces[0],
        None,
        commune=name,
        flags=[
            f"ambiguous unit: {name} is a commune of {', '.join(provinces)}; the text does not say which "
            f"({provinces[0]} chosen)"
        ],
    )


def _capitalised_key(text: str) -> str:
    """Key of the capitalised words of a text; every other word becomes a stop ("|")."""
    return " ".join(word_key(w) if w[0].isupper() else "|" for w in WORD.findall(text))


def _ner_fallback(text: str, gazetteer: Gazetteer) -> UnitChoice | None:
    """underthesea's NER on the title and lead, only when the gazetteer found nothing."""
    try:
        from underthesea import ner  # lazy: costly, and rarely needed
    except ImportError:  # pragma: no cover
        return None
    try:
        tags = ner(text[:1000])
    except Exception:  # noqa: BLE001 - a model problem must not stop the extraction
        return None
    names, current = [], []
    for token, *_rest, tag in tags:
        if tag.endswith("LOC"):
            if tag.startswith("B-") and current:
                names.append(" ".join(current))
                current = []
            current.append(token)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    for name in names:
        units = gazetteer.lookup(name)
        if units:
            unit = units[0]
            if unit.is_province:
                return UnitChoice(unit.name, None, flags=["unit found by NER"])
            return UnitChoice(unit.province, unit.name, unit.kind, ["unit found by NER"])
    return None
