"""The shapes of plain text: words, sentences and list markers, the wording of a target's direction,
and the words a reading's JSON names its period with (nlp/text.py, sentences.py, direction.py, items.py).

All but the direction's patterns were always compiled case-sensitive: they look at punctuation,
digits and capitals, or at text already lower-cased or folded.
"""

from __future__ import annotations

import re

from extraction.grammar import pattern

# ---------------------------------------------------------------------------------------------------
# Words (nlp/text.py)

# A word: letters or digits, with inner apostrophes ("Đắk Lắk" is two words, "H’Mông" one).
_WORD = r"[^\W_]+(?:['’][^\W_]+)*"
WORD = pattern(_WORD, 0)
# The words of a phrase key, hyphens kept as words of their own ("kinh tế - xã hội").
WORD_OR_HYPHEN = pattern(_WORD + r"|-", 0)

# ---------------------------------------------------------------------------------------------------
# Paragraphs and sentences (nlp/sentences.py)

_LIST_NUMBER = r"\d{1,2}"  # the number of a list item: lists run to a few dozen items at most
_CLOSERS = r"[\"”’)\]]*"  # closing quotes and brackets that may follow a sentence's last mark

# "1. Tốc độ" / "2) Thu" at the start of a line or after ":" ";" "." — a list item marker.
LIST_MARKER = pattern(r"(?:(?<=^)|(?<=[:;.]\s)|(?<=[:;.]))\s*(" + _LIST_NUMBER + r")[.)]\s+(?=[^\W\d_])", re.MULTILINE)
# What every LIST_MARKER match holds ("1. ", "2) "): without it a paragraph has no marker to look for.
# (Kept by hand: a digit and a class are no words, so grammar.needs can derive nothing from LIST_MARKER.)
MARKER_HINT = pattern(r"\d[.)]\s", 0)
# A bullet or numbered line: "* ...", "• ...", "- ...", "1. ...", "2) ...".
BULLET = pattern(r"^\s*(?:[*•+\-–—]|" + _LIST_NUMBER + r"[.)])\s*", 0)
# "Về kinh tế: 1. Tốc độ ...": a section that opens a numbered list of targets.
SECTION_LIST = pattern(r"^Về [^:]{1,60}:\s*" + _LIST_NUMBER + r"\.\s", 0)
# The number a list marker would hold, read whole (is the word before a sentence end "1."?).
LIST_NUMBER = pattern(_LIST_NUMBER, 0)
# A sentence ends at . ! ? … (closing quotes/brackets may follow) before a capital, digit or quote.
SENTENCE_END = pattern(r"(?:[.!?]+|…|\.\.\.)" + _CLOSERS + r"\s+(?=[\"“‘(\[*•\-–]?\s*[^\W_a-zđ])", 0)
# The last word before a sentence end ("TP." of "TP. Hồ Chí Minh": an abbreviation, no end).
LAST_WORD = pattern(r"([\w.]+)[.!?…]*" + _CLOSERS + r"\s*$", 0)
SPACE = pattern(r"\s", 0)

# Headings: a line that ends with a sentence's punctuation is no heading ...
TERMINAL = pattern(r"[.!?…:;]\s*" + _CLOSERS + r"\s*$", 0)
# ... and a line in capitals or under a Roman numeral is one unless it closes like a sentence (":" may
# end a heading: "II. NHIỆM VỤ NĂM 2024:").
CLOSING = pattern(r"[.!?…;]\s*$", 0)
ROMAN_HEADING = pattern(r"^\s*[IVX]{1,4}\s*[.)/-]\s*\S", 0)

# ---------------------------------------------------------------------------------------------------
# Direction (nlp/direction.py): matched against the clause as written, so case is ignored

# A reduction or a ceiling: "giảm", "kiềm chế", "không để", "còn (dưới) 4%".
DECREASE = pattern(r"\b(?:giảm|kéo giảm|hạ|kiềm chế|hạn chế|khống chế|không để)\b|\bcòn\s+(?:dưới\s+)?\d")
# A share of a whole has no direction; a level to be kept ("duy trì trên 92%", "giữ vững 100%",
# "ổn định trên 1,1 triệu tấn") must not fall below it: judged at least, i.e. "increase".
SHARE = pattern(r"\b(?:chiếm|cơ cấu)\b")
KEEP = pattern(r"\b(?:duy trì|ổn định|giữ vững|giữ ổn định|giữ mức)\b")
# Spending is neither more nor less of a good thing.
SPENDING = pattern(r"\bchi ngân sách\b|\btổng chi\b")
# IGNORECASE equates these with ASCII letters where str.lower() does not: a clause holding any of
# them gets no substring pre-check (its lower-cased form might miss a word the pattern matches).
ODD_CASE = pattern("[\u0131\u0130\u017f\u212a]", 0)

# ---------------------------------------------------------------------------------------------------
# Items and their JSON (nlp/items.py)

# Wording that states a level not to be passed: "giảm tỷ lệ hộ nghèo còn 4%", "dưới 2%", "không quá 5%".
AT_MOST_WORDS = pattern(r"\b(còn|xuống|dưới|không quá|không vượt quá|tối đa|thấp hơn|ít hơn)\b", 0)
# Where a sentence breaks into the clauses that state its items: ";" ":" or ", " before a word.
CLAUSE_BREAK = pattern(r"[;:]|, (?=[^\d])", 0)

# The span a JSON reading names in words, matched in folded text (nlp.text.fold: no tones, lower case);
# checked in this order, so the middle of a term wins over the term.
MID_TERM_WORDS = pattern(r"giua nhiem ky|nua nhiem ky|mid", 0)
TERM_WORDS = pattern(r"nhiem ky|term", 0)
Q1_WORDS = pattern(r"\bquy (i|1)\b|\bq1\b", 0)
H1_WORDS = pattern(r"\b6 thang\b|sau thang|\bh1\b", 0)
M9_WORDS = pattern(r"\b9 thang\b|chin thang|\bm9\b", 0)
YEAR_WORDS = pattern(r"\bnam\b|\byear\b", 0)
