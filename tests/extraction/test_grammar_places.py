"""The shapes of place names read what the papers print."""

from extraction.grammar import places as grammar


def test_a_prefix_tells_the_level_of_the_name_written_after_it():
    assert grammar.DISTRICT_PREFIX.search("Ban Thường vụ Huyện uỷ ")
    assert grammar.DISTRICT_PREFIX.search("UBND huyện ")
    assert grammar.PROVINCE_PREFIX.search("Đảng bộ tỉnh ")
    assert grammar.CITY_PREFIX.search("Thành ủy ")
    assert not grammar.PROVINCE_PREFIX.search("tỉnh Bến Tre và ")


def test_a_commune_road_or_fruit_sharing_a_district_name_is_no_unit():
    for before in ("xã ", "đường ", "bưởi ", "Bệnh viện "):
        assert grammar.NOT_A_UNIT_PREFIX.search(before)
    assert not grammar.NOT_A_UNIT_PREFIX.search("thị xã ")


def test_the_words_of_a_name_never_run_across_a_line_break():
    assert grammar.NAME_GAP.fullmatch(" - ")
    assert not grammar.NAME_GAP.fullmatch(" \n")


def test_the_province_after_a_name_is_read_in_brackets_or_after_a_comma():
    assert grammar.PROVINCE_IN_BRACKETS.match(" (tỉnh Long An) đã").group(1) == "Long An"
    assert grammar.PROVINCE_AFTER_COMMA.match(", tỉnh Nghệ An. Sáng").group(1) == "Nghệ An"


def test_a_round_up_opens_the_section_of_one_unit():
    assert grammar.SECTION_START.match("* Tại huyện Chợ Lách, ")
    assert grammar.SECTION_START_2025.match("*Đảng ủy xã Thuận Lợi triển khai")
    assert not grammar.SECTION_START.match("Tại hội nghị, ")


def test_the_newspaper_code_opens_the_lead():
    assert grammar.OUTLET.match("(BLA) - Sáng 12/7").group(1) == "BLA"
