"""The shapes of periods: a year, part of a year, a congress term, and the words that tell a period from a year
that only compares or dates something.

Patterns that end in `$` are matched against the few characters before a mention (what it is written after);
the others scan a sentence.
"""

from __future__ import annotations

from extraction.grammar import DASH, YEAR, pattern

# Fragments spelled once.
YEAR_SPAN = rf"{YEAR}\s*{DASH}\s*{YEAR}"  # "2020 - 2025", both years captured
NOT_A_SPAN_AFTER = rf"(?!\s*{DASH}\s*\d)"  # "năm 2021" that does not open "2021 - 2025"
RESOLUTION = r"(?:Nghị quyết|NQ)"  # the resolution, written out or abbreviated
# "thực hiện thắng lợi các Nghị quyết Đại hội": what carrying out the congress's resolution is written as.
CONGRESS_RESOLUTION_CARRIED = rf"\s+(?:thắng lợi\s+)?(?:các\s+)?{RESOLUTION}\s+Đại hội"

# ---------------------------------------------------------------------------------------------- terms

TERM_SPAN = pattern(rf"nhiệm kỳ\s+\(?{YEAR_SPAN}\)?")  # "nhiệm kỳ (2020-2025)" too
# Only the congress of a province's or district's Party organisation opens a term resolution; the
# terms of People's Councils, unions, associations and of a commune's or hamlet's cell do not.
# The body named last before "nhiệm kỳ" is the one whose term it is (case kept: "Đảng bộ", "Huyện ủy").
PARTY_BODY = pattern(
    r"Đảng [bB]ộ (?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s*[uủ][ỷy]|"
    r"Đại hội Đảng bộ|Đại hội đại biểu Đảng bộ|Đại hội (?:lần thứ\s+)?[IVXLC]+\b",
    0,
)
OTHER_BODY = pattern(
    r"Hội đồng nhân dân|HĐND|Quốc hội|UBND|Ủy ban|Uỷ ban|Mặt trận|MTTQ|Công đoàn|"
    r"(?<!Đại )(?<!đại )\bHội\b(?! nghị)|\bĐoàn\b(?! kết)|[Cc]hi bộ|[Đđ]ảng bộ (?:xã|phường|thị trấn|cơ sở|bộ phận)|"
    r"[Đđ]ảng ủy (?:xã|phường|thị trấn|cơ sở)|[Đđ]ảng uỷ (?:xã|phường|thị trấn|cơ sở)|"
    r"Hợp tác xã|Hiệp hội|Liên đoàn|Cựu chiến binh|Phụ nữ|Nông dân|Thanh niên",
    0,
)
# The Party organisation of a commune, ward or special zone: a term's body from the 2025 - 2030 term on.
COMMUNE_BODY = pattern(r"[Đđ]ảng (?:bộ|ủy|uỷ) (?:xã|phường|đặc khu)", 0)
# "Thực hiện Nghị quyết Đại hội ... nhiệm kỳ 2020 - 2025, năm qua huyện ...": the congress resolution as
# the background of a year's work, not the resolution the figures belong to.
CONGRESS_FRAMING_BEFORE = pattern(
    r"\b(?:thực hiện|triển khai|quán triệt|cụ thể hóa|cụ thể hoá|theo tinh thần)"
    rf"{CONGRESS_RESOLUTION_CARRIED}[^.;]{{0,90}}$"
)
# "giai đoạn 2021 - 2025": a span of years, a term when it spans one.
STAGE_SPAN = pattern(rf"giai đoạn\s+{YEAR_SPAN}")
# A sentence that reports a figure and plans none ("ước đạt 8,8%/năm", "đã có 190/204 xã"): what a span of a
# term's first years, or a count since the term began, is said of when it is the term's progress.
REPORTS_ONLY = pattern(r"\b(?:đạt|vượt|đã|được|ước|đến nay|lũy kế|luỹ kế)\b")
# "từ năm 2021 đến hết tháng 8/2023", "từ 2021 đến nay": counted since a term began.
SINCE_YEAR = pattern(rf"\btừ\s+(?:năm\s+)?{YEAR}\s+(?:đến|tới)\s+(?:nay|hết|cuối|tháng|năm)")
# "5 năm qua", "nhiệm kỳ qua": the term that has just ended, at a congress.
PAST_TERM = pattern(r"\b(?:\d+ năm (?:qua|vừa qua|trước)|nhiệm kỳ (?:qua|vừa qua|trước))\b")
# A sentence planning in its own words: "cả nhiệm kỳ" in it is the term to come, not the one just ended.
_PLANNING = r"phấn đấu|đến năm \d{4}|xác định|đề ra|mục tiêu|sẽ|dự kiến"
PLANNING = pattern(_PLANNING)
# "Đại hội thống nhất 12 chỉ tiêu", "Nghị quyết Đại hội đề ra": the congress setting its term's plan.
CONGRESS_SETS = pattern(
    rf"\b(?:{RESOLUTION}\s+)?Đại hội\b[^.;:]{{0,60}}?\b(xác định|đề ra|thống nhất|thông qua|đặt ra)"
)
# "vượt mục tiêu Đại hội XXI đề ra", "đạt 124% Nghị quyết Đại hội đề ra": the congress's plan as a result's plan.
PLAN_BEFORE_CONGRESS = pattern(r"(?:mục tiêu|chỉ tiêu|so với|vượt|kế hoạch|\d%|\bđạt|\bbằng)\s*$")
# "Nhiệm kỳ 2015 - 2020, ...", "Trong nhiệm kỳ 2015 - 2020, ...": a term opening a paragraph frames all of it.
PARAGRAPH_TERM = pattern(rf"^\W*(?:(?:trong|cả|suốt|qua)\s+)?nhiệm kỳ\s+\(?{YEAR_SPAN}")
# "nhiệm kỳ tới", "giai đoạn tới", "5 năm tới": the term the congress opens.
# "Tổng thu ngân sách 5 năm ít nhất 75.000 tỷ đồng", "vốn đầu tư 5 năm đạt 290.000 tỷ đồng": the five years of a
# term, the coming one where the sentence plans (or sets a floor), the one ending where it reports.
FIVE_YEARS = pattern(r"\b(?:trong\s+)?5 năm\b(?!\s+(?:qua|vừa qua|trước|tới|liên tiếp|liền|gần đây|thực hiện))")
PLANS_OR_FLOORS = pattern(_PLANNING + r"|ít nhất|tối thiểu|trở lên|không dưới")
NEW_TERM = pattern(r"(?:nhiệm kỳ|giai đoạn) (?:mới|tới)|\b(?:5|năm) năm tới")
# "nửa nhiệm kỳ", "chỉ tiêu nhiệm kỳ": the term in force (its middle: "nửa", "giữa").
CURRENT_TERM = pattern(r"(nửa|giữa|cuối|đầu|cả|toàn|hết) nhiệm kỳ|chỉ tiêu nhiệm kỳ|mục tiêu (?:cả )?nhiệm kỳ")

