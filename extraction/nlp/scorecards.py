"""Scorecards ("19/25 chỉ tiêu đạt và vượt, có 7 chỉ tiêu vượt") and facts about a resolution:
how many targets it set ("đề ra 30 chỉ tiêu chủ yếu"), its slogan ("chủ đề năm") and number.

A ranking ("xếp thứ 2/8 huyện") is not a scorecard, nor a forecast ("Khả năng đến cuối
nhiệm kỳ, có 27/27 CT đạt và vượt").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.nlp.cues import FORECAST

_I = re.IGNORECASE
_RATIO = re.compile(r"(?<![\d/])(\d+)\s*/\s*(\d+)\s+(?:chỉ tiêu|CT)\b", _I)
_MET_AFTER = re.compile(r"^[^,;.]{0,70}?\b(?:đã\s+)?(?:đạt và vượt|đạt, vượt|hoàn thành và vượt|hoàn thành|đạt)\b"
                        r"(?!\s+(?:trên|từ|dưới|khoảng)\s+\d)", _I)
# The verb may come first: "hoàn thành và hoàn thành vượt mức 23/24 chỉ tiêu", "đạt và vượt 15/18 chỉ tiêu".
_MET_BEFORE = re.compile(r"\b(?:đạt|vượt|hoàn thành)(?:\s*(?:,|và)?\s*(?:đạt|vượt|hoàn thành|mức|được)){0,5}"
                         r"(?:\s+(?:có|được))?\s*$", _I)
# "trong 22 chỉ tiêu chủ yếu, có 9 chỉ tiêu đã đạt và vượt": the total and the count met, no slash.
# Qualifiers may sit in brackets or before the count: "Trong 20 chỉ tiêu (chủ yếu), (ước) có 15 chỉ tiêu
# đạt và vượt", "trong số 18 chỉ tiêu Nghị quyết đề ra, đến nay có 12 chỉ tiêu ước đạt".
_ESTIMATE = (r"(?:\(?\s*(?:(?:dự )?ước(?: tính)?(?: thực hiện)?(?: (?:cả năm|đến cuối năm|đến hết năm|cả nhiệm kỳ|"
             r"đến cuối nhiệm kỳ))?|đến nay|đến cuối năm)\s*\)?\s*,?\s*)")
# "...; ước cả năm có 19 chỉ tiêu đạt và vượt": a later count met of the same total, in another clause.
_MORE_MET = re.compile(r"(?<![\d/])(\d+)\s+(?:chỉ tiêu|CT)\s+(?:đã\s+|được\s+|ước\s+)?"
                       r"(?:đạt và vượt|đạt, vượt|hoàn thành và vượt)\b", _I)
_OF_TOTAL = re.compile(r"\b(?:trong|trong số|trên tổng số)\s+(?:tổng số\s+)?(\d+)\s+(?:chỉ tiêu|CT)\b[^,;.:]{0,40}?[,:]\s*"
                       rf"{_ESTIMATE}*(?:đã\s+)?(?:có\s+)?{_ESTIMATE}*(\d+)\s+(?:chỉ tiêu|CT)\s+(?:đã\s+|được\s+|ước\s+)?"
                       r"(?:đạt và vượt|đạt, vượt|hoàn thành và vượt|hoàn thành|đạt)\b", _I)
_NEARLY = re.compile(r"^[^,;.]{0,40}?\bxấp xỉ\b", _I)
_NOT_MET = re.compile(r"^[^,;.]{0,40}?\b(?:chưa|không) đạt\b", _I)
_PARTIAL = re.compile(r"^[^,;.]{0,40}?\bđạt\s+(?:trên|từ|dưới|khoảng)\s+\d", _I)
_EXCEEDED = re.compile(r"(?<![\d/])(\d+)\s+(?:chỉ tiêu|CT)\s+(?:đã\s+)?(?:đạt\s+)?vượt\b", _I)
_NEARLY_COUNT = re.compile(r"(?<![\d/])(\d+)\s+(?:chỉ tiêu|CT)\s+(?:đạt\s+)?xấp xỉ\b", _I)
_NOT_MET_COUNT = re.compile(r"(?<![\d/])(\d+)\s+(?:chỉ tiêu|CT)\s+(?:còn lại\s+)?(?:chưa|không) đạt\b", _I)
_NEW_CLAUSE = re.compile(r"[;]|\b(?:ước cả năm|ước đến|dự kiến|đến cuối năm|cả năm|đến hết năm|khả năng)\b", _I)
_RANKING = re.compile(r"\b(?:xếp|đứng)(?: thứ)?\s*$", _I)

_COUNT = re.compile(r"\b(?P<verb>đề ra|xác định|thống nhất|thông qua|đặt ra|gồm|có|với|thành|ban hành)\s+"
                    r"(?:(?:tổng cộng|tổng số|cả)\s+)?(?P<n>\d+)\s+(?:chỉ tiêu|CT)\b(?P<after>[^,;.]{0,30})", _I)
_COUNT_NOT = re.compile(r"^\s*(?:đã|được|của tỉnh|của Trung ương|của huyện|đạt|vượt|xấp xỉ|chưa|không|có khả năng|"
                        r"đánh giá|hoàn thành)", _I)
_SLOGAN = [
    re.compile(r"chủ đề(?:\s+(?:của\s+)?năm(?:\s+\d{4})?)?(?:\s+(?:của|là)\s+[^“\"]{1,30}?)?\s*(?:là|:)?\s*[“\"](?P<s>[^”\"]{3,90})[”\"]", _I),
    re.compile(r"[“\"](?P<s>[^”\"]{3,90})[”\"]\s*(?:là|làm)\s+chủ đề", _I),
]
_NUMBER = re.compile(r"\b(?:Nghị quyết|NQ)\s+số\s+(?P<n>\d{1,4}\s*-\s*NQ\s*/\s*[A-ZĐ]{2,5})", _I)


@dataclass
class ScorecardReading:
    total: int
    met_or_exceeded: int
    exceeded: int | None
    nearly_met: int | None
    not_met: int | None
    start: int  # offset of the ratio in the sentence


@dataclass
class Fact:
    name: str  # "target_count" | "slogan" | "number"
    value: object
    start: int
    end: int


def read_scorecards(sentence: str) -> list[ScorecardReading]:
    """Scorecards of a sentence: one per total, the met count being the "đạt và vượt" ratio."""
    if FORECAST.search(sentence):
        return []
    # Keyed by total; a later count met of the same total in another clause ("đến nay có 12/21 chỉ tiêu
    # đạt và vượt; ước cả năm có 19/21 chỉ tiêu đạt và vượt") is a second scorecard, not a restatement.
    found: dict[int, ScorecardReading] = {}
    cards: list[ScorecardReading] = []
    for m in _RATIO.finditer(sentence):
        if _RANKING.search(sentence[max(0, m.start() - 12):m.start()]):
            continue
        met, total = int(m.group(1)), int(m.group(2))
        if met > total or total == 0:
            continue
        after = sentence[m.end():]
        before = sentence[max(0, m.start() - 30):m.start()]
        if total in found:
            card = found[total]
            if card.nearly_met is None and _NEARLY.match(after):
                card.nearly_met = met
                continue
            if card.not_met is None and _NOT_MET.match(after):
                card.not_met = met
                continue
            if met == card.met_or_exceeded or not _NEW_CLAUSE.search(sentence, card.start, m.start()):
                continue
        if _NEARLY.match(after) or _NOT_MET.match(after) or _PARTIAL.match(after):
            continue
        if not (_MET_AFTER.match(after) or _MET_BEFORE.search(before)):
            continue
        found[total] = ScorecardReading(total, met, None, None, None, m.start())
        cards.append(found[total])
    for m in _OF_TOTAL.finditer(sentence):
        total, met = int(m.group(1)), int(m.group(2))
        if met <= total and total not in found:
            found[total] = ScorecardReading(total, met, None, None, None, m.start())
            cards.append(found[total])
            for more in _MORE_MET.finditer(sentence, m.end()):
                later = int(more.group(1))
                if later <= total and later != met and _NEW_CLAUSE.search(sentence, m.end(), more.start()):
                    cards.append(ScorecardReading(total, later, None, None, None, more.start()))
                    break
    cards.sort(key=lambda c: c.start)
    for n, card in enumerate(cards):
        # Counts after a card (vượt, xấp xỉ, chưa đạt) belong to it, up to the next card.
        rest = sentence[card.start:cards[n + 1].start if n + 1 < len(cards) else len(sentence)]
        for pattern, attr in ((_EXCEEDED, "exceeded"), (_NEARLY_COUNT, "nearly_met"), (_NOT_MET_COUNT, "not_met")):
            hit = pattern.search(rest)
            if hit and getattr(card, attr) is None and int(hit.group(1)) <= card.total:
                setattr(card, attr, int(hit.group(1)))
    return cards


def read_facts(sentence: str, *, district_level: bool) -> list[Fact]:
    """Target count, slogan and number a sentence states about its resolution."""
    facts: list[Fact] = []
    if not FORECAST.search(sentence):
        for m in _COUNT.finditer(sentence):
            if _COUNT_NOT.match(m.group("after")) or re.search(r"của tỉnh", m.group("after")) and district_level:
                continue
            facts.append(Fact("target_count", int(m.group("n")), m.start(), m.end()))
    for pattern in _SLOGAN:
        for m in pattern.finditer(sentence):
            nearby = sentence[max(0, m.start() - 20):m.end() + 15]
            if district_level and re.search(r"của tỉnh|tỉnh là|của Tỉnh ủy", nearby, _I):
                continue
            facts.append(Fact("slogan", m.group("s").strip(), m.start(), m.end()))
    for m in _NUMBER.finditer(sentence):
        number = re.sub(r"\s+", "", m.group("n"))
        if district_level == number.upper().endswith(("/HU", "/QU", "/TX", "/ĐU")) or not district_level:
            facts.append(Fact("number", number, m.start(), m.end()))
    return facts
