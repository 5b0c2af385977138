"""The shapes that tell a plan from a result, and what a number is doing in its clause.

These are patterns of the language of Party reports, not of any one article: "đạt 92% kế hoạch",
"bằng 118% dự toán", "vượt chỉ tiêu Nghị quyết" report a result against a plan; "phấn đấu", "hằng
năm", "đề ra N chỉ tiêu" announce plans. The words of the cue vocabularies are data
(extraction/lexicon/*.toml); the patterns made of them are built here when the module loads.

Patterns that end in `$` are matched against the few characters before a number (what it is written
after); the others scan a clause or look right after a number. A `*_NEEDS` beside a pattern is its
speed pre-check (extraction.grammar.needs), for the callers that test it before searching.
"""

from __future__ import annotations

from extraction import lexicon
from extraction.grammar import needs, pattern

# Fragments spelled once.
# What a result is measured against: "kế hoạch năm", "dự toán tỉnh giao", "chỉ tiêu Nghị quyết",
# "mục tiêu Đại hội XXI đề ra".
PLAN_WORD = r"(?:kế hoạch|KH|nghị quyết|NQ|dự toán|chỉ tiêu|CT|mục tiêu)"
PLAN_QUALIFIER = (
    r"(?:năm|nhiệm kỳ|cả nhiệm kỳ|đề ra|đã đề ra|Đại hội(?:\s+[IVXLC]+)?|Nghị quyết|NQ|tỉnh|"
    r"Trung ương|Thành phố|thành phố|huyện|cấp trên|giao|được giao|vốn|\d{4}|của tỉnh|"
    r"của huyện|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|HĐND|UBND|thị xã|quận|đến năm \d{4}|cả năm|địa phương|xã|phường)"
)
PLAN_PHRASE = PLAN_WORD + r"(?:\s+" + PLAN_QUALIFIER + r")*"  # a plan word and its qualifiers
APPROX = r"(?:hơn|trên|gần|khoảng)"  # a figure given roughly: "hơn 10.923 con", "khoảng 125 triệu đồng"
TARGET_NOUN = r"(?:chỉ tiêu|CT)"  # a target counted ("20 chỉ tiêu", "10 CT")
_COMMUNE = r"(?:xã|phường|thị trấn)"
_SIZE_TAIL = r"\s*" + APPROX + r"?\s*$"  # the end of a size's context, right before the figure
# ("chỉ tiêu phấn đấu" after a result is the plan it is measured against, not a plan being set.)
_NOT_AFTER_PLAN_WORD = r"(?<!chỉ tiêu )(?<!mục tiêu )(?<!kế hoạch )(?<!bình quân )\b"
# "cây hằng năm" is a crop; "hằng năm, bình quân có 4.100 doanh nghiệp" tells an average, not a plan.
_FREQUENCY = r"(?<!cây )" + lexicon.alternation("plan_frequency") + r"\b(?!,?\s+bình quân)"
_PLAN_CUES = lexicon.alternation("plan_cues")
_FORECASTS = lexicon.alternation("plan_forecast")


def _words(concept: str, **data: str) -> str:
    """The phrases of a lexicon concept as whole words."""
    return r"\b" + lexicon.alternation(concept, **data) + r"\b"


# --- A result against its plan, a share of the plan, growth --------------------------------------------