# ---------------------------------------------------------------------------------------------- years

# The years that set the context for what follows, each capturing its year last.
# "Năm 2021, ...", "; trong năm 2021": a year opening a sentence or a clause frames it.
YEAR_FRAME = pattern(rf"(?:^\W*|[,;:]\s*)(?:(?:trong|cả|sang|bước sang|bước vào)\s+)?năm\s+{YEAR}\b{NOT_A_SPAN_AFTER}")
# "Nghị quyết Huyện ủy năm 2021": the year's resolution, named by its year.
RESOLUTION_OF_YEAR = pattern(rf"\b{RESOLUTION}\b(?:\s+[^\s.;,]+){{0,6}}?\s+năm\s+{YEAR}\b")
# "Nghị quyết 2021": the same with no "năm".
RESOLUTION_YEAR = pattern(rf"\b{RESOLUTION}\s+{YEAR}\b")
# "nhiệm vụ năm 2021", "chỉ tiêu chủ yếu của năm 2021", "tổng kết năm 2021": the year's plan or review.
YEAR_OF_PLAN = pattern(
    r"\b(?:nhiệm vụ|chỉ tiêu|kế hoạch|chủ đề|phương hướng|mục tiêu|tổng kết|sơ kết|kết quả)"
    r"(?:\s+(?:chủ yếu|chính|trọng tâm|đề ra|phát triển kinh tế - xã hội))?(?:\s+(?:của|cho|trong))?"
    rf"\s+năm\s+{YEAR}\b"
)
STRONG_ANNUAL = (YEAR_FRAME, RESOLUTION_OF_YEAR, RESOLUTION_YEAR, YEAR_OF_PLAN)
# "9 tháng năm 2022", "6 tháng đầu năm", "quý I/2022": part of a year (of its year when one is named).
PART_OF_YEAR = pattern(
    r"\b(?:(?P<months>\d{1,2}) tháng(?: (?:đầu|cuối))?|quý (?P<quarter>I{1,3}|IV|[1-4]))"
    rf"(?:\s*(?:/|\.|năm)\s*{YEAR})?"
)
# "tháng 1", "tháng 02 năm 2026", "tháng 8/2023": a month's report belongs to its year (not a date, "ngày 3 tháng
# 2", nor a bound, "đến hết tháng 8/2023").
MONTH = pattern(rf"\btháng\s+(?P<month>0?[1-9]|1[0-2])\b(?:\s*(?:/|năm)\s*{YEAR})?(?!\s*/\s*\d)")
NOT_A_MONTH_BEFORE = pattern(r"(?:\d\s*|ngày|đến|tới|từ|hết|cuối|đầu|trước|sau)\s*$")
# "năm qua", "năm nay", "năm tới": a year told from the article's date (a frame when it opens a clause).
RELATIVE_YEAR = pattern(r"(?P<frame>^\W*|[,;:]\s*)?\b(?:trong\s+)?năm (?P<which>vừa qua|qua|trước|ngoái|nay|tới|sau)\b")
# "thu ngân sách năm 2022 đạt ...": a year named in passing, colouring only its own clause.
YEAR_IN_PASSING = pattern(rf"\bnăm\s+{YEAR}\b{NOT_A_SPAN_AFTER}")
# "so với cuối năm 2021", "bằng 133% cùng kỳ năm 2021", "so với thực hiện năm 2022": a comparison, not a period.
NOT_A_PERIOD_BEFORE = pattern(
    r"(so(?: với)?(?:\s+(?:cùng kỳ|cuối|đầu|thực hiện|kết quả))?|cùng kỳ|gấp [^\s]+ lần|giá so sánh|từ|sau|giai đoạn|"
    r"của|hơn)\s*$"
)
# The "năm" right before a year, cut off to see what precedes it.
YEAR_WORD_END = pattern(r"năm\s*$")
# "đến năm 2025", "trước năm 2030": a deadline, not the year's own resolution.
UNTIL_BEFORE = pattern(r"(đến|tới|trước|đến hết|đến cuối|vào)\s*$")
# A word before a framing year: the sentence does not open with it.
OPENING_WORD = pattern(r"\w", 0)
# "5 năm qua", "những năm qua": several years, not last year.
SEVERAL_BEFORE = pattern(r"(?:\d+|những|các|mấy|nhiều)\s+$", 0)
# Characters that IGNORECASE matching equates with an ASCII letter although str.lower() does not
# ("ı", "İ", "ſ", the Kelvin sign): with any of them the literal pre-checks are skipped.
ODD_CASE = pattern("[\u0131\u0130\u017f\u212a]", 0)

