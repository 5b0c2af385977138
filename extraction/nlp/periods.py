"""Periods: which resolution (a year's, or a congress term's) a sentence speaks of.

Annual: "Nghị quyết Huyện ủy năm 2021", "Năm 2021, ...", "9 tháng năm 2022", "quý I/2022".
Term: "nhiệm kỳ 2020 - 2025", "Nghị quyết Đại hội ... xác định" (the congress's term),
"nửa nhiệm kỳ". Years that only compare ("so với năm 2021", "gấp 2 lần năm 2015") or date
something ("ngày 20/12/2021", "giai đoạn 2021 - 2023") are not periods.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

_I = re.IGNORECASE
TERM_YEARS = 5  # Party congresses sit every five years
YEAR = r"((?:19|20)\d\d)"
_TERM = re.compile(rf"nhiệm kỳ\s+\(?{YEAR}\s*[-–—]\s*{YEAR}\)?", _I)  # "nhiệm kỳ (2020-2025)" too
# Only the congress of a province's or district's Party organisation opens a term resolution; the
# terms of People's Councils, unions, associations and of a commune's or hamlet's cell do not.
# The body named last before "nhiệm kỳ" is the one whose term it is.
_PARTY_BODY = re.compile(
    r"Đảng [bB]ộ (?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s*[uủ][ỷy]|"
    r"Đại hội Đảng bộ|Đại hội đại biểu Đảng bộ|Đại hội (?:lần thứ\s+)?[IVXLC]+\b"
)
_OTHER_BODY = re.compile(
    r"Hội đồng nhân dân|HĐND|Quốc hội|UBND|Ủy ban|Uỷ ban|Mặt trận|MTTQ|Công đoàn|"
    r"(?<!Đại )(?<!đại )\bHội\b(?! nghị)|\bĐoàn\b(?! kết)|[Cc]hi bộ|[Đđ]ảng bộ (?:xã|phường|thị trấn|cơ sở|bộ phận)|"
    r"[Đđ]ảng ủy (?:xã|phường|thị trấn|cơ sở)|[Đđ]ảng uỷ (?:xã|phường|thị trấn|cơ sở)|"
    r"Hợp tác xã|Hiệp hội|Liên đoàn|Cựu chiến binh|Phụ nữ|Nông dân|Thanh niên"
)
# From the 2025 - 2030 term on the communes, wards and special zones are the units below the province.
FIRST_COMMUNE_TERM = 2025
_COMMUNE_BODY = re.compile(r"[Đđ]ảng (?:bộ|ủy|uỷ) (?:xã|phường|đặc khu)")
# "Thực hiện Nghị quyết Đại hội ... nhiệm kỳ 2020 - 2025, năm qua huyện ...": the congress resolution as
# the background of a year's work, not the resolution the figures belong to.
_FRAMING = re.compile(
    r"\b(?:thực hiện|triển khai|quán triệt|cụ thể hóa|cụ thể hoá|theo tinh thần)\s+(?:thắng lợi\s+)?"
    r"(?:các\s+)?(?:Nghị quyết|NQ)\s+Đại hội[^.;]{0,90}$",
    _I,
)
_STAGE = re.compile(rf"giai đoạn\s+{YEAR}\s*[-–—]\s*{YEAR}", _I)
# "5 năm qua", "nhiệm kỳ qua": the term that has just ended, at a congress.
_PAST_TERM = re.compile(r"\b(?:\d+ năm (?:qua|vừa qua|trước)|nhiệm kỳ (?:qua|vừa qua|trước))\b", _I)
_PLANNING = re.compile(r"phấn đấu|đến năm \d{4}|xác định|đề ra|mục tiêu|sẽ|dự kiến", _I)
_CONGRESS_SETS = re.compile(
    r"\b(?:(?:Nghị quyết|NQ)\s+)?Đại hội\b[^.;:]{0,60}?\b(xác định|đề ra|thống nhất|thông qua|đặt ra)", _I
)
_PLAN_BEFORE_CONGRESS = re.compile(r"(?:mục tiêu|chỉ tiêu|so với|vượt|kế hoạch|\d%|\bđạt|\bbằng)\s*$", _I)
# "Nhiệm kỳ 2015 - 2020, ...", "Trong nhiệm kỳ 2015 - 2020, ...": a term opening a paragraph frames all of it.
PARAGRAPH_TERM = re.compile(rf"^\W*(?:(?:trong|cả|suốt|qua)\s+)?nhiệm kỳ\s+\(?{YEAR}\s*[-–—]\s*{YEAR}", _I)
# "nhiệm kỳ tới", "giai đoạn tới", "5 năm tới": the term the congress opens.
_NEW_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn) (?:mới|tới)|\b(?:5|năm) năm tới", _I)
_CURRENT_TERM = re.compile(r"(nửa|giữa|cuối|đầu|cả|toàn|hết) nhiệm kỳ|chỉ tiêu nhiệm kỳ|mục tiêu (?:cả )?nhiệm kỳ", _I)
_STRONG_ANNUAL = [
    re.compile(rf"(?:^\W*|[,;:]\s*)(?:(?:trong|cả|sang|bước sang|bước vào)\s+)?năm\s+{YEAR}\b(?!\s*[-–—]\s*\d)", _I),
    re.compile(rf"\b(?:Nghị quyết|NQ)\b(?:\s+[^\s.;,]+){{0,6}}?\s+năm\s+{YEAR}\b", _I),
    re.compile(rf"\b(?:Nghị quyết|NQ)\s+{YEAR}\b", _I),
    re.compile(
        rf"\b(?:nhiệm vụ|chỉ tiêu|kế hoạch|chủ đề|phương hướng|mục tiêu|tổng kết|sơ kết|kết quả)(?:\s+(?:chủ yếu|chính|trọng tâm|đề ra|phát triển kinh tế - xã hội))?(?:\s+(?:của|cho|trong))?\s+năm\s+{YEAR}\b",
        _I,
    ),
]
_PART = re.compile(
    rf"\b(?:(?P<months>\d{{1,2}}) tháng(?: (?:đầu|cuối))?|quý (?P<quarter>I{{1,3}}|IV|[1-4]))(?:\s*(?:/|\.|năm)\s*{YEAR})?",
    _I,
)
# "tháng 1", "tháng 02 năm 2026", "tháng 8/2023": a month's report belongs to its year (not a date, "ngày 3 tháng 2",
# nor a bound, "đến hết tháng 8/2023").
_MONTH = re.compile(rf"\btháng\s+(?P<month>0?[1-9]|1[0-2])\b(?:\s*(?:/|năm)\s*{YEAR})?(?!\s*/\s*\d)", _I)
_NOT_A_MONTH_BEFORE = re.compile(r"(?:\d\s*|ngày|đến|tới|từ|hết|cuối|đầu|trước|sau)\s*$", _I)
_RELATIVE = re.compile(
    r"(?P<frame>^\W*|[,;:]\s*)?\b(?:trong\s+)?năm (?P<which>vừa qua|qua|trước|ngoái|nay|tới|sau)\b", _I
)
_WEAK_ANNUAL = re.compile(rf"\bnăm\s+{YEAR}\b(?!\s*[-–—]\s*\d)", _I)
# "so với cuối năm 2021", "bằng 133% cùng kỳ năm 2021", "so với thực hiện năm 2022": a comparison, not a period.
_NOT_A_PERIOD_BEFORE = re.compile(
    r"(so(?: với)?(?:\s+(?:cùng kỳ|cuối|đầu|thực hiện|kết quả))?|cùng kỳ|gấp [^\s]+ lần|giá so sánh|từ|sau|giai đoạn|"
    r"của|hơn)\s*$",
    _I,
)
_YEAR_WORD_END = re.compile(r"năm\s*$", _I)
_UNTIL_BEFORE = re.compile(r"(đến|tới|trước|đến hết|đến cuối|vào)\s*$", _I)
_OPENING_WORD = re.compile(r"\w")
_SEVERAL_BEFORE = re.compile(r"(?:\d+|những|các|mấy|nhiều)\s+$")
# Characters that IGNORECASE matching equates with an ASCII letter although str.lower() does not
# ("ı", "İ", "ſ", the Kelvin sign): with any of them the literal pre-checks below are skipped.
_ODD_CASE = re.compile("[\u0131\u0130\u017f\u212a]")


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


@dataclass
class Mention:
    """A period named in a sentence; `strong` ones set the context for what follows."""

    start: int
    end: int
    period: Period | None  # None for "main term" / "current term" markers resolved by the tracker
    strong: bool
    marker: str = (
        ""  # framing | main_term | current_term | new_term | until | year_frame | last_year | this_year | next_year
    )
    part: str | None = None  # q1 | h1 | m9 | mid_term
    opening: bool = False  # the year the sentence opens with ("Năm 2025, ...")
    month: int | None = None  # "tháng 1" with no year: its year is the one of the article's date


def term_started(term: tuple[int, int], published: datetime.datetime | None) -> bool:
    """A term's resolution exists only after its congress (held from about April of the first year)."""
    if published is None:
        return True
    return (published.year, published.month) >= (term[0], 4)