# The plan a share refers to: "kế hoạch năm", "số lượng mô hình đã đăng ký". It must end the phrase, so
# "chỉ tiêu giao quân" (the conscription quota, an indicator) is not a plan reference.
PLAN_REF = pattern(
    rf"\s*(?:so(?: với)?\s+)?(?:{PLAN_PHRASE}|(?:số lượng\s+[^,.;]{{0,30}}?\s*)?"
    rf"(?:số\s+)?(?:đã\s+)?đăng ký)"
    r"\s*(?=[,.;:)(…]|$|\s+(?:và|tăng|giảm|so|nhưng|trong|là|được|với)\b)"
)
PCT_VERB_BEFORE = pattern(
    r"(?:\b(?P<verb>đạt|bằng|vượt|hoàn thành|thực hiện|đạt được)\s+(?:được\s+)?"
    r"(?:từ\s+|trên\s+|gần\s+|hơn\s+|khoảng\s+|xấp xỉ\s+)?)$"
)
# A comparison with an earlier period ("bằng 97% so với cùng kỳ", "tăng 8% so với năm 2022",
# "gấp 1,2 lần năm trước") is growth, never a share of the plan.
GROWTH_BEFORE = pattern(r"\b(?:tăng|giảm|bằng|đạt|gấp|tương đương)\s+(?:thêm\s+|khoảng\s+|gần\s+|trên\s+)?$")
GROWTH_AFTER = pattern(r"\s*(?:so với\s+|so\s+)(?:cùng kỳ|năm|kỳ|tháng|quý|đầu|trước|giai đoạn|nhiệm kỳ trước)")
# "vượt kế hoạch 10%", "vượt chỉ tiêu Nghị quyết 6%": the plan word written before the share.
EXCESS_PLAN_BEFORE = pattern(r"\bvượt\s+(?:so với\s+)?" + PLAN_PHRASE + r"\s+$")
# "hoàn thành vượt mức kế hoạch (đạt 108%)", "kết nạp 72 đảng viên (bằng 103% kế hoạch)": a share of the
# plan given in brackets after the result is its percent of plan, not a plan value in brackets.
BRACKET_SHARE_BEFORE = pattern(r"\(\s*(?P<verb>đạt|bằng|vượt)\s+(?:được\s+)?(?:khoảng\s+|gần\s+|trên\s+)?$")
PLAN_BEFORE_BRACKET = pattern(PLAN_PHRASE + r"\s*(?:đề ra\s*)?,?\s*\([^()]*$")
# Any word naming the plan a figure is measured against.
PLAN_WORDS = pattern(r"\b" + PLAN_WORD + r"\b")
# "3/9 xã đạt chuẩn", "18/19 tiêu chí": places, organisations and criteria counted out of all there are.
# Without a plan word in sight the denominator is the whole, not the plan.
TALLY_UNITS = frozenset(
    {
        "xã",
        "phường",
        "thị trấn",
        "thôn",
        "ấp",
        "bản",
        "làng",
        "xóm",
        "khu phố",
        "tổ dân phố",
        "khu dân cư",
        "huyện",
        "chi bộ",
        "đảng bộ",
        "tổ chức cơ sở đảng",
        "tổ chức đảng",
        "cơ sở đảng",
        "trường",
        "trạm y tế",
        "hợp tác xã",
        "htx",
        "tiêu chí",
        "cơ quan",
        "đơn vị",
    }
)
# "Chỉ tiêu kết nạp đảng viên cả nhiệm kỳ là 1.000 đảng viên; đến nay đã kết nạp 612 đảng viên (61,2%)": a plan
# stated as such, then the result against it in the same sentence.
PLAN_STATED = pattern(
    r"(?:\b(?:chỉ tiêu|mục tiêu|kế hoạch)\b[^;.()]{0,80}?\s(?:là|:)|"
    r"^\W*(?:chỉ tiêu|mục tiêu)\s+[^;.(),\d]{3,60}?\s|"
    r"\b(?:mục tiêu|chỉ tiêu)\s+(?:đến (?:hết |cuối )?năm \d{4}|(?:cả )?nhiệm kỳ)\s+(?:là|có)|"
    r"\b(?:Nghị quyết|NQ)\s+(?:của\s+)?(?:Huyện|Tỉnh|Thị|Thành|Quận)\s*(?:ủy|uỷ)(?:\s+năm \d{4})?\s+đề ra\s+[^;.()\d]{3,60}?)\s*"
    r"(?:(?:trên|dưới|từ|khoảng|ít nhất)\s+)?$"
)
# The share written after the result that a stated plan is measured by: "612 đảng viên (61,2%)".
SHARE_AFTER = pattern(r"[^\d,;.()%]{0,30}?(?:\(\s*|,\s*)(?:đạt|bằng)?\s*(?P<n>\d{1,3}(?:,\d+)?)\s*%(?!\s*/)")
# "vượt 50 tỷ đồng so với kế hoạch": the amount by which the plan was passed.
EXCESS_BEFORE = pattern(r"\bvượt\s+$")
EXCESS_AFTER = pattern(r"\s*so với\s+" + PLAN_WORD)
# A plan value given beside a result: "(mục tiêu Nghị quyết là 10,5%/năm)", "thấp hơn kế hoạch (6,5%)",
# "vượt mục tiêu đến năm 2025 là 300 tỷ đồng".
PLAN_BETWEEN = pattern(PLAN_WORD + r"[^;]{0,60}$")
COMPARE_WORDS = pattern(r"\b(vượt|thấp hơn|cao hơn|so với|về đích|bằng|đạt|hụt|không đạt|chưa đạt)\b")
# "nâng tổng số lên ...": a new total after the figure that raised it.
TOTAL_BEFORE = pattern(r"\bnâng tổng(?: số)?\b[^,;]*$")

