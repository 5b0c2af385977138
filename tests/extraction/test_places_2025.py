"""Units of the structure from 1 July 2025: communes, wards and special zones, the 34 provinces, shared
commune names told apart by the text, and the article's date deciding which structure applies.
Sentences are our own."""

from __future__ import annotations

import datetime

from extraction.gazetteer import default_gazetteer
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM
from extraction.nlp.places import era_of, find_mentions, outlet_province
from extraction.nlp.sections import article_sections
from extraction.nlp.sentences import split_paragraphs


def unit_of(text: str, era: str = AFTER_REFORM):
    gazetteer = default_gazetteer()
    paragraphs = split_paragraphs(text)
    lead = paragraphs[1].text if len(paragraphs) > 1 else ""
    return article_sections(text, paragraphs, gazetteer, outlet_province(lead, era, text), era)[0].unit


def test_a_communes_party_organisation_names_the_commune_and_its_province():
    unit = unit_of(
        "Đảng bộ xã Tiên Lương tổ chức Đại hội\n\nĐại hội đại biểu Đảng bộ xã Tiên Lương lần thứ I, "
        "nhiệm kỳ 2025 - 2030 thông qua 18 chỉ tiêu."
    )
    assert (unit.province, unit.district, unit.commune) == ("Phú Thọ", None, "Tiên Lương")


def test_a_ward_and_a_special_zone_are_units_too():
    assert (
        unit_of("Đảng ủy phường Giảng Võ triển khai nhiệm vụ\n\nĐảng ủy phường Giảng Võ đề ra 15 chỉ tiêu.").commune
        == "Giảng Võ"
    )
    zone = unit_of("Đặc khu Phú Quốc đề ra 20 chỉ tiêu\n\nĐảng bộ đặc khu Phú Quốc tổ chức Đại hội lần thứ I.")
    assert (zone.province, zone.commune) == ("An Giang", "Phú Quốc")


def test_a_province_named_beside_a_shared_commune_name_decides():
    unit = unit_of("Xã Tân Phú đề ra 18 chỉ tiêu\n\nĐảng bộ xã Tân Phú, tỉnh Đồng Nai tổ chức Đại hội lần thứ I.")
    assert (unit.province, unit.commune, unit.flags) == ("Đồng Nai", "Tân Phú", [])


def test_the_communes_it_was_formed_from_decide_a_shared_name():
    gazetteer = default_gazetteer()
    candidates = gazetteer.communes("Phú Lộc")
    assert len({u.province for u in candidates}) > 1
    hue = next(u for u in candidates if u.province == "Huế")
    former = sorted({f[0] for f in hue.former if f[0] != "Phú Lộc"})[:2]
    text = (
        f"Đảng bộ xã Phú Lộc tổ chức Đại hội\n\nXã Phú Lộc được thành lập trên cơ sở sáp nhập các xã "
        f"{former[0]} và {former[1]}. Đảng ủy xã Phú Lộc đề ra 16 chỉ tiêu."
    )
    unit = unit_of(text)
    assert (unit.province, unit.commune, unit.flags) == ("Huế", "Phú Lộc", [])


def test_a_former_district_decides_a_shared_name():
    unit = unit_of("Đảng ủy xã Phú Lộc đề ra 16 chỉ tiêu\n\nXã Phú Lộc (huyện Phú Lộc cũ) tổ chức hội nghị.")
    assert (unit.province, unit.commune) == ("Huế", "Phú Lộc")


def test_a_shared_name_the_text_does_not_decide_is_flagged_with_the_candidates():
    unit = unit_of("Đảng ủy xã Tân Phú đề ra 16 chỉ tiêu\n\nĐảng ủy xã Tân Phú tổ chức hội nghị.")
    assert unit.commune == "Tân Phú"
    assert unit.flags and "Đồng Nai" in unit.flags[0] and "ambiguous" in unit.flags[0]


def test_the_newspaper_decides_a_shared_name_when_the_text_names_no_province():
    unit = unit_of("Đảng ủy xã Tân Phú đề ra 16 chỉ tiêu\n\n(ĐN) - Đảng ủy xã Tân Phú tổ chức hội nghị.")
    assert (unit.province, unit.commune, unit.flags) == ("Đồng Nai", "Tân Phú", [])


def test_the_communes_a_new_one_was_formed_from_are_not_the_unit():
    text = (
        "Đại hội Đảng bộ xã Quảng Tân lần thứ I\n\nXã Quảng Tân được thành lập trên cơ sở sáp nhập các xã "
        "Dực Yên, Quảng An và xã Quảng Lâm (huyện Đầm Hà cũ)."
    )
    mentions = [m for m in find_mentions(text, default_gazetteer(), era=AFTER_REFORM) if m.is_commune]
    assert [m.text for m in mentions if not m.former] == ["Quảng Tân", "Quảng Tân"]


def test_a_province_named_after_the_reform_is_one_of_the_34():
    unit = unit_of("Tỉnh ủy Bến Tre tổng kết năm 2025\n\nTỉnh ủy Bến Tre đề ra 20 chỉ tiêu năm 2026.")
    assert (unit.province, unit.district) == ("Vĩnh Long", None)
    assert unit_of("Thành ủy Huế đề ra 20 chỉ tiêu\n\nThành phố Huế đề ra 20 chỉ tiêu.").province == "Huế"


def test_before_the_reform_a_district_is_the_unit_and_a_commune_is_not():
    text = "Huyện ủy Chợ Lách đề ra 30 chỉ tiêu\n\nBDK - Huyện ủy Chợ Lách và xã Tân Phú đề ra 30 chỉ tiêu."
    unit = unit_of(text, BEFORE_REFORM)
    assert (unit.province, unit.district, unit.commune) == ("Bến Tre", "Chợ Lách", None)
    assert (
        unit_of("Thị ủy An Khê đề ra 20 chỉ tiêu\n\nThị xã An Khê đề ra 20 chỉ tiêu.", BEFORE_REFORM).district
        == "An Khê"
    )


def test_the_articles_date_decides_the_structure():
    assert era_of(datetime.datetime(2024, 12, 1)) == BEFORE_REFORM
    assert era_of(datetime.datetime(2026, 1, 10)) == AFTER_REFORM
    assert era_of(None, (2025, 2030)) == AFTER_REFORM
    assert era_of(None, (2020, 2025)) == BEFORE_REFORM
