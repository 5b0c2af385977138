"""The provincial Party newspapers (extraction/lexicon/newspapers.toml): every entry's example leads read
as its province, before the reform as the paper's own province and from 1 July 2025 as the merged one."""

from __future__ import annotations

import pytest

from extraction.lexicon import load
from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM
from extraction.nlp.places import outlet_papers, outlet_province

NEWSPAPERS = load("newspapers")
EXAMPLES = [(entry, lead) for entry in NEWSPAPERS.entries for lead in entry.positive]


def test_every_province_before_and_after_the_reform_has_its_paper():
    from extraction.gazetteer import gazetteer_units

    provinces = {(u["system"], u["name"]) for u in gazetteer_units() if u["kind"] in ("tinh", "thanh_pho_tw")}
    old = {name for system, name in provinces if system == BEFORE_REFORM}
    new = {name for system, name in provinces if system == AFTER_REFORM}
    assert {e.data["province"] for e in NEWSPAPERS.entries if "province" in e.data} == old
    assert {e.data["province_2025"] for e in NEWSPAPERS.entries} == new
    assert all(e.data["name"] for e in NEWSPAPERS.entries)


def test_a_code_names_one_province_in_each_structure():
    for era, key in ((BEFORE_REFORM, "province"), (AFTER_REFORM, "province_2025")):
        owners: dict[str, set[str]] = {}
        for entry in NEWSPAPERS.entries:
            for code in entry.phrases if key in entry.data else ():
                owners.setdefault(code, set()).add(entry.data[key])
        shared = {code: names for code, names in owners.items() if len(names) > 1}
        assert not shared, (era, shared)


@pytest.mark.parametrize(("entry", "lead"), EXAMPLES, ids=[lead[:24] for _, lead in EXAMPLES])
def test_each_example_lead_reads_as_its_papers_province(entry, lead):
    assert any(p.name == entry.data["name"] for p in outlet_papers(lead))
    if "province" in entry.data:
        assert outlet_province(lead, BEFORE_REFORM) == entry.data["province"]
    assert outlet_province(lead, AFTER_REFORM) == entry.data["province_2025"]


def test_a_merged_papers_code_tells_the_merged_province_after_the_reform():
    assert outlet_province("BDK - Huyện ủy Chợ Lách đề ra 30 chỉ tiêu.", BEFORE_REFORM) == "Bến Tre"
    assert outlet_province("BDK - Đảng ủy xã đề ra 30 chỉ tiêu.", AFTER_REFORM) == "Vĩnh Long"
    assert outlet_province("(BLA) - Ngày 19/12, hội nghị", BEFORE_REFORM) == "Long An"
    assert outlet_province("(BLA) - Ngày 19/12, hội nghị", AFTER_REFORM) == "Tây Ninh"


def test_a_national_paper_or_a_section_label_tells_no_province():
    assert outlet_province("TPO - Ngày 8/8, Đảng bộ các phường tổ chức đại hội.") is None
    assert outlet_province("KT - Tăng trưởng kinh tế đạt 8%.") is None
    assert outlet_province("Ngày 19/12, hội nghị tổng kết năm.") is None


def test_a_paper_named_in_the_text_tells_the_province_when_no_code_opens_the_lead():
    text = "Theo phóng viên Báo Đồng Khởi, huyện đề ra 30 chỉ tiêu."
    assert outlet_province("Ngày 5/1, hội nghị tổng kết.", BEFORE_REFORM, text) == "Bến Tre"
