"""Wording that tells a plan from a result, and what a number is doing in its clause.

These are patterns of the language of Party reports, not of any one article:
"đạt 92% kế hoạch", "bằng 118% dự toán", "vượt chỉ tiêu Nghị quyết" report a result against a
plan; "phấn đấu", "hằng năm", "đề ra N chỉ tiêu" announce plans.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What a result is measured against: "kế hoạch năm", "dự toán tỉnh giao", "chỉ tiêu Nghị quyết",
# "mục tiêu Đại hội XXI đề ra", "số lượng mô hình đã đăng ký". It must end the phrase, so
# "chỉ tiêu giao quân" (the conscription quota, an indicator) is not a plan reference.
_PLAN_WORD = r"(?:kế hoạch|KH|nghị quyết|NQ|dự toán|chỉ tiêu|mục tiêu)"
_PLAN_QUALIFIER = (r"(?:năm|nhiệm kỳ|cả nhiệm kỳ|đề ra|đã đề ra|Đại hội(?:\s+[IVXLC]+)?|Nghị quyết|NQ|tỉnh|"
                   r"Trung ương|Thành phố|thành phố|huyện|cấp trên|giao|được giao|vốn|\d{4}|của tỉnh|"
                   r"của huyện|Huyện ủy|Tỉnh ủy|HĐND|đến năm \d{4}|cả năm)")
PLAN_REF = re.compile(
    rf"\s*(?:so với\s+)?(?:{_PLAN_WORD}(?:\s+{_PLAN_QUALIFIER})*|(?:số lượng\s+[^,.;]{{0,30}}?\s*)?"
    rf"(?:số\s+)?(?:đã\s+)?đăng ký)"
    r"\s*(?=[,.;:)(…]|$|\s+(?:và|tăng|giảm|so|nhưng|trong|là|được|với)\b)", _I)
PCT_VERB_BEFORE = re.compile(r"(?:\b(?P<verb>đạt|bằng|vượt|hoàn thành|thực hiện|đạt được)\s+(?:được\s+)?(?:từ\s+|trên\s+|gần\s+)?)$", _I)
GROWTH_BEFORE = re.compile(r"\b(?:tăng|giảm)\s+(?:thêm\s+)?$", _I)
GROWTH_AFTER = re.compile(r"\s*so với\s+(?:cùng kỳ|năm|kỳ|tháng|quý|đầu|trước)", _I)
EXCESS_BEFORE = re.compile(r"\bvượt\s+$", _I)
EXCESS_AFTER = re.compile(r"\s*so với\s+" + _PLAN_WORD, _I)
# A plan value given beside a result: "(mục tiêu Nghị quyết là 10,5%/năm)", "thấp hơn kế hoạch (6,5%)",
# "vượt mục tiêu đến năm 2025 là 300 tỷ đồng".
PLAN_BETWEEN = re.compile(_PLAN_WORD + r"[^;]{0,60}$", _I)
COMPARE_WORDS = re.compile(r"\b(vượt|thấp hơn|cao hơn|so với|về đích|bằng|đạt|hụt|không đạt|chưa đạt)\b", _I)
TOTAL_BEFORE = re.compile(r"\bnâng tổng(?: số)?\b[^,;]*$", _I)
# Counts of members, delegates and the like are the organisation's size, not a target or result.
SIZE_BEFORE = re.compile(r"(?:sinh hoạt tại|thay mặt cho|đại diện cho|tổng số[^,;]{0,40}?(?:là|lên|có|gồm)|"
                         r"hiện có|hiện là|hiện nay có|với tổng số)\s*(?:hơn|trên|gần|khoảng)?\s*$", _I)
SIZE_AFTER = re.compile(r"\s*(?:đang sinh hoạt|sinh hoạt tại|đang công tác|số đại biểu|đại biểu|phiếu|số phiếu)", _I)
# "các chỉ tiêu còn lại đạt từ 45%", "10 CT đạt từ 60% trở lên": a count of targets, not a target.
TARGETS_SUBJECT = re.compile(r"(?:\b(?:các|những|\d+)\s+(?:chỉ tiêu|CT)\b|\d+\s*/\s*\d+\s+(?:chỉ tiêu|CT)\b)", re.I)
RANKING_BEFORE = re.compile(r"\b(?:xếp|đứng|xếp hạng)\s+(?:thứ\s+)?$", _I)

# A result reported against its plan.
RESULT_STRONG = re.compile(
    r"\b(?:vượt|thấp hơn|cao hơn|về đích(?: sớm)?|không đạt|chưa đạt|đạt|bằng|hoàn thành)\s+(?:\S+\s+){0,2}?"
    r"(?:so với\s+)?" + _PLAN_WORD + r"|\bước (?:đạt|tăng|giảm|thực hiện|tính)\b|\bso với chỉ tiêu\b", _I)
RESULT_WEAK = re.compile(r"\b(?:đã|được công nhận|đến nay|hiện nay|kết quả|đạt được|thực hiện được|"
                         r"tính đến|lũy kế|sau \d+ (?:tháng|năm)|qua \d+ năm)\b", _I)
# Plans: what the committee strives for, every year, by a year.
TARGET_CUE = re.compile(r"\b(?:phấn đấu|đặt mục tiêu|mục tiêu (?:là|đến|đặt ra)|hằng năm|hàng năm|mỗi năm|"
                        r"dự kiến|cả năm|sẽ|quyết tâm|cần đạt|phải đạt)\b", _I)
# "Huyện ủy đề ra 30 chỉ tiêu", "Đại hội thống nhất 12 chỉ tiêu chủ yếu:", "trong đó có các chỉ tiêu sau:".
TARGET_INTRO = re.compile(r"\b(?:đề ra|xác định|thống nhất|thông qua|đặt ra|giao|gồm|với)\s+(?:\d+\s+)?"
                          r"(?:(?:nhóm\s+)?chỉ tiêu|mục tiêu|CT)\b(?!(?:\s+\S+){0,3}\s+(?:đạt|vượt|xấp xỉ|chưa|không))|"
                          r"(?:chỉ tiêu|mục tiêu)[^.]{0,60}:\s*$|"
                          r"các chỉ tiêu (?:quan trọng|chủ yếu|cụ thể)", _I)
HEADING_TARGETS = re.compile(r"\b(?:chỉ tiêu|mục tiêu)\b", _I)
HEADING_RESULTS = re.compile(r"\b(?:kết quả|đạt được|thành tựu|nhìn lại|đạt và vượt)\b", _I)
FORECAST = re.compile(r"^\W*(?:khả năng|dự kiến|dự báo|phấn đấu|ước tính đến cuối|có khả năng)", _I)
# Connectors and frames at the start of a clause that are not part of the indicator.
LEAD_IN = re.compile(
    r"^(?:\s|[-–*•+,;:]|\d{1,2}[.)]\s|trong đó(?: có)?|cụ thể|theo đó|đáng chú ý|đặc biệt|bên cạnh đó|ngoài ra|"
    r"riêng|đồng thời|về [^,:]{1,40}[,:]|phấn đấu|đến (?:hết |cuối )?năm \d{4}|năm \d{4}|và|có|hằng năm|"
    r"hàng năm|mỗi năm|toàn (?:huyện|tỉnh|đảng bộ)|huyện|tỉnh)\b[\s,:]*", _I)
SECTION_LABEL = re.compile(r"^\s*(?:[-–*•+]\s*)?(?:\d{1,2}[.)]\s*)?về [^,:]{1,50}[,:]\s*", _I)