def find_mentions(sentence: str) -> list[Mention]:
    """Period mentions of one sentence, in text order."""
    return list(_mentions(sentence))


@lru_cache(maxsize=8192)
def _mentions(sentence: str) -> tuple[Mention, ...]:
    # Cached: the pipeline looks at each sentence twice (the article's term, then the walk).
    found: list[Mention] = []
    # Literal pre-checks: every pattern below needs one of these words (or a year's digits) to match,
    # and most sentences have none of them; skipping a scan that cannot match changes nothing.
    if _ODD_CASE.search(sentence):
        low, has_year, has_term = None, True, True
    else:
        low = sentence.lower()
        has_year = "19" in sentence or "20" in sentence
        has_term = "nhiệm kỳ" in low
    _term_mentions(sentence, low, has_year, has_term, found)
    _year_mentions(sentence, low, has_year, found)
    return tuple(sorted(found, key=lambda x: x.start))


def _term_mentions(sentence: str, low: str | None, has_year: bool, has_term: bool, found: list[Mention]) -> None:
    """Terms: "nhiệm kỳ 2020 - 2025" of a Party body, "giai đoạn 2021 - 2025", the term just ended, the
    congress's term, the new term, the current one."""
    if has_term and has_year:
        for m in _TERM.finditer(sentence):
            start, end = int(m.group(1)), int(m.group(2))
            if not _party_term(sentence[max(0, m.start() - 100) : m.start()], start):
                continue
            if end - start == 5:  # Party congresses sit every five years
                framing = bool(_FRAMING.search(sentence[max(0, m.start() - 120) : m.start()]))
                found.append(
                    Mention(m.start(), m.end(), Period.of_term(start, end), True, marker="framing" if framing else "")
                )
    if has_year and (low is None or "giai đoạn" in low):
        for m in _STAGE.finditer(sentence):
            start, end = int(m.group(1)), int(m.group(2))
            if end % TERM_YEARS == 0 and (end - start == TERM_YEARS or end - start == TERM_YEARS - 1):
                # "giai đoạn 2015 - 2020" spans a Party term; "giai đoạn 2021 - 2025", the five-year plan of
                # the 2020 - 2025 term, is that term too.
                found.append(Mention(m.start(), m.end(), Period.of_term(end - TERM_YEARS, end), False))
    if low is None or "năm " in low or has_term:
        for m in _PAST_TERM.finditer(sentence):
            found.append(Mention(m.start(), m.end(), None, False, marker="past_term"))
    if low is None or "đại hội" in low:
        for m in _CONGRESS_SETS.finditer(sentence):
            if _PLAN_BEFORE_CONGRESS.search(sentence[max(0, m.start() - 20) : m.start()]):
                continue  # "vượt mục tiêu Đại hội XXI đề ra", "đạt 124% Nghị quyết Đại hội đề ra": a result's plan
            found.append(Mention(m.start(), m.end(), None, True, marker="main_term"))
    if has_term or low is None or "tới" in low or "mới" in low:
        for m in _NEW_TERM.finditer(sentence):
            found.append(Mention(m.start(), m.end(), None, True, marker="new_term"))
        for m in _CURRENT_TERM.finditer(sentence):
            word = (m.group(1) or "").lower()
            part = "mid_term" if word in ("nửa", "giữa") else None
            # "cả nhiệm kỳ" reporting (not planning) at a congress is the term just ended.
            marker = "past_term" if word in ("cả", "toàn") and not _PLANNING.search(sentence) else "current_term"
            found.append(Mention(m.start(), m.end(), None, False, marker=marker, part=part))


