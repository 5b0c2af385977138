"""Units of measure that follow a number in these reports: %, money, counts of things.

Only a number followed by one of these is a quantity worth reading; a number followed by
"đại biểu", "đồng chí", "nhiệm vụ", "lần" … (delegates, members elected, tasks, times) is
not a target, so those words are deliberately absent.
"""

from __future__ import annotations

import re

MULTIPLIERS = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}

# Things counted in targets and results, longest first so "hộ nghèo" wins over "hộ".
COUNT_NOUNS = sorted({
    "đảng viên", "chi bộ", "đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng", "cơ sở đảng",
    "đoàn viên", "hội viên", "thanh niên", "tân binh", "công dân", "chiến sĩ",
    "xã", "phường", "thị trấn", "thôn", "ấp", "bản", "làng", "xóm", "khu phố", "tổ dân phố",
    "khu dân cư", "huyện nông thôn mới",
    "hộ gia đình", "hộ dân", "hộ nghèo", "hộ cận nghèo", "hộ", "gia đình", "người", "lao động",
    "lượt khách", "lượt người", "lượt", "khách", "học sinh", "sinh viên", "trẻ", "trẻ em",
    "trường", "phòng học", "trạm y tế", "giường bệnh", "bác sĩ", "bệnh viện",
    "doanh nghiệp", "hợp tác xã", "htx", "tổ hợp tác", "trang trại", "mô hình", "sản phẩm ocop",
    "sản phẩm", "tiêu chí", "công trình", "dự án", "cụm công nghiệp", "khu công nghiệp", "chợ",
    "căn nhà", "ngôi nhà", "căn", "nhà", "con", "cây", "cầu", "tuyến", "cơ quan", "đơn vị",
    "tấn", "kg", "ha", "héc-ta", "hécta", "hecta", "km", "m2", "m²", "km2", "m3", "m³", "mw", "kwh",
}, key=len, reverse=True)

_MONEY = r"(?:(?:nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng(?!\s+(?:chí|bào|bộ|đội|thời|ý|tâm|lòng|hành|hương|ruộng|bằng|khởi))|usd|đô la(?: mỹ)?)"
_PER = r"(?:\s*/\s*(?:người|hộ|ha|tháng|năm|lao động|khẩu|người/năm|người/tháng))*"
_COUNT = "|".join(re.escape(n) for n in COUNT_NOUNS)
# Matched against the text right after a number (lower-cased copy, same offsets).
UNIT = re.compile(
    r"\s*(?:"
    r"(?P<pct>%(?:\s*/\s*năm)?)"
    rf"|(?P<money>{_MONEY}{_PER})"
    rf"|(?P<bare>(?:tỷ|tỉ)(?!\s+(?:lệ|trọng)))(?=[\s,.;:)]|$)"
    rf"|(?P<count>(?:(?:nghìn|ngàn|triệu)\s+)?(?:{_COUNT}))(?P<per>\s*/\s*năm)?(?![^\W\d_])"
    r"|(?P<district>huyện|thị xã|thành phố)(?=\s+(?:đạt|được|hoàn thành|nông thôn|về đích))"
    r")"
)
# "xã hội" after a number is "kinh tế - xã hội", not communes.
_FALSE_COUNT = re.compile(r"\s*(?:xã hội|người dân tộc|con số|cây số)")


def unit_after(lower_text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at `pos` (normalised) and where it ends, or None."""
    if _FALSE_COUNT.match(lower_text, pos):
        return None
    match = UNIT.match(lower_text, pos)
    if not match:
        return None
    if match.group("bare"):
        # "59,9 tỷ" with the currency left implicit is billions of đồng.
        return "tỷ đồng", match.end()
    text = match.group(0)
    return normalise_unit(text), match.end()


def normalise_unit(text: str) -> str:
    """Lower case, single spaces, no spaces around slashes: "Triệu đồng / người" -> "triệu đồng/người"."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    text = re.sub(r"\s*/\s*", "/", text)
    return text.replace("tỉ ", "tỷ ").replace("hécta", "ha").replace("héc-ta", "ha").replace("hecta", "ha")


def is_money(unit: str | None) -> bool:
    return bool(unit) and ("đồng" in unit or "usd" in unit or "đô la" in unit)