# ------------------------------------------------------------------------------ an undated article's date

# "tăng 11,07% so với năm 2021": a year compared with, the one before the year under review.
COMPARED_WITH = pattern(rf"\bso với (?:cùng kỳ )?năm {YEAR}\b")
# The congress itself (not its resolution being carried out) or its political report.
CONGRESS_EVENT = pattern(r"(?<!Nghị quyết )(?<!NQ )\bĐại hội\b|\bbáo cáo chính trị\b")
# "Đại hội ... lần thứ I": only the units formed on 1 July 2025 hold a first congress (case kept: "I" is a numeral).
FIRST_CONGRESS = pattern(r"\bĐại hội\b[^.;]{0,80}?\blần thứ I\b(?![IVX])", 0)
# A headline or lead that reviews a whole year ("tổng kết công tác năm 2022", "kết quả năm 2022") is its year end.
YEAR_REVIEWED = pattern(rf"\b(?:tổng kết|kết quả|nhìn lại|đánh giá)\b[^.]{{0,80}}?\bnăm\s+{YEAR}\b{NOT_A_SPAN_AFTER}")
# A headline reporting what a year reached ("Năm 2023 kinh tế tăng trưởng đứng thứ 8", "hoàn thành 21/25 chỉ tiêu
# đề ra trong năm 2023"), not urging it ("Nỗ lực về đích các chỉ tiêu năm 2022").
YEAR_REACHED_TITLE = pattern(
    rf"^(?!.*\b(?:nỗ lực|phấn đấu|quyết tâm|để)\b).*?(?:\bnăm\s+{YEAR}\b{NOT_A_SPAN_AFTER}"
    r"[^.]{0,60}?\b(?:đạt|tăng trưởng|hoàn thành|vượt)\b|\b(?:đạt|hoàn thành|vượt)\b[^.]{0,60}?"
    rf"\b(?:trong\s+)?năm\s+{YEAR}\b{NOT_A_SPAN_AFTER})"
)
# "từ 47 triệu đồng năm 2021 lên 52 triệu đồng": the year dates the figure before the rise, not what follows.
RISE_TO = pattern(r"\b(?:lên|xuống)\s+(?:mức\s+|gần\s+|hơn\s+|trên\s+)?\d")