def _year_mentions(sentence: str, low: str | None, has_year: bool, found: list[Mention]) -> None:
    """Years and parts of years: "Năm 2023, ...", "Nghị quyết năm 2023", "6 tháng đầu năm", "năm qua", a year
    named in passing."""
    taken = [(x.start, x.end) for x in found]
    if has_year:
        for n, pattern in enumerate(_STRONG_ANNUAL):
            if n != 2 and low is not None and "năm" not in low:
                continue
            for m in pattern.finditer(sentence):
                year_at = m.start(m.lastindex)
                if n and _UNTIL_BEFORE.search(_YEAR_WORD_END.sub("", sentence[max(0, year_at - 40) : year_at])):
                    continue  # "chỉ tiêu Nghị quyết đề ra đến năm 2025": a deadline, read below as "until"
                if not _inside(year_at, taken):
                    # "Năm 2021, ..." frames what follows; "Nghị quyết năm 2021" names the resolution.
                    found.append(
                        Mention(
                            year_at,
                            m.end(),
                            Period.annual(int(m.group(m.lastindex))),
                            True,
                            marker="year_frame" if n == 0 else "",
                            opening=n == 0 and not _OPENING_WORD.search(sentence, 0, m.start()),
                        )
                    )
                    taken.append((year_at, m.end()))
    if low is None or "tháng" in low or "quý" in low:
        for m in _PART.finditer(sentence):
            if m.group("months") and int(m.group("months")) not in (3, 6, 9):
                continue
            part = "q1" if m.group("quarter") else {3: "q1", 6: "h1", 9: "m9"}[int(m.group("months"))]
            year = m.group(3)
            period = Period.annual(int(year)) if year else None
            if not _inside(m.start(), taken):
                found.append(Mention(m.start(), m.end(), period, bool(year), part=part))
                taken.append((m.start(), m.end()))
    if low is None or "tháng" in low:
        _month_mentions(sentence, taken, found)
    if low is None or "năm " in low:
        for m in _RELATIVE.finditer(sentence):
            if _SEVERAL_BEFORE.search(sentence[: m.start("which") - 4]):
                continue  # "5 năm qua", "những năm qua": several years, not last year
            which = m.group("which").lower()
            marker = {"nay": "this_year", "tới": "next_year", "sau": "next_year"}.get(which, "last_year")
            found.append(Mention(m.start("which"), m.end(), None, m.group("frame") is not None, marker=marker))
    if has_year and (low is None or "năm" in low):
        for m in _WEAK_ANNUAL.finditer(sentence):
            if _inside(m.start(1), taken):
                continue
            before = sentence[max(0, m.start() - 30) : m.start()]
            if _NOT_A_PERIOD_BEFORE.search(before):
                continue
            marker = "until" if _UNTIL_BEFORE.search(before) else ""
            found.append(Mention(m.start(1), m.end(), Period.annual(int(m.group(1))), False, marker=marker))


