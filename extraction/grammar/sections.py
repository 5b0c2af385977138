"""The shapes that tell which unit an article or a section of it reports on: the bodies of a province and of a
district speaking, the line that opens a district's part, and the words before a unit's name that say it is
only where a meeting is held, a unit visited, or part of a person's office.

Patterns that end in `$` are searched in the few characters before a name (what the name is written after);
the others scan a text or are matched at a position of a line.
"""

from __future__ import annotations

from extraction.grammar import pattern

# Fragments spelled once.
_UY = r"(?:ủy|uỷ)"  # "ủy" with its tone mark on either letter, as the papers print it both ways
_DISTRICT_LEVEL = r"huyện|quận|thị xã|thành phố|TP\.?"  # the words that may stand before a district's name
# The province's or a district's People's Committee, Council, or the whole of it: "UBND tỉnh", "toàn huyện".
_BODY_OF = r"UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|toàn|của|địa bàn"

# The Party committee or the whole of a province and of a district: "Tỉnh ủy", "Đảng bộ huyện", "toàn tỉnh"
# (matched with their case: the committee is a name, capitalised).
PROVINCE_COMMITTEE = pattern(rf"\b(?:Tỉnh\s*{_UY}|Thành\s*{_UY}|Đảng bộ tỉnh|Đảng bộ thành phố|toàn tỉnh)\b", 0)
DISTRICT_COMMITTEE = pattern(rf"\b(?:Huyện\s*{_UY}|Quận\s*{_UY}|Thị\s*{_UY}|Đảng bộ huyện|toàn huyện)\b", 0)
# "Lập Thạch: Nâng cao ..." — a line opened by a district's name and a colon heads that district's part:
# the bullet a line may open with, and the colon right after the name.
LINE_OPEN = pattern(r"^\s*(?:[*•+\-–—]\s*)?", 0)
NAME_COLON = pattern(r"\s*:", 0)
# "tại TP. Phan Rang - Tháp Chàm", "tại Hội trường Trung tâm Hội nghị tỉnh, thành phố X": where a body meets.
VENUE = pattern(
    r"\b(?:tại|ở)\s+(?:(?:hội trường|trung tâm|nhà văn hóa|nhà văn hoá|nhà hát|quảng trường|khách sạn|"
    r"cung văn hóa|cung văn hoá)[^.;:]{0,50}?(?:\s*[,(–-]\s*|\s+))?"
    rf"(?:(?:{_DISTRICT_LEVEL})\s*)?$"
)
# "Ban Thường vụ Tỉnh ủy làm việc với huyện X", "kiểm tra tại huyện X": the province's visit is the district's news.
VISITED = pattern(
    r"\b(?:làm việc (?:với|tại)|kiểm tra(?: tại)?|giám sát(?: tại)?|khảo sát(?: tại)?|thăm(?: và làm việc)?"
    r"(?: tại| với)?|về dự|dự (?:hội nghị|đại hội)(?: của)?)\s+(?:(?:Ban Thường vụ|BTV|Thường trực|"
    rf"Ban Chấp hành)\s+)?(?:(?:{_DISTRICT_LEVEL}|Đảng bộ huyện)\s*)?$"
)
# A commune named as part of a person's office: "Bí thư Đảng ủy xã X", "Phó Chủ tịch UBND phường X".
OFFICE = pattern(
    r"(?:bí thư|chủ tịch|ủy viên|uỷ viên|trưởng ban|thường trực)\s+(?:(?:ban thường vụ|btv)\s+)?"
    rf"(?:đảng\s*{_UY}|ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|"
    r"ủy ban mttq(?: việt nam)?|uỷ ban mttq(?: việt nam)?)\s+(?:xã|phường|đặc khu)\s+$"
)
# A province-level body speaking ("UBND tỉnh", "toàn tỉnh") and a district-level one ("Huyện ủy", "toàn huyện").
PROVINCE_BODY = pattern(rf"\b(?:Tỉnh\s*{_UY}|Đảng bộ tỉnh|(?:{_BODY_OF}) tỉnh)\b")
DISTRICT_BODY = pattern(rf"\b(?:(?:Huyện|Quận|Thị)\s*{_UY}|(?:Đảng bộ|{_BODY_OF}) (?:huyện|quận|thị xã))\b")
