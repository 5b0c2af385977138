"""The shapes the role rules of extraction/nlp/statements.py read around a number, and those that cut a
sentence into clauses and a clause down to its indicator.

Patterns that end in `$` are matched against the characters before a number; the others look right
after it or scan the words between two numbers.
"""

from __future__ import annotations

from extraction.grammar import pattern
from extraction.grammar.plans import APPROX

# Fragments spelled once.
_ROUGHLY = r"(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?"  # "từ gần 47 triệu đồng", "từ hơn 10%"
_SHARE_VERB = r"\s*,?\s*(?:đạt|bằng|vượt)"  # ", đạt 101%", "bằng 95%": a share of the plan follows

# --- Cutting a sentence into clauses ---------------------------------------------------------------------

# A sentence is cut into pieces at ";" and ":" (not at the colon of a time, "7:30").
PIECE_BREAK = pattern(r"[;:](?!\d)", 0)
# "Thu nhập bình quân đầu người đến năm 2025: 70 triệu đồng", and a table flattened to "Tỷ lệ hộ nghèo:
# giảm 2,5%": a label, then its value after the colon, are one clause (the label is the indicator).
LABEL_VALUE = pattern(
    r"\s*(?:(?:trên|dưới|từ|khoảng|đạt|ước đạt|tăng|giảm|thêm|có thêm|còn|giảm còn|"
    r"tăng thêm|bình quân|đạt trên|đạt từ)\s+)*\d"
)
# A clause begins at the first comma (or "và", "với") after the previous item and its modifiers.
CLAUSE_BREAK = pattern(r",|\bvà\b|\bvới\b", 0)
# What joins two items of a list: a figure after a percentage, not joined so, modifies it.
LIST_JOIN = pattern(r",|;|\bvà\b|\bvới\b|\btrong đó\b", 0)
# Where the items start after a count of targets: "đề ra 20 chỉ tiêu, trong đó thu ngân sách ...".
ITEMS_INTRO = pattern(r",\s*(?:trong đó|cụ thể|gồm|như)\b")

# --- The role of a number ----------------------------------------------------------------------------------

# "tăng từ gần 47 triệu đồng năm 2021 lên trên 52 triệu đồng": where a change started, not an item.
FROM_LEVEL_BEFORE = pattern(
    rf"\b(?:tăng|giảm|nâng|từ mức)\s+(?:\S+\s+){{0,2}}?từ\s+{_ROUGHLY}$|"
    rf"\btừ\s+{_ROUGHLY}$"
)
TO_LEVEL_AFTER = pattern(r"[^,;.()]{0,40}?(?<!trở )\b(?:lên|xuống|còn)\s+(?:mức\s+|gần\s+|hơn\s+|trên\s+)?\d")
# "sự nỗ lực, cố gắng của doanh nghiệp", "chỉ đạo tập trung của cấp ủy": a directive word used as a noun.
NOUN_AFTER = pattern(r"(?:[,\s]+[^\s,.;]+){0,3}?\s+của\b")
# "đạt 98% dự toán Trung ương giao, 95,2% dự toán địa phương": the same result against a second plan.
SECOND_SHARE_BEFORE = pattern(r"^[^;]{0,40}?(?:,|\(|\bvà)\s*(?:(?:đạt|bằng)\s+)?(?:được\s+)?$")
# "ước tăng 8,31%/KH tăng 3-4%": the result over its plan.
SLASH_PLAN = pattern(
    r"\s*/\s*(?:KH|kế hoạch|NQ|nghị quyết|CT|chỉ tiêu)\s*(?:năm\s+\d{4}\s*)?(?::\s*)?"
    r"(?:(?:tăng|giảm|đạt|là)\s+)?(?:(?:trên|dưới|từ|khoảng)\s+)?"
)
# "Tổng đàn đại gia súc hiện có hơn 10.923 con, đạt hơn 101% kế hoạch": a level held now, measured against its plan.
HOLDING_NOW = pattern(rf"\bhiện (?:có|nay có|là)\s+(?:{APPROX}\s+)?$")
SHARE_OF_PLAN_AFTER = pattern(
    rf"{_SHARE_VERB}\s+(?:{APPROX}\s+)?\d[\d.,]*\s*%\s*(?:so với\s+)?"
    r"(?:kế hoạch|KH|chỉ tiêu|nghị quyết|NQ|dự toán|mục tiêu)\b"
)
# "có tổng công suất 78 MW, đạt ...": a figure measured against something is no mere description.
MEASURED_AFTER = pattern(rf"{_SHARE_VERB}\b")
# "với hơn 28.800 nhân khẩu, 30 xóm, 52 đảng bộ": what separates the sizes of a list of sizes.
SIZE_LIST_GAP = pattern(
    r"(?:[^;.()%]|(?<=\d)\.(?=\d)){0,40}?(?:,|\bvà|\bđến(?: từ)?)\s*(?:với\s+)?(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?",
    0,
)
# "ước đạt 5.420 USD (khoảng 125 triệu đồng)": the same figure in another unit.
RESTATED_BETWEEN = pattern(r"\s*\(\s*(?:khoảng|tương đương(?: với)?|tức là|xấp xỉ)\s+")
# A plan passed or missed: "hoàn thành 100% chỉ tiêu" said with one of these is a result, not only a plan's wording.
OFF_PLAN_WORDS = pattern(r"\b(?:vượt|về đích|thấp hơn|cao hơn|chưa đạt|không đạt)\b")
# What is quoted: the title of a resolution quoted in a report plans nothing itself.
QUOTED = pattern(r"“[^”]{0,300}”|\"[^\"]{0,300}\"", 0)

# --- The indicator: what is measured -----------------------------------------------------------------------
# indicator_of runs for every reading: these are compiled once, not looked up per call.

NO_INDICATOR_AFTER = pattern(r"\b(?:đạt|bằng|vượt|hoàn thành|thực hiện đạt)\b", 0)
BOUND_WORD = pattern(r"\b(?:trên|hơn|dưới|từ|ít nhất|tối thiểu|khoảng|gần|không quá|tối đa)\s*$", 0)
VALUE_VERB = pattern(r"(?:\b(?:ước đạt|đạt|là|còn|ở mức|bằng)|:)\s*$", 0)
LABEL_CHANGE = pattern(r":\s*(?:tăng|giảm|thêm|có thêm|giảm còn|tăng thêm)?\s*$", 0)
TAIL_END = pattern(r"[,;(]|\btrở lên\b|\bso với\b", 0)
BRACKETED = pattern(r"\([^)]*\)|\(\s*$", 0)
SPACES = pattern(r"\s+", 0)