# --- Sizes, counts and descriptions: figures that are no target and no result ----------------------------

# Counts of members, delegates and the like are the organisation's size, not a target or result.
SIZE_BEFORE = pattern(
    r"(?:sinh hoạt tại|thay mặt cho|đại diện cho|tổng số[^,;]{0,40}?(?:là|lên|có|gồm)|"
    r"\bphiếu\b[^.;()]{0,30}?(?:\(|,\s*(?:đạt|chiếm|bằng))\s*(?:chiếm\s+)?(?:tỷ lệ|tỉ lệ)?|"
    r"hiện có|hiện là|hiện nay có|với tổng số|(?-i:Đảng bộ|Hội|Đoàn|Công đoàn|Chi hội|Chi đoàn)\b[^,;.]{0,30}?\bcó|"
    r"(?:tổ chức cơ sở đảng|tổ chức đảng|chi bộ|đảng bộ(?: cơ sở)?)\s+(?:trực thuộc\s+)?(?:với|gồm)|"
    r"\b(?:dài|chiều dài|rộng|diện tích tự nhiên(?: là)?|dân số(?: là)?|quy mô)|"
    r"[Hh]uy hiệu[^.;]{0,60}?\bcho|tặng[^.;]{0,40}?\bcho|khen thưởng(?:\s+cho)?|biểu dương(?:\s+cho)?|"
    r"(?:đồng bào|(?:người|hộ)\s+(?:dân tộc|đồng bào))[^,;.]{0,30}?\bchiếm)" + _SIZE_TAIL
)
SIZE_BEFORE_NEEDS = needs(SIZE_BEFORE)
# "chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ mới gồm 26 người": the members of a committee, however far the
# committee is named before "gồm" (searched from the clause's start, not in the window before the number).
COMMITTEE_MEMBERS = pattern(r"\bBan (?:Chấp hành|Thường vụ)\b[^.;\d]{0,80}?\bgồm\s+$")
# More sizes, kept as data: extraction/lexicon/size_contexts.toml.
SIZE_CONTEXT = pattern(r"\b" + lexicon.alternation("size_contexts") + _SIZE_TAIL)
SIZE_CONTEXT_NEEDS = needs(SIZE_CONTEXT)
# A figure that describes rather than reports: extraction/lexicon/description_contexts.toml.
DESCRIPTION_BEFORE = pattern(r"\b" + lexicon.alternation("description_contexts") + r"\s+$")
DESCRIPTION_BEFORE_NEEDS = needs(DESCRIPTION_BEFORE)
# A floor only a plan sets, before the number or after it: extraction/lexicon/plan_bounds.toml.
PLAN_BOUND_BEFORE = pattern(r"\b" + lexicon.alternation("plan_bounds", position="before") + r"\s+$")
PLAN_BOUND_AFTER = pattern(r"[^.;,]{0,40}?" + _words("plan_bounds", position="after"))
# A result verb right before the number: extraction/lexicon/result_verbs.toml.
RESULT_VERB_BEFORE = pattern(
    r"\b" + lexicon.alternation("result_verbs") + r"\s+(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$"
)
# "có 14 xã và 1 thị trấn", "gồm 12 xã, 2 thị trấn": the unit's size (not "có 3 xã và 1 thị trấn đạt chuẩn").
PLACES_COUNTED = pattern(
    rf"\b(?:có|gồm|với)\s+\d+\s+{_COMMUNE}(?:\s*(?:,|và)\s*\d+\s+{_COMMUNE}\b)++"
    r"(?!\s*(?:đạt|được|hoàn thành|về đích|nông thôn|NTM|xây dựng)\b)"
)
PLACES_COUNTED_NEEDS = needs(PLACES_COUNTED)
# Who carried out a procedure ("các tổ chức đảng trong 36 tổ chức cơ sở đảng đã quán triệt"): the
# organisations counted are the party's own structure, not a target or a result.
ORGANISATIONS_IN = pattern(
    r"\b(?:trong|tại|ở|của)\s+(?P<n>\d[\d.]*)\s+(?:tổ chức cơ sở đảng|tổ chức đảng|chi,? đảng bộ|"
    r"chi bộ|đảng bộ|cơ quan|đơn vị)\b"
)
ORGANISATIONS_IN_NEEDS = needs(ORGANISATIONS_IN)
# Votes, turnout, complaints received, and "24 xã, thị trấn" (the unit's size) are not targets either.
SIZE_AFTER = pattern(
    r"\s*(?:đang sinh hoạt|sinh hoạt tại|đang công tác|số đại biểu|đại biểu|phiếu|số phiếu|cử tri|"
    r"(?:\S+\s+){0,2}?(?:đại diện cho|thay mặt cho)\b|"
    r"phản ánh|kiến nghị|đơn thư|đơn khiếu nại|đơn tố cáo|cuộc gọi|tin nhắn|ý kiến|"
    r"(?:trực thuộc\s+)?(?:với|gồm)\s+(?:hơn\s+|trên\s+|gần\s+)?\d|"
    r"(?:,|và)\s*(?:thị trấn|phường|xã)\b(?!\s+(?:đạt|được|hoàn thành|về đích)))"
)
# "các chỉ tiêu còn lại đạt từ 45%", "10 CT đạt từ 60% trở lên": a count of targets, not a target.
TARGETS_SUBJECT = pattern(rf"(?:\b(?:các|những|\d+)\s+{TARGET_NOUN}\b|\d+\s*/\s*\d+\s+{TARGET_NOUN}\b)")
TARGETS_SUBJECT_NEEDS = needs(TARGETS_SUBJECT)
# "nhiều chỉ tiêu đạt trên 50%", "3 chỉ tiêu đạt trên 70%": the tail of a scorecard, not a target.
TARGETS_TAIL = pattern(
    rf"\b(?:nhiều|một số|hầu hết|đa số|phần lớn|các|những|\d+)\s+{TARGET_NOUN}(?:\s+còn lại)?"
    r"\s+(?:(?:đều|cũng|ước|đã)\s+)?(?:đạt|đạt được)\s+(?:từ\s+|trên\s+|gần\s+|khoảng\s+|dưới\s+)?$"
)
TARGETS_TAIL_NEEDS = needs(TARGETS_TAIL)
# "(đạt 78,5%, KH 80%)", "(đạt 68%, kế hoạch: 70%)": a result with its plan beside it in the bracket.
BRACKET_RESULT_BEFORE = pattern(
    r"\(\s*(?:(?:đạt|bằng|ước đạt|thực hiện|TH)\s+(?:được\s+)?)?(?:khoảng\s+|gần\s+|trên\s+)?$"
)
BRACKET_PLAN_AFTER = pattern(
    r"\s*[,;]\s*(?:KH|kế hoạch|chỉ tiêu|CT|mục tiêu|NQ|Nghị quyết)(?:\s+(?:đề ra|năm|giao))?"
    r"\s*(?::|là)?\s*(?=\d)"
)
# "xếp thứ 3", "đứng thứ nhất": a rank.
RANKING_BEFORE = pattern(r"\b(?:xếp|đứng|xếp hạng)\s+(?:thứ\s+)?$")
RANKING_BEFORE_NEEDS = needs(RANKING_BEFORE)

