"""The shapes of place names: the prefixes that say which level a name is, what separates the words of one
name, what makes a name a person's, and the openings of a section about one unit.

Patterns that end in `$` are matched against the few characters before a name (what the name is
written after); the others scan a text or look right after a name.
"""

from __future__ import annotations

from extraction.grammar import pattern

# Fragments spelled once.
UY = r"(?:ủy|uỷ)"  # "ủy" with its tone mark on either letter, as the papers print it both ways
BEFORE_NAME = r"\s*$"  # a prefix closes right where the name starts
LETTER = r"[^\W\d_]"  # a letter of any script: names open with one
SPACE_IN_LINE = r"[^\S\n]"  # a space that is no line break: a name never runs across lines
COMMUNE_WORDS = r"xã|phường|đặc khu"  # the three kinds of commune of 2025
CITY_OR_PROVINCE = r"thành phố|TP\.?|tỉnh"
# A bullet, then "Tại" / "Ở": "* Tại huyện X", "- Ở tỉnh Y", the opening of a round-up's section.
_AT = r"(?:[*•+\-–—]\s*)?(?:Tại|Ở)\s+"


def _level(word: str) -> str:
    """A level's word alone or with its Party committee, its Party organisation or its People's Committee:
    "huyện", "Huyện ủy", "Đảng bộ huyện", "UBND huyện"."""
    return rf"{word}\s*{UY}|đảng bộ {word}|ubnd {word}|{word}"


# The prefixes that say a name is a district, a city (a district-level one, or after the reform a
# centrally-run one) or a province.
DISTRICT_PREFIX = pattern(rf"(?:{_level('huyện')}|quận\s*{UY}|quận|thị\s*{UY}|thị xã|tx\.?){BEFORE_NAME}")
CITY_PREFIX = pattern(rf"(?:thành\s*{UY}|thành phố|tp\.?){BEFORE_NAME}")
PROVINCE_PREFIX = pattern(rf"(?:{_level('tỉnh')}){BEFORE_NAME}")
# A committee rather than the unit: "Huyện ủy X", "Đảng bộ tỉnh X".
COMMITTEE_PREFIX = pattern(rf"(?:{UY}|đảng bộ \w+){BEFORE_NAME}")
# A name after these is a commune, a road, a product … that happens to share a district's name.
NOT_A_UNIT_PREFIX = pattern(
    r"(?:(?<!thị )\bxã|phường|thị trấn|đặc khu|\bp\.|ấp|thôn|bản|khu phố|làng|đường|cầu|sông|cống|chợ|cụm công nghiệp|"
    r"khu công nghiệp|trường|bệnh viện|hồ|núi|đèo|báo|bưởi|cam|vải|chè|nhãn|liên huyện|giữa)" + BEFORE_NAME
)
# "huyện X" with X capitalised: a district even when the gazetteer does not know it (case kept: "Huyện", "huyện").
DISTRICT_WORD = pattern(r"\b(?P<kind>[Hh]uyện|[Qq]uận|[Tt]hị xã)\s+", 0)
# A commune of 2025 by its prefix: "xã Tiên Lương", "Đảng ủy phường Giảng Võ", "đặc khu Phú Quốc", "P.Cao Lãnh".
COMMUNE_PREFIX = pattern(rf"(?<!\w)(?P<kind>[Xx]ã|[Pp]hường|[Đđ]ặc khu|P\.)\s*(?={LETTER})", 0)
# The commune's Party committee, People's Committee or congress rather than the commune: "Đảng ủy xã X".
COMMUNE_COMMITTEE_PREFIX = pattern(
    rf"(?:đảng\s*{UY}|đảng bộ|ubnd|hđnd|ủy ban nhân dân|đại hội(?: đại biểu)?"
    r"(?: đảng bộ)?)" + BEFORE_NAME
)
# "các xã A, B và thị trấn C", "sáp nhập xã A": the communes a new one was formed from.
FORMED_FROM_BEFORE = pattern(r"(?<!sau )(?:sáp nhập|sắp xếp|hợp nhất|trên cơ sở|gồm)[^.;]{0,80}$")
# "xã A cũ", "xã A (trước đây)": a unit named as it was.
FORMER_AFTER = pattern(r"\s*\(?\s*cũ\b|\s*\(?\s*trước đây\b")
# What may separate the words of one name: spaces and hyphens, never a line break ("huyện X\nNgày 12/7").
NAME_GAP = pattern(rf"(?:{SPACE_IN_LINE}|[\-–])*", 0)
# The next word of a name, on the same line.
NAME_WORD = pattern(rf"{SPACE_IN_LINE}*({LETTER}[\w'’]*)", 0)
# A person, not a place: the words before a name ("đồng chí", "ông", "Bí thư", "Chủ tịch", a rank) …
PERSON_BEFORE = pattern(
    r"(?<!\w)(?:đồng chí|đ/c|ông|bà|anh|chị|cô|thầy|cụ|cháu|em|bác|mẹ|nhà văn|nhà thơ|nghệ sĩ|liệt sĩ|"
    r"bí thư|chủ tịch|giám đốc|trưởng ban|trưởng phòng|chánh văn phòng|chủ nhiệm|thủ tướng|bộ trưởng|"
    r"đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá)\s+$"
)
# "tư tưởng Hồ Chí Minh", "Chủ tịch Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the man, not the city.
HO_CHI_MINH_THE_MAN_BEFORE = pattern(
    r"(?:tư tưởng|đạo đức|phong cách|tấm gương|gương|bác|chủ tịch|lăng|di chúc|sinh thời|"
    r"giải thưởng|huân chương|cộng sản|tncs|tntp|tiền phong|đội)\s*,?\s*$"
)
# The province right after a name: "huyện Bá Thước (Thanh Hóa)", "(tỉnh Long An)" …
PROVINCE_IN_BRACKETS = pattern(rf"\s*\((?:{CITY_OR_PROVINCE})?\s*([^()]{{2,30}})\)")
# … or after a comma, up to four words: "xã X, tỉnh Y", "huyện X, Nghệ An".
_WORD_AFTER_COMMA = LETTER + r"[^\s,.;()]*"
PROVINCE_AFTER_COMMA = pattern(
    rf",\s*(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?({_WORD_AFTER_COMMA}(?:\s+{_WORD_AFTER_COMMA}){{0,3}})"
    r"(?=[\s,.;()]|$)"
)
# A paragraph that opens the section of one unit: "Tại huyện X", "* Ở tỉnh Y".
SECTION_START = pattern(rf"^\s*{_AT}(?:huyện|quận|thị xã|{CITY_OR_PROVINCE})\s")
SECTION_START_2025 = pattern(
    rf"^\s*(?:{_AT}(?:{COMMUNE_WORDS}|{CITY_OR_PROVINCE})\s"
    # A round-up's story: "*Xã An Viễn phấn đấu …", "*Đảng ủy xã Thuận Lợi triển khai …", "• Phường X: …".
    rf"|[*•+]\s*(?:(?:Đảng\s*{UY}|Đảng bộ|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an|MTTQ)\s+)?"
    rf"(?:{COMMUNE_WORDS})\s)"
)
# The newspaper code opening a lead: "BDK - ", "(BLA) - ", "BTNO -".
OUTLET = pattern(r"^\s*\(?([A-ZĐ]{2,6}(?:-[A-ZĐ]{2,4})?)\)?\s*[-–—]", 0)
# A paper named in the text: "Báo Thanh Hóa", "báo Nhân Dân".
PAPER_NAMED = pattern(r"\b[Bb]áo\s+[A-ZĐÀ-Ỹ]", 0)
