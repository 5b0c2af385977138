"""The field (theme) of an indicator, from its words.

A lexicon of the terms of each field, matched on word boundaries over tone-normalised words
(a cheap tokeniser: underthesea's word segmentation would cost more than the whole extraction
and adds nothing to phrase lookup). Longer, more specific terms weigh more, so "xuất khẩu lao
động" is labour although "xuất khẩu" alone is economy. The unit is a weak hint.
"""

from __future__ import annotations

from functools import lru_cache

from extraction.nlp.text import key, words

THEMES = ("party", "economy", "budget", "rural", "labour", "social", "security", "environment", "other")

LEXICON: dict[str, tuple[str, ...]] = {
    "party": (
        "đảng viên",
        "kết nạp",
        "chi bộ",
        "đảng bộ",
        "tổ chức cơ sở đảng",
        "tổ chức đảng",
        "cơ sở đảng",
        "kỷ luật",
        "thi hành kỷ luật",
        "dân vận",
        "dân vận khéo",
        "cấp ủy",
        "cấp uỷ",
        "trong sạch vững mạnh",
        "trong sạch, vững mạnh",
        "hoàn thành tốt nhiệm vụ",
        "xây dựng đảng",
        "phát triển đảng",
        "đoàn viên",
        "hội viên",
        "cán bộ",
        "kiểm tra, giám sát",
        "học tập, quán triệt",
        "quán triệt",
        "sinh hoạt chuyên đề",
        "chương trình hành động",
        "mặt trận",
        "đoàn thể",
        "chính quyền",
    ),
    "economy": (
        "tăng trưởng",
        "tăng trưởng kinh tế",
        "grdp",
        "gdp",
        "giá trị sản xuất",
        "tổng giá trị sản xuất",
        "cơ cấu kinh tế",
        "thu nhập bình quân",
        "thu nhập",
        "bình quân đầu người",
        "xuất khẩu",
        "kim ngạch",
        "vốn đầu tư toàn xã hội",
        "đầu tư toàn xã hội",
        "thu hút đầu tư",
        "du lịch",
        "lượt khách",
        "khách du lịch",
        "doanh thu",
        "doanh nghiệp",
        "thành lập mới",
        "đô thị hóa",
        "công nghiệp",
        "thương mại",
        "dịch vụ",
        "tiểu thủ công nghiệp",
        "xây dựng",
        "kinh tế",
        "bán lẻ",
        "năng lực cạnh tranh",
        "hợp tác xã",
    ),
    "budget": (
        "ngân sách",
        "thu ngân sách",
        "chi ngân sách",
        "thu nội địa",
        "dự toán",
        "vốn đầu tư công",
        "đầu tư công",
        "giải ngân",
        "tiền sử dụng đất",
        "thuế",
        "thu, chi ngân sách",
    ),
    "rural": (
        "nông thôn mới",
        "ntm",
        "ntmnc",
        "nâng cao",
        "kiểu mẫu",
        "đạt chuẩn",
        "tiêu chí",
        "xã đạt chuẩn",
        "khu dân cư",
        "thôn",
        "ấp",
        "xã thông minh",
        "nông nghiệp",
        "sản lượng",
        "lương thực",
        "lúa",
        "cây trồng",
        "vật nuôi",
        "chăn nuôi",
        "thủy sản",
        "thuỷ sản",
        "nuôi trồng",
        "trồng rừng",
        "trồng mới",
        "rừng tập trung",
        "trồng trọt",
        "đất trồng trọt",
        "canh tác",
        "ocop",
        "vải thiều",
        "cây ăn quả",
        "giao thông nông thôn",
        "bê tông hóa",
        "cánh đồng",
        "cơ giới hóa",
        "trên 1 ha",
        "ha đất",
    ),
    "labour": (
        "lao động",
        "việc làm",
        "việc làm mới",
        "giải quyết việc làm",
        "lao động qua đào tạo",
        "đào tạo nghề",
        "truyền nghề",
        "xuất khẩu lao động",
        "đi làm việc",
        "nước ngoài",
        "làm việc có thời hạn",
        "thất nghiệp",
        "chuyển dịch lao động",
    ),
    "social": (
        "hộ nghèo",
        "giảm nghèo",
        "cận nghèo",
        "bảo hiểm y tế",
        "bảo hiểm xã hội",
        "bhyt",
        "bhxh",
        "y tế",
        "giáo dục",
        "trường",
        "trường đạt chuẩn",
        "học sinh",
        "dân số",
        "tăng dân số",
        "dân số tự nhiên",
        "bác sĩ",
        "giường bệnh",
        "suy dinh dưỡng",
        "văn hóa",
        "văn hoá",
        "gia đình văn hóa",
        "an sinh",
        "nhà ở",
        "người có công",
        "chính sách",
        "trẻ em",
        "tuổi thọ",
        "tiêm chủng",
        "phổ cập",
        "nhà đại đoàn kết",
        "chuyển đổi số",
        "cải cách hành chính",
        "văn minh đô thị",
        "khu dân cư văn hóa",
    ),
    "security": (
        "tuyển quân",
        "giao quân",
        "nhập ngũ",
        "quốc phòng",
        "an ninh",
        "trật tự",
        "tội phạm",
        "ma túy",
        "ma tuý",
        "tai nạn giao thông",
        "quân sự",
        "dân quân",
        "phòng cháy",
        "an toàn xã hội",
    ),
    "environment": (
        "nước sạch",
        "nước hợp vệ sinh",
        "hợp vệ sinh",
        "rác thải",
        "chất thải",
        "chất thải rắn",
        "thu gom",
        "che phủ rừng",
        "tỷ lệ che phủ",
        "môi trường",
        "nước thải",
        "cây xanh",
        "ô nhiễm",
        "xử lý rác",
        "vệ sinh môi trường",
    ),
}
# Specific terms that must win over a longer generic one ("giá trị sản xuất trên 1 ha" is farm yield).
BOOST = {
    "trên 1 ha": 5,
    "ha đất": 4,
    "đất trồng trọt": 2,
    "che phủ rừng": 2,
    "xuất khẩu lao động": 3,
    "đi làm việc": 3,
    "nông thôn mới": 2,
    "hộ nghèo": 2,
    "bảo hiểm y tế": 2,
    "tuyển quân": 3,
    "giao quân": 3,
    "thu ngân sách": 2,
    "chi ngân sách": 2,
    "giải ngân": 2,
    "đảng viên": 2,
    "chi bộ": 2,
    "lao động qua đào tạo": 2,
    "sản lượng": 2,
    "trồng mới": 2,
}
UNIT_HINTS = {
    "đảng viên": "party",
    "chi bộ": "party",
    "đảng bộ": "party",
    "tổ chức cơ sở đảng": "party",
    "xã": "rural",
    "thôn": "rural",
    "ấp": "rural",
    "khu dân cư": "rural",
    "tấn": "rural",
    "ha": "rural",
    "lao động": "labour",
    "lượt khách": "economy",
    "triệu lượt khách": "economy",
    "hộ nghèo": "social",
    "triệu usd": "economy",
    "tỷ usd": "economy",
    "bác sĩ": "social",
    "giường bệnh": "social",
    "trạm y tế": "social",
    "học sinh": "social",
    "doanh nghiệp": "economy",
    "hợp tác xã": "economy",
    "sản phẩm ocop": "rural",
    "tân binh": "security",
}


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], tuple[str, float]]:
    index: dict[tuple[str, ...], tuple[str, float]] = {}
    for theme, phrases in LEXICON.items():
        for phrase in phrases:
            keys = tuple(words(phrase))
            weight = len(keys) + BOOST.get(phrase, 0)
            if keys not in index or index[keys][1] < weight:
                index[keys] = (theme, weight)
    return index


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[tuple[int, tuple[str, ...], str, float], ...]]:
    """The index by first word, shortest phrase first: only words that open a phrase cost a lookup."""
    grouped: dict[str, list[tuple[int, tuple[str, ...], str, float]]] = {}
    for keys, (theme, weight) in _index().items():
        if keys:
            grouped.setdefault(keys[0], []).append((len(keys), keys, theme, weight))
    return {first: tuple(sorted(entries, key=lambda e: e[0])) for first, entries in grouped.items()}