# --- Result wording and planning wording ----------------------------------------------------------------

# A result reported against its plan.
RESULT_STRONG = pattern(
    r"\b(?:vượt|thấp hơn|cao hơn|về đích(?: sớm)?|không đạt|chưa đạt|đạt|bằng|hoàn thành|giữ vững|duy trì)\s+(?:\S+\s+){0,2}?"
    r"(?:so với\s+)?" + PLAN_WORD + r"|\bso với chỉ tiêu\b"
)
# A result with no plan in sight: it reports, it does not plan (and is no achievement either).
RESULT_WEAK = pattern(
    r"\b(?:đã|được|đến nay|hiện nay|kết quả|đạt được|thực hiện được|"
    r"tính đến|lũy kế|sau \d+ (?:tháng|năm)|qua \d+ năm|ước|giảm còn|mới đạt|chỉ đạt|"
    r"thu hút thêm|năm qua|vừa qua|năm trước|trong năm|nhiệm kỳ qua|cả nhiệm kỳ|"
    r"\d+ năm qua|bình quân giai đoạn|giai đoạn \d{4}\s*-\s*\d{4})\b"
)
# "Tỷ lệ hộ nghèo theo chuẩn mới còn 0,62%": a level left, stated with no plan in sight, describes
# where things stand; a plan says where they must get to ("phấn đấu ... còn dưới 1%", "giảm ... còn 2%").
LEVEL_LEFT = pattern(r"(?<!giảm )(?<!xuống )\bcòn\s+(?:(?:dưới|khoảng|gần|trên|ở mức)\s+)?$")
# Past-tense wording that reports even under a targets heading ("huyện đã giải quyết việc làm ...").
RESULT_PAST = pattern(r"\b(?:đã|vừa qua|năm qua|đến nay|ước|qua \d+ năm|\d+ năm qua)\b")
# Plans: what the committee strives for, every year, by a year.
TARGET_CUE = pattern(_NOT_AFTER_PLAN_WORD + "(?:" + _PLAN_CUES + r"\b|" + _FREQUENCY + "|" + _FORECASTS + r"\b)")
TARGET_CUE_NEEDS = needs(TARGET_CUE)
FREQUENCY_CUE = pattern(_NOT_AFTER_PLAN_WORD + _FREQUENCY)
# Forecasts plan only for a period to come; in a review they estimate what was reached.
FORECAST_CUE = pattern(_NOT_AFTER_PLAN_WORD + _FORECASTS + r"\b")
# The planning cues other than the yearly words, which plan only for a period not yet over.
PLAN_CUE_STRONG = pattern(_NOT_AFTER_PLAN_WORD + _PLAN_CUES + r"\b")
# A leader's instruction or exhortation restates plans, even in result wording ("yêu cầu huyện tập
# trung hoàn thành mục tiêu ... đạt 7 - 7,5%", "phấn đấu đạt và vượt dự toán 230 tỷ đồng"): the
# directive, written before the figure, outweighs "hoàn thành"/"đạt". Past wording ("đã chỉ đạo")
# reports instead.
DIRECTIVE = pattern(
    r"(?<!đã )\b(?:yêu cầu|đề nghị|chỉ đạo|phải|cần(?! thiết)|phấn đấu|quyết tâm|"
    r"tập trung(?:[^.;]{0,40}?)\bhoàn thành|nỗ lực|cố gắng)\b"
)
# ... or written after it: "đạt 45 triệu đồng như Nghị quyết đề ra".
AS_RESOLVED = pattern(r"^[^.;]{0,40}?\b(?:như|theo) (?:Nghị quyết|NQ|mục tiêu|kế hoạch)(?:\s+\S+){0,4}?\s+đề ra\b")

