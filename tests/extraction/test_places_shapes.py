"""Shapes of real articles that once put an article under the wrong unit: a person's name read as a
district, a date glued to a name, a province's report filed under a district it names in passing, the
place a province meets, a newspaper or a lower-case word deciding a shared commune name, round-ups of
several communes. Sentences are our own."""

from __future__ import annotations

from extraction.gazetteer import default_gazetteer
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM
from extraction.nlp.places import find_mentions, outlet_province
from extraction.nlp.sections import article_sections
from extraction.nlp.sentences import split_paragraphs


def units_of(text: str, era: str = BEFORE_REFORM) -> list[tuple]:
    paragraphs = split_paragraphs(text)
    lead = next((p.text for p in paragraphs[1:] if not p.is_heading), "")
    sections = article_sections(text, paragraphs, default_gazetteer(), outlet_province(lead, era, text), era)
    return [(s.unit.province, s.unit.district, s.unit.commune) for s in sections]


def unit_of(text: str, era: str = BEFORE_REFORM) -> tuple:
    return units_of(text, era)[0]


def names(text: str, era: str = BEFORE_REFORM) -> list[str]:
    return [m.name for m in find_mentions(text, default_gazetteer(), era=era)]


# ---- people are not places


def test_a_name_after_a_chairmans_title_is_the_chairman_not_a_district():
    text = (
        "Huyện đạt 19/20 chỉ tiêu năm 2023\n\nChủ tịch UBND huyện Nguyễn Thanh Tùng cho biết năm 2023 "
        "huyện Chợ Lách đạt 19/20 chỉ tiêu."
    )
    assert unit_of(text) == ("Bến Tre", "Chợ Lách", None)


def test_a_highland_chairmans_name_after_the_title_is_no_district():
    text = (
        "Huyện đạt 19/20 chỉ tiêu năm 2023\n\nChủ tịch UBND huyện Y Khoa Niê cho biết huyện Krông Pắc đạt "
        "19/20 chỉ tiêu."
    )
    assert unit_of(text) == ("Đắk Lắk", "Krông Pắc", None)


def test_a_persons_name_holding_a_districts_name_is_no_mention():
    assert names("Đồng chí Trần Văn Lâm, Bí thư Huyện ủy phát biểu.") == []
    assert names("Ông Hoài Đức cho biết kết quả.") == []
    assert names("đồng chí Hoài Đức, Phó Chủ tịch UBND tỉnh dự.") == []
    assert names("Chủ tịch Hồ Chí Minh và tư tưởng Hồ Chí Minh") == []


def test_places_that_begin_with_a_family_name_or_a_persons_word_are_still_found():
    assert names("huyện Lê Chân, thành phố Hồ Chí Minh, tỉnh Bà Rịa - Vũng Tàu và tỉnh Hà Tĩnh") == [
        "Lê Chân",
        "Hồ Chí Minh",
        "Bà Rịa - Vũng Tàu",
        "Hà Tĩnh",
    ]
    assert names("Huyện ủy Văn Lâm tổng kết năm 2023") == ["Văn Lâm"]


# ---- a name ends where its line ends


def test_a_date_on_the_next_line_is_not_part_of_the_districts_name():
    text = "Hội nghị của huyện Ia Brông\nSáng 12/7, Huyện ủy tổ chức hội nghị.\n\nHuyện đạt 10/20 chỉ tiêu."
    assert unit_of(text)[1] == "Ia Brông"
    assert names("Thị ủy An Khê\nNgày 12/7, Thị ủy sơ kết.") == ["An Khê"]


# ---- a province's report names its districts in passing


def test_a_province_report_naming_a_district_in_passing_is_the_provinces():
    text = (
        "Tỉnh phấn đấu tăng trưởng năm 2023\n\nTại Hà Tĩnh, năm 2022 tăng trưởng đạt 4%. Năm 2022, có thêm "
        "huyện Hương Sơn được công nhận đạt chuẩn NTM; toàn tỉnh có thêm 4 xã đạt chuẩn."
    )
    assert unit_of(text) == ("Hà Tĩnh", None, None)
    text = (
        "Kỳ họp thường lệ cuối năm\n\nHĐND tỉnh khóa XVIII thông qua nghị quyết năm 2023. Huyện Hương Sơn "
        "được công nhận đạt chuẩn NTM năm 2022."
    )
    assert unit_of(text) == ("Hà Tĩnh", None, None)


def test_a_district_named_before_the_province_speaks_or_as_a_committee_stays_the_unit():
    text = (
        "Tổng kết năm 2023\n\nNgày 12/1, huyện Chợ Lách tổng kết năm 2023. Dự có đồng chí A, Phó Chủ tịch "
        "UBND tỉnh. Năm 2023, toàn huyện đạt 19/20 chỉ tiêu."
    )
    assert unit_of(text) == ("Bến Tre", "Chợ Lách", None)
    text = "Tổng kết năm 2023\n\nThực hiện Nghị quyết của Tỉnh ủy, Huyện ủy Chợ Lách lãnh đạo đạt 19/20 chỉ tiêu."
    assert unit_of(text) == ("Bến Tre", "Chợ Lách", None)


def test_the_district_a_province_delegation_works_with_is_the_unit():
    text = (
        "Tổng kết năm 2023\n\nSáng 12/1, Ban Thường vụ Tỉnh ủy làm việc với huyện Ninh Giang. Năm 2023 huyện "
        "đạt 19/20 chỉ tiêu."
    )
    assert unit_of(text) == ("Hải Dương", "Ninh Giang", None)


