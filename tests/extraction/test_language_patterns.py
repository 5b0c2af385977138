"""Patterns of the language found by a blind held-out set, on articles and sentences we wrote (figures invented)."""

from decimal import Decimal

from extraction.nlp.statements import read_sentence
from extraction.pipeline import extract_document
from extraction.reader import read_text


def read(sentence, mode=None):
    return [
        (
            r.kind,
            r.quantity.value if r.quantity else None,
            r.quantity.unit if r.quantity else None,
            r.planned,
            r.percent_of_plan,
        )
        for r in read_sentence(sentence, mode=mode, is_past=lambda _: False)
        if r.kind != "result"
    ]


def extract(text):
    return extract_document(read_text(text, "bai.txt")).to_json()


def by_unit(article, field):
    return {
        (r["district"], r["kind"], r["year"] or tuple(r["term"])): [i["value"] for i in r[field]]
        for r in article["resolutions"]
        if r[field]
    }


SECTIONS = """Các huyện ở Phú Thọ sơ kết nghị quyết 6 tháng năm 2023
12/07/2023 - 08:00
(BPT) - Sáu tháng đầu năm 2023, các huyện trong tỉnh Phú Thọ thực hiện nghị quyết đạt nhiều kết quả.
* Tại huyện Thanh Ba (Phú Thọ), thu ngân sách 6 tháng đạt 95 tỷ đồng, bằng 61% dự toán.
Kết nạp 80 đảng viên, đạt 57% kế hoạch.
{heading}
Thu ngân sách 6 tháng đạt 72 tỷ đồng, bằng 55% dự toán.
Kết nạp 64 đảng viên, đạt 49% kế hoạch.
"""


def test_a_line_opened_by_a_district_of_the_province_and_a_colon_opens_its_section():
    article = extract(SECTIONS.format(heading="Hạ Hòa: Tập trung phát triển kinh tế đồi rừng"))
    assert by_unit(article, "achievements") == {
        ("Thanh Ba", "annual", 2023): [95, 80],
        ("Hạ Hòa", "annual", 2023): [72, 64],
    }


def test_a_short_heading_naming_the_district_committee_opens_its_section():
    article = extract(SECTIONS.format(heading="Huyện ủy Hạ Hòa chú trọng kinh tế đồi rừng"))
    assert by_unit(article, "achievements") == {
        ("Thanh Ba", "annual", 2023): [95, 80],
        ("Hạ Hòa", "annual", 2023): [72, 64],
    }


def test_the_year_s_own_resolution_inside_a_term_review_is_annual():
    article = extract("""Huyện ủy Kim Bảng sơ kết giữa nhiệm kỳ
20/07/2023 - 08:00
(BHNa) - Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện Kim Bảng (Hà Nam) nhiệm kỳ 2020 - 2025.
Kết nạp 420 đảng viên, đạt 70% chỉ tiêu Nghị quyết Đại hội.
Riêng năm 2023, Nghị quyết Huyện ủy đề ra thu ngân sách 840 tỷ đồng; 6 tháng đầu năm đã thu được 433 tỷ đồng, đạt 51,5%.
""")
    assert by_unit(article, "targets") == {("Kim Bảng", "annual", 2023): [840]}
    annual = next(r for r in article["resolutions"] if r["kind"] == "annual")
    assert [(a["value"], a["planned"], a["percent_of_plan"]) for a in annual["achievements"]] == [(433, 840, 51.5)]
    assert by_unit(article, "achievements")[("Kim Bảng", "term", (2020, 2025))] == [420]


def test_a_result_with_its_plan_in_brackets_is_an_achievement_and_a_target():
    found = read_sentence(
        "Kết quả: tỷ lệ xã đạt chuẩn phổ cập (đạt 91,5%, KH 95%); tỷ lệ dân số có bảo hiểm y tế "
        "(đạt 88%, kế hoạch 92%), tỷ lệ hộ dùng nước sạch (đạt 73%, KH: 75%).",
        mode=None,
        is_past=lambda _: False,
    )
    assert [(r.kind, r.quantity.value, r.quantity.unit, r.planned, r.plan.value) for r in found] == [
        ("achievement", Decimal("91.5"), "%", Decimal(95), Decimal(95)),
        ("achievement", Decimal(88), "%", Decimal(92), Decimal(92)),
        ("achievement", Decimal(73), "%", Decimal(75), Decimal(75)),
    ]


def test_the_size_of_the_unit_and_its_people_are_not_targets():
    assert (
        read(
            "Tân Sơn có 17 xã và 2 thị trấn với dân số hơn 93.000 người, đồng bào Mường chiếm trên 81%.", mode="target"
        )
        == []
    )
    assert read("Huyện gồm 12 xã, 2 phường và 1 thị trấn; đồng bào Dao chiếm 40%.", mode="target") == []
    # ... but communes to be brought to a standard are.
    assert [v for _k, v, *_ in read("Phấn đấu có 3 xã và 1 thị trấn đạt chuẩn văn minh.", mode="target")] == [3, 1]


def test_the_tail_of_a_scorecard_is_not_a_target():
    assert read("Nhiều chỉ tiêu đạt trên 60%; 3 chỉ tiêu đạt trên 80%.", mode="target") == []
    assert read("Các chỉ tiêu còn lại đều đạt từ 55% trở lên.") == []