def _month_mentions(sentence: str, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """ "kết quả tháng 1", "phương hướng nhiệm vụ tháng 2 năm 2026": the month's year frames what follows."""
    for m in _MONTH.finditer(sentence):
        if _inside(m.start(), taken) or _NOT_A_MONTH_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue
        if m.group(2):
            continue  # "tháng 8/2023" dates an event as often as it frames a report: the year alone is read below
        found.append(Mention(m.start(), m.end(), None, True, marker="month", month=int(m.group("month"))))
        taken.append((m.start(), m.end()))


def _party_term(before: str, start: int) -> bool:
    """Whether the body named last before a "nhiệm kỳ" is a province's or district's Party organisation (from
    the 2025 - 2030 term on, when districts are gone, also a commune's, ward's or special zone's)."""
    party = [m.end() for m in _PARTY_BODY.finditer(before)]
    if start >= FIRST_COMMUNE_TERM:
        party += [m.end() for m in _COMMUNE_BODY.finditer(before)]
    other = [
        m.end()
        for m in _OTHER_BODY.finditer(before)
        if start < FIRST_COMMUNE_TERM or not _COMMUNE_BODY.fullmatch(m.group(0))
    ]
    return not other or (bool(party) and party[-1] > other[-1])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def default_term(published: datetime.datetime | None, latest_year: int | None = None) -> tuple[int, int] | None:
    """The Party term running at a date: congresses every five years (…, 2015, 2020, 2025)."""
    if published is not None:
        year, month = published.year, published.month
    elif latest_year is not None:
        year, month = latest_year, 12
    else:
        return None
    start = year - year % 5
    if (year, month) < (start, 4):
        start -= 5
    return (start, start + 5)