def test_the_city_where_a_province_congress_meets_is_not_the_unit():
    for lead in (
        "Sáng 14/10, tại Trung tâm Hội nghị tỉnh ở thành phố Phan Rang-Tháp Chàm, Đại hội đại biểu Đảng bộ "
        "tỉnh Ninh Thuận lần thứ XIV khai mạc.",
        "Sáng 14/10, Tỉnh ủy tổ chức Đại hội tại Hội trường thành phố Phan Rang - Tháp Chàm.",
        "Sáng 14/10, tại TP.Phan Rang-Tháp Chàm, Đảng bộ tỉnh Ninh Thuận khai mạc Đại hội lần thứ XIV.",
    ):
        assert unit_of("Khai mạc Đại hội Đảng bộ tỉnh lần thứ XIV\n\n" + lead) == ("Ninh Thuận", None, None), lead


# ---- a commune name several provinces share


def test_the_newspaper_named_in_the_text_decides_a_shared_commune_name():
    text = (
        "Năm 2026, xã Quảng Ninh phấn đấu tăng trưởng 11%\n\nSáng 16/12, Đảng ủy xã Quảng Ninh tổ chức hội "
        "nghị tổng kết năm 2025. (Theo Báo Thanh Hoá)"
    )
    assert unit_of(text, AFTER_REFORM) == ("Thanh Hóa", None, "Quảng Ninh")


def test_a_lower_case_word_spelling_a_former_commune_decides_nothing():
    gazetteer = default_gazetteer()
    quang_tri = next(u for u in gazetteer.communes("Quảng Ninh") if u.province == "Quảng Trị")
    former = next(f[0] for f in quang_tri.former if f[0] != "Quảng Ninh")
    text = (
        f"Xã Quảng Ninh tổng kết năm 2025\n\nSáng 16/12, Đảng ủy xã Quảng Ninh tổ chức hội nghị; "
        f"{former.lower()} là lời chúc của đại biểu."
    )
    unit = article_sections(text, split_paragraphs(text), gazetteer, None, AFTER_REFORM)[0].unit
    assert unit.flags and unit.flags[0].startswith("ambiguous unit: Quảng Ninh")
    text = text.replace(former.lower(), f"xã {former} cũ")
    unit = article_sections(text, split_paragraphs(text), gazetteer, None, AFTER_REFORM)[0].unit
    assert (unit.province, unit.flags) == ("Quảng Trị", [])


# ---- names of the Central Highlands as the papers spell them


def test_highland_names_are_found_in_the_spellings_papers_use():
    text = "Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Čư M'gar\n\nHuyện ủy Čư M'gar báo cáo kết quả 6 tháng."
    assert unit_of(text) == ("Đắk Lắk", "Cư M'gar", None)
    assert names("huyện Đăk Mil và huyện Đắc Song") == ["Đắk Mil", "Đắk Song"]
    text = "Đại hội Đảng bộ xã Ea Mdroh\n\nĐảng bộ xã Ea Mdroh tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030."
    assert unit_of(text, AFTER_REFORM) == ("Đắk Lắk", None, "Ea M'Droh")


# ---- round-ups of several communes


def test_each_story_of_a_round_up_is_filed_under_its_own_commune():
    text = (
        "Khắp nơi trong tỉnh chiều nay\n\n(ĐN) - Khắp nơi trong tỉnh có những nội dung sau:\n\n"
        "*Xã An Viễn phấn đấu thu ngân sách vượt dự toán\n\n*Đảng ủy xã Thuận Lợi triển khai nhiệm vụ năm 2026\n\n"
        "----\n\n*Xã An Viễn phấn đấu thu ngân sách vượt dự toán\n\nChiều 31-12, xã An Viễn tổ chức hội nghị. "
        "Năm 2025, xã đạt 31/31 chỉ tiêu.\n\n*Đảng ủy xã Thuận Lợi triển khai nhiệm vụ năm 2026\n\n"
        "Năm 2025, Đảng bộ xã Thuận Lợi kết nạp 20 đảng viên."
    )
    paragraphs = split_paragraphs(text)
    sections = article_sections(text, paragraphs, default_gazetteer(), None, AFTER_REFORM)
    unit_at = {p.index: s.unit.commune for s in sections for p in paragraphs[s.first : s.last + 1]}
    story = {p.text[:20]: unit_at[p.index] for p in paragraphs}
    assert story["Chiều 31-12, xã An V"] == "An Viễn"
    assert story["Năm 2025, Đảng bộ xã"] == "Thuận Lợi"


def test_a_speakers_commune_is_not_the_unit_of_a_province_or_of_another_commune():
    text = (
        "Tỉnh ủy tổng kết năm 2025\n\nSáng 20/12, Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết năm 2025. Đồng chí "
        "A, Bí thư Đảng ủy xã Thuận Lợi phát biểu tham luận. Toàn tỉnh đạt 20/22 chỉ tiêu."
    )
    assert unit_of(text, AFTER_REFORM) == ("Đồng Nai", None, None)
    text = (
        "Xã An Viễn giao chỉ tiêu năm 2026\n\nChiều 31-12, xã An Viễn tổ chức hội nghị; dự có đồng chí A, Bí thư "
        "Đảng ủy xã Thuận Lợi. Năm 2025, xã đạt 31/31 chỉ tiêu."
    )
    assert unit_of(text, AFTER_REFORM) == ("Đồng Nai", None, "An Viễn")
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ xã\n\nSáng 16/12, đồng chí A, Bí thư Đảng ủy xã Thuận Lợi chủ trì hội "
        "nghị tổng kết năm 2025."
    )
    assert unit_of(text, AFTER_REFORM) == ("Đồng Nai", None, "Thuận Lợi")
