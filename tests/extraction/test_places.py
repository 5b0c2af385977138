"""Units: the gazetteer, mentions in text, sections and shared district names."""

from extraction.gazetteer import default_gazetteer, gazetteer_load
from extraction.nlp.gazetteer import AdminUnit, Gazetteer
from extraction.nlp.places import find_mentions, outlet_province
from extraction.nlp.sections import article_sections
from extraction.nlp.sentences import split_paragraphs


def sections_of(text):
    gazetteer = default_gazetteer()
    paragraphs = split_paragraphs(text)
    lead = paragraphs[1].text if len(paragraphs) > 1 else ""
    return article_sections(text, paragraphs, gazetteer, outlet_province(lead))


def test_the_gazetteer_holds_both_structures():
    gazetteer = default_gazetteer()
    old = [u for u in gazetteer.units if u.system == "2019"]
    new = [u for u in gazetteer.units if u.system == "2025"]
    assert sum(1 for u in old if u.is_province) == 63
    assert sum(1 for u in old if not u.is_province and u.origin == "gazetteer") == 696
    assert sum(1 for u in new if u.is_province) == 34
    assert sum(1 for u in new if u.is_commune) > 3000
    assert gazetteer.districts("Chợ Lách")[0].province == "Bến Tre"


def test_names_match_whatever_the_tone_mark_placement():
    gazetteer = default_gazetteer()
    assert gazetteer.province("Khánh Hoà").name == "Khánh Hòa"
    assert gazetteer.province("Thừa Thiên - Huế").name == "Thừa Thiên Huế"


def test_sixteen_district_names_are_shared_by_several_provinces():
    gazetteer = default_gazetteer()
    provinces_of: dict[str, set[str]] = {}
    for unit in gazetteer.units:
        if not unit.is_province and not unit.is_commune and unit.origin == "gazetteer":
            provinces_of.setdefault(unit.name, set()).add(unit.province)
    shared = {name for name, provinces in provinces_of.items() if len(provinces) > 1}
    assert len(shared) == 16 and "Châu Thành" in shared


def test_extra_units_from_staff_are_known():
    gazetteer = gazetteer_load(extra=[{"name": "Đông Hòa Mới", "province": "Phú Yên", "kind": "huyen"}])
    assert gazetteer.districts("Đông Hòa Mới")[0].origin == "added"
    plain = Gazetteer([AdminUnit("Bến Tre", "tinh")], extra=[AdminUnit("Ba Lạt", "huyen", "Bến Tre")])
    assert plain.districts("Ba Lạt")[0].province == "Bến Tre"


def test_mentions_with_prefixes_committees_and_bare_names():
    text = "Huyện ủy Yên Thành và huyện Nam Đàn cùng tỉnh Nghệ An; xã Tân Phú không phải là huyện."
    mentions = find_mentions(text, default_gazetteer())
    names = [(m.name, m.is_district, m.committee) for m in mentions]
    assert ("Yên Thành", True, True) in names and ("Nam Đàn", True, False) in names
    assert ("Nghệ An", False, False) in names
    assert all(m.name != "Tân Phú" for m in mentions)


def test_a_bare_name_shared_by_a_province_and_its_city_is_the_province():
    mention = find_mentions("Thanh Hóa đề ra 30 chỉ tiêu", default_gazetteer())[0]
    assert not mention.is_district and mention.name == "Thanh Hóa"
    city = find_mentions("thành phố Thanh Hóa đề ra 30 chỉ tiêu", default_gazetteer())[0]
    assert city.is_district


def test_a_shared_district_name_is_resolved_by_the_province_in_brackets():
    unit = sections_of("Châu Thành phát triển\nĐảng bộ huyện Châu Thành (tỉnh Tiền Giang) đề ra 20 chỉ tiêu.")[0].unit
    assert (unit.province, unit.district, unit.flags) == ("Tiền Giang", "Châu Thành", [])


def test_a_shared_district_name_is_resolved_by_other_districts_of_the_province():
    text = "Phú Tân bứt phá\nHuyện ủy Phú Tân cùng huyện Chợ Mới, huyện Thoại Sơn đề ra chỉ tiêu."
    unit = sections_of(text)[0].unit
    assert unit.province == "An Giang" and not unit.flags


def test_an_undecidable_shared_name_is_flagged_for_review():
    unit = sections_of("Tam Nông vượt khó\nHuyện ủy Tam Nông đề ra 20 chỉ tiêu chủ yếu.")[0].unit
    assert unit.district == "Tam Nông" and unit.province in ("Đồng Tháp", "Phú Thọ")
    assert any("ambiguous" in flag for flag in unit.flags)


def test_a_district_missing_from_the_gazetteer_is_added_and_flagged():
    unit = sections_of("Tin mới\nHuyện ủy huyện Sông Xanh (Quảng Trị) đề ra 20 chỉ tiêu.")[0].unit
    assert (unit.province, unit.district) == ("Quảng Trị", "Sông Xanh")
    assert any("added" in flag for flag in unit.flags)


def test_each_section_has_its_own_unit():
    text = (
        "Các địa phương triển khai nghị quyết\n"
        "* Tại huyện Quỳnh Lưu (Nghệ An), Huyện ủy đề ra 25 chỉ tiêu.\nĐoạn tiếp của Quỳnh Lưu.\n"
        "* Tại huyện Hậu Lộc (Thanh Hóa), Huyện ủy đề ra 22 chỉ tiêu.\n"
    )
    units = [(s.first, s.unit.province, s.unit.district) for s in sections_of(text)]
    assert units == [(0, "Nghệ An", "Quỳnh Lưu"), (3, "Thanh Hóa", "Hậu Lộc")]


def test_a_province_committee_article_has_no_district():
    unit = sections_of("Tỉnh ủy Gia Lai đề ra 20 chỉ tiêu\nTỉnh ủy Gia Lai thông qua Nghị quyết năm 2023.")[0].unit
    assert (unit.province, unit.district) == ("Gia Lai", None)


def test_the_newspaper_prefix_names_the_province():
    assert outlet_province("BDK - Tỉnh ủy chỉ đạo") == "Bến Tre"
    assert outlet_province("(BLA) - Ngày 19/12") == "Long An"
    assert outlet_province("Ngày 19/12, hội nghị") is None
