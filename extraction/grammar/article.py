"""The shapes of an article as a whole: what tells a review of a term from a year's, and the resolutions a
sentence names as the plan its figures are measured against.
"""

from __future__ import annotations

from extraction.grammar import DASH, YEAR, pattern
from extraction.grammar.periods import CONGRESS_RESOLUTION_CARRIED, NOT_A_SPAN_AFTER, RESOLUTION

A_YEAR = r"(?:19|20)\d\d"  # a year, not captured
COMMITTEE = r"(?:Huyện|Tỉnh|Thị|Thành|Quận)\s*(?:ủy|uỷ)"  # "Huyện ủy", "Tỉnh uỷ"

# A review of a term: at mid-term ("sơ kết giữa nhiệm kỳ") or at its congress.
TERM_ARTICLE = pattern(
    r"\b(?:giữa|nửa|cuối|hết|cả)\s+nhiệm kỳ|\bĐại hội(?: đại biểu)? Đảng bộ|"
    rf"\bnhiệm kỳ\s+{A_YEAR}\s*{DASH}\s*{A_YEAR}"
)
# "sơ kết giữa nhiệm kỳ": a term's mid-term review.
MID_TERM = pattern(r"\b(?:giữa|nửa)\s+nhiệm kỳ\b")
# The term itself as the event: its mid-term review, its closing review, its congress.
TERM_EVENT = pattern(
    r"\b(?:giữa|nửa)\s+nhiệm kỳ|\b(?:sơ kết|tổng kết)\s+(?:cả\s+)?nhiệm kỳ|"
    r"(?<!Nghị quyết )(?<!NQ )\bĐại hội(?: đại biểu)? Đảng bộ[^.;]{0,100}?"
    r"\b(?:khai mạc|bế mạc|diễn ra|thành công|tổ chức|nhiệm kỳ)"
)
# A year's review or resolution: "đánh giá kết quả năm 2024", "hội nghị tổng kết năm", "Nghị quyết về nhiệm vụ
# năm 2025" (the congress term named beside it, "năm cuối thực hiện Nghị quyết Đại hội", is only its frame).
ANNUAL_EVENT = pattern(
    r"\b(?:đánh giá|tổng kết|kiểm điểm)\s+(?:công tác\s+|tình hình\s+)?(?:kết quả\s+)?"
    rf"(?:thực hiện\s+)?(?:(?:các\s+)?nhiệm vụ\s+|Nghị quyết\s+)?năm\b(?!\s*{A_YEAR}\s*{DASH})|"
    rf"\b{RESOLUTION}\s+(?:về\s+)?(?:nhiệm vụ|phương hướng|mục tiêu)[^.;]{{0,30}}?\bnăm\s+{A_YEAR}\b"
    rf"{NOT_A_SPAN_AFTER}"
)
# "Năm 2025, Thị ủy xác định 19 chỉ tiêu chủ yếu": the year's own set of targets.
YEAR_SETS_TARGETS = pattern(
    rf"^\W*Năm\s+{A_YEAR}\s*,\s*(?:[^.,;]{{0,40}}?\s)?(?:xác định|đề ra|thông qua)\s+\d+\s+(?:nhóm\s+)?chỉ tiêu"
)
# "Nghị quyết năm 2023", "năm 2025" in a headline: a year's article (unless the year is the term's goal).
ANNUAL_TITLE = pattern(rf"\b(?:năm|{RESOLUTION})\s+{YEAR}\b(?!\s*{DASH})")
# The congress resolution named as what the targets were set by: the term's, whatever kind of article.
CONGRESS_PLAN = pattern(rf"\b{RESOLUTION}\s+Đại hội\b")
# "triển khai thực hiện Nghị quyết Đại hội": the congress resolution only carried out.
CARRYING_OUT_CONGRESS = pattern(rf"\b(?:thực hiện|triển khai|quán triệt){CONGRESS_RESOLUTION_CARRIED}\b")
# "Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU": results counted since a term-long resolution began.
SINCE_RESOLUTION = pattern(rf"\b(?:sau|qua)\s+\d+\s+năm\s+(?:triển khai\s+)?(?:thực hiện\s+)?{RESOLUTION}\b")
# The term's own plan named as what a result is measured against.
TERM_PLAN = pattern(
    rf"\b{RESOLUTION}\s+Đại hội|\b(?:chỉ tiêu|mục tiêu)\s+{RESOLUTION}\b(?!\s+(?:năm|\d))|"
    r"\b(?:mục tiêu|chỉ tiêu)\s+(?:cả\s+)?nhiệm kỳ|"
    rf"\b(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:đề ra\s+)?đến (?:hết |cuối )?năm {A_YEAR}"
)
# "Riêng năm 2023, Nghị quyết Huyện ủy đề ra ...", "Nghị quyết Huyện ủy năm 2023", "Nghị quyết năm 2023": the year's
# own resolution, not the congress's (Nghị quyết Đại hội), even inside a review of the term.
OWN_RESOLUTION = pattern(
    rf"\bnăm\s+{YEAR}\s*,\s*(?:[^.;,]{{0,30}}?\s)?{RESOLUTION}\s+(?:của\s+)?(?:Ban Thường vụ\s+)?{COMMITTEE}\b|"
    rf"\b{RESOLUTION}\s+(?:của\s+)?(?:{COMMITTEE}\s+)?năm\s+{YEAR}\b{NOT_A_SPAN_AFTER}"
)
# Where a clause's segment ends: the periods named after a comma or semicolon date another clause.
SEGMENT_END = pattern(r"[,;]", 0)
