"""The shapes of a scorecard ("19/25 chỉ tiêu đạt và vượt, có 7 chỉ tiêu vượt") and of the facts a sentence
states about its resolution: how many targets it set, its slogan, a congress's motto and its number.

The words are data: the nouns counted (lexicon/target_nouns.toml), the words for met, exceeded, nearly met,
not met and on the way (lexicon/scorecard_*.toml) and the qualifiers around a count
(lexicon/scorecard_qualifiers.toml); the patterns are built from those files when the module is imported.

Patterns that end in `$` are searched in the few characters before a count (what it is written after);
those matched with a start (`pattern.match(sentence, end_of_count)`) read what follows a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extraction import lexicon
from extraction.grammar import pattern

# The lexicon file of each status a count may have; a phrase found in two files keeps the first's status.
STATUS_FILES = {
    "met": "scorecard_met",
    "exceeded": "scorecard_exceeded",
    "nearly_met": "scorecard_nearly_met",
    "not_met": "scorecard_not_met",
    "partial": "scorecard_partial",
}
# How far the words qualifying the noun may run before the status ("23/24 chỉ tiêu kinh tế - xã hội
# - môi trường đạt và vượt"), and how far before a count its verb and qualifiers are looked for.
NOUN_TAIL = 70
VERB_REACH = 60


def phrase_key(phrase: str) -> str:
    """A phrase as the alternations hold it: lower case, its words one space apart (the matched text of a
    status, keyed so, finds its entry)."""
    return " ".join(phrase.lower().split())


def _alternation(phrases: Iterable[str]) -> str:
    """The phrases as one alternation, longest first, words apart by any whitespace, whole words only."""
    ordered = sorted({phrase_key(p) for p in phrases}, key=lambda p: (-len(p), p))
    return r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + r")(?!\w)"


def _qualifiers(role: str) -> str:
    """The qualifiers of one role in lexicon/scorecard_qualifiers.toml ("trong đó", "tất cả", "ước" ...)."""
    return _alternation(
        p for e in lexicon.load("scorecard_qualifiers").entries if e.data["role"] == role for p in e.phrases
    )


# Fragments spelled once.
_NOUNS = lexicon.load("target_nouns")
NOUN = _alternation(_NOUNS.phrases)  # "chỉ tiêu", "CT", "nhóm chỉ tiêu" ...
# "đề ra 8 nhóm chỉ tiêu" is no number of targets of the resolution: facts count the plain nouns only.
FACT_NOUN = _alternation(p for e in _NOUNS.entries if not e.data.get("group") for p in e.phrases)
# Every status phrase of every status file ("đạt và vượt", "chưa đạt" ...).
STATUS = _alternation(p for name in STATUS_FILES.values() for e in lexicon.load(name).entries for p in e.phrases)
_ALL = _qualifiers("all")  # "toàn bộ", "tất cả": the count is all the targets
_SUBSET_WORDS = _qualifiers("subset")  # "trong đó": the counts are parts of the card before
_OF = rf"(?:\s*/\s*|\s+(?:{_qualifiers('of')})\s+)"  # "15/24", "15 trên 24": a count of a total
_BETWEEN = rf"(?:\s+(?:{_qualifiers('between')}))?"  # "có", "được" between a status verb and its count

# A count of targets: "15/24 chỉ tiêu", "20 chỉ tiêu/21 chỉ tiêu" or "19 chỉ tiêu".
COUNTED = pattern(
    rf"(?<![\d/.,])(?P<n>\d+)(?:{_OF}(?P<total>\d+)\s+{NOUN}|\s+{NOUN}"
    rf"(?:\s*/\s*(?P<total2>\d+)\s+{NOUN})?)(?!\s*/\s*\d)"
)
# Matched at the end of a count (re.match with a start): the status after it.
STATUS_AFTER = pattern(rf"[^,;.:(]{{0,{NOUN_TAIL}}}?(?P<s>{STATUS})")
# The status verb before a count ("đạt và vượt 17/19 chỉ tiêu"), with "tất cả" when it says all of them.
STATUS_BEFORE = pattern(rf"(?P<s>{STATUS}){_BETWEEN}(?:\s+(?P<all>{_ALL}))?{_BETWEEN}\s*$")
# "trong 21 chỉ tiêu", "trong tổng số 24 chỉ tiêu": the count is the card's total.
TOTAL_BEFORE = pattern(rf"(?:{_qualifiers('total')})\s*$")
# "N chỉ tiêu đề ra": the count is all the targets set.
SET_AFTER = pattern(rf"[^,;.:(]{{0,40}}?{_qualifiers('set')}")
ALL_BEFORE = pattern(rf"(?:{_ALL})\s*$")
# "các chỉ tiêu chủ yếu đều đạt và vượt": every target met, however many they are.
ALL_MET = pattern(
    rf"(?:{_qualifiers('plural')})\s+{NOUN}[^,;.:(\d]{{0,{NOUN_TAIL}}}?(?:{_qualifiers('every')})"
    rf"\s+(?P<s>{STATUS})"
)
SUBSET = pattern(_SUBSET_WORDS)
# "ước cả năm": a later count met is an estimate, a card of its own.
ESTIMATE = pattern(_qualifiers("estimate"))
# A sentence opened by "Trong đó": its counts are parts of the card the sentence before stated.
SUBSET_OPENING = pattern(rf"\W*(?:{_SUBSET_WORDS})")
# "xếp thứ 2/8 huyện": a ranking, not a scorecard.
RANKING_BEFORE = pattern(rf"(?:{_qualifiers('ranking')})\s*$")

# The number of targets a resolution sets: "đề ra 30 chỉ tiêu chủ yếu", "thông qua tổng cộng 25 chỉ tiêu".
TARGET_COUNT = pattern(
    r"\b(?P<verb>đề ra|xác định|thống nhất|thông qua|đặt ra|gồm|có|với|thành|ban hành)\s+"
    r"(?:(?:tổng cộng|tổng số|cả)\s+)?(?P<n>\d+)\s+" + FACT_NOUN + r"(?P<after>[^,;.]{0,30})"
)
# What after such a count makes it no number set: "25 chỉ tiêu đã đạt", "20 chỉ tiêu của tỉnh".
TARGET_COUNT_NOT = pattern(
    r"^\s*(?:đã|được|của tỉnh|của Trung ương|của huyện|đạt|vượt|xấp xỉ|chưa|không|có khả năng|"
    r"đánh giá|hoàn thành)"
)
# The year's slogan: "chủ đề năm 2023 là “...”", "“...” làm chủ đề".
SLOGANS = [
    pattern(
        r"chủ đề(?:\s+(?:của\s+)?năm(?:\s+\d{4})?)?(?:\s+(?:của|là)\s+[^“\"]{1,30}?)?\s*(?:là|:)?\s*[“\"](?P<s>[^”\"]{3,90})[”\"]"
    ),
    pattern(r"[“\"](?P<s>[^”\"]{3,90})[”\"]\s*(?:là|làm)\s+chủ đề"),
]
# Near a slogan, these say it is the province's: a district's article quoting it states no slogan of its own.
PROVINCE_SLOGAN = pattern(r"của tỉnh|tỉnh là|của Tỉnh ủy")
# A congress's motto ("Với phương châm “Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển”"): the slogan of the
# resolution the congress adopts, whatever period the rest of the sentence reviews.
MOTTO = pattern(r"phương châm\s*:?\s*[“\"'‘](?P<s>[^”\"'’]{3,90})[”\"'’]")
# The resolution's number: "Nghị quyết số 12-NQ/HU".
RESOLUTION_NUMBER = pattern(r"\b(?:Nghị quyết|NQ)\s+số\s+(?P<n>\d{1,4}\s*-\s*NQ\s*/\s*[A-ZĐ]{2,5})")