def theme_scores(text: str, unit: str | None = None) -> dict[str, float]:
    """Score of each theme for an indicator text (and its unit)."""
    scores = dict(_word_scores(text))
    if unit:
        hint = UNIT_HINTS.get(unit) or UNIT_HINTS.get(unit.split("/")[0])
        if hint:
            scores[hint] = scores.get(hint, 0) + 1.5
    return scores


@lru_cache(maxsize=256)
def _word_scores(text: str) -> dict[str, float]:
    """The scores the words of a text give (cached, never changed: the pipeline asks whether a clause has theme
    words, then for its theme). Callers copy before adding to them."""
    tokens = words(text)
    by_first = _by_first()
    scores: dict[str, float] = {}
    for i, first in enumerate(tokens):
        entries = by_first.get(first)
        if not entries:
            continue
        rest = len(tokens) - i
        for n, keys, theme, weight in entries:
            if n > rest:
                break
            if tuple(tokens[i : i + n]) == keys:
                scores[theme] = scores.get(theme, 0) + weight
    return scores


def theme_of(text: str, unit: str | None = None) -> str:
    """The best theme code, "other" when no term matches."""
    scores = theme_scores(text, unit)
    if not scores:
        return "other"
    # The highest score, the earlier theme on a tie: what max() over (score, -index) picked, in one pass.
    best, top = THEMES[0], scores.get(THEMES[0], 0)
    for theme in THEMES:
        score = scores.get(theme, 0)
        if score > top:
            best, top = theme, score
    return best


def has_theme_words(text: str) -> bool:
    return bool(_word_scores(text))


__all__ = ["THEMES", "theme_of", "theme_scores", "has_theme_words", "key"]