# --- Lists of plans, headings, articles ------------------------------------------------------------------

# "Huyện ủy đề ra 30 chỉ tiêu", "Đại hội thống nhất 12 chỉ tiêu chủ yếu:", "trong đó có các chỉ tiêu sau:".
TARGET_INTRO = pattern(
    r"\b(?:đề ra|xác định|thống nhất|thông qua|đặt ra|giao|gồm|(?<!so )với)\s+(?:(?:\d+|một số|các|những)\s+)?"
    r"(?:(?:nhóm\s+)?chỉ tiêu|mục tiêu|CT)\b(?!(?:\s+\S+){0,3}\s+(?:đạt|vượt|xấp xỉ|chưa|không))|"
    r"(?:chỉ tiêu|mục tiêu)[^.]{0,60}:\s*$|"
    r"\b(?:một số|các|những)\s+(?:chỉ tiêu|mục tiêu)(?!(?:\s+\S+){0,3}?\s+(?:đạt|vượt|xấp xỉ|chưa|không|hoàn thành)\b)"
    r"(?:\s+[^\s:;.,]+){0,3}\s+(?:như|gồm|là)\s*:|"
    r"các chỉ tiêu (?:quan trọng|chủ yếu|cụ thể)(?!(?:\s+\S+){0,4}\s+(?:đạt|vượt|xấp xỉ|chưa|không|hoàn thành)\b)"
    r"(?![^.;:]{0,90}?\b(?:đều đạt|đạt và vượt|đạt, vượt|đều hoàn thành|hoàn thành và vượt|đều vượt)\b)|"
    r"(?<!kết quả )(?<!kết quả thực hiện )\b(?:các |những )?(?:nhiệm vụ|giải pháp)\s+(?:trọng tâm|chủ yếu|trọng điểm)"
)
TARGET_INTRO_NEEDS = needs(TARGET_INTRO)
# "thực hiện đạt và vượt các chỉ tiêu quan trọng": a count of targets met is said before the words that would
# otherwise introduce a list of plans.
RESULTS_SUMMARY_BEFORE = pattern(r"\b(?:đạt và vượt|đạt, vượt|đạt|vượt|hoàn thành)\s+(?:\S+\s+){0,2}$")
# The article reviews what was done / sets what is to be done (extraction/lexicon/review_events.toml, plan_events.toml).
REVIEW_EVENT = pattern(_words("review_events"))
PLAN_EVENT = pattern(_words("plan_events"))
# A result said of the term itself ("đến cuối nhiệm kỳ có 20/23 chỉ tiêu đạt") stays the term's.
TERM_WORD = pattern(r"\bnhiệm kỳ\b")
# "Mục tiêu cụ thể: tốc độ tăng ... 16,2%, thu nhập ... 90 triệu đồng": a sentence opened by a plan label and a
# colon lists plans.
PLAN_LABEL = pattern(r"^\W*(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+[^\s:.;,]+){0,4}\s*:")
# "Phương hướng, nhiệm vụ năm 2024", "II. NHIỆM VỤ TRỌNG TÂM": what is to be done (a results heading,
# "Kết quả thực hiện nhiệm vụ năm 2023", is recognised first).
HEADING_TARGETS = pattern(r"\b(?:chỉ tiêu|mục tiêu|nhiệm vụ|phương hướng|giải pháp)\b")
HEADING_RESULTS = pattern(r"\b(?:kết quả|đạt được|thành tựu|nhìn lại|đạt và vượt|tình hình thực hiện|đánh giá)\b")
# "Một là, ...; Hai là, ...": the enumerated tasks of a plan go on being plans (case kept: the capital opens them).
ORDINAL = pattern(r"^\W*(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\b", 0)
# "Dự kiến ...", "Phấn đấu ...": a sentence opened by a forecast or a striving tells what may be reached,
# never a scorecard of what was.
FORECAST = pattern(r"^\W*(?:khả năng|dự kiến|dự báo|phấn đấu|ước tính đến cuối|có khả năng)")
# Connectors and frames at the start of a clause that are not part of the indicator.
LEAD_IN = pattern(
    r"^(?:\s|[-–*•+,;:]|\d{1,2}[.)]\s|trong đó(?: có)?|cụ thể|theo đó|đáng chú ý|đặc biệt|bên cạnh đó|ngoài ra|"
    r"riêng|đồng thời|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|về [^,:]{1,40}[,:]|phấn đấu|đến (?:hết |cuối )?năm \d{4}|năm \d{4}|và|có|hằng năm|"
    r"hàng năm|mỗi năm|toàn (?:huyện|tỉnh|đảng bộ)|huyện|tỉnh)\b[\s,:]*"
)
# "Về kinh tế, ...": a section's label opening a clause, not part of its theme.
SECTION_LABEL = pattern(r"^\s*(?:[-–*•+]\s*)?(?:\d{1,2}[.)]\s*)?về [^,:]{1,50}[,:]\s*")
