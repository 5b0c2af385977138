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
    text = ("Huyện đạt 19/20 chỉ tiêu năm 2023\n\nChủ tịch UBND huyện Nguyễn Thanh Tùng cho biết năm 2023 "
            "huyện Chợ Lách đạt 19/20 chỉ tiêu.")
    assert unit_of(text) == ("Bến Tre", "Chợ Lách", None)


def test_a_persons_name_holding_a_districts_name_is_no_mention():
    assert names("Đồng chí Trần Văn Lâm, Bí thư Huyện ủy phát biểu.") == []
    assert names("Ông Hoài Đức cho biết kết quả.") == []
    assert names("đồng chí Hoài Đức, Phó Chủ tịch UBND tỉnh dự.") == []
    assert names("Chủ tịch Hồ Chí Minh và tư tưởng Hồ Chí Minh") == []


def test_places_that_begin_with_a_family_name_or_a_persons_word_are_still_found():
    assert names("huyện Lê Chân, thành phố Hồ Chí Minh, tỉnh Bà Rịa - Vũng Tàu và tỉnh Hà Tĩnh") == [
        "Lê Chân", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Hà Tĩnh"]
    assert names("Huyện ủy Văn Lâm tổng kết năm 2023") == ["Văn Lâm"]


# ---- a name ends where its line ends

def test_a_date_on_the_next_line_is_not_part_of_the_districts_name():
    text = "Hội nghị của huyện Ia Brông\nSáng 12/7, Huyện ủy tổ chức hội nghị.\n\nHuyện đạt 10/20 chỉ tiêu."
    assert unit_of(text)[1] == "Ia Brông"
    assert names("Thị ủy An Khê\nNgày 12/7, Thị ủy sơ kết.") == ["An Khê"]
