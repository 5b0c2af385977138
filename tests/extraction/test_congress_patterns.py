"""Patterns of congress articles found by the third blind set of real articles, on texts we wrote
(names real, figures invented)."""

from decimal import Decimal

from extraction.nlp.numbers import find_quantities
from extraction.pipeline import extract_document
from extraction.reader import read_text


def extract(text):
    return extract_document(read_text(text, "bai.txt")).to_json()


def resolutions(article):
    return {
        (r["commune"] or r["district"], r["kind"], r["year"] or tuple(r["term"])): r for r in article["resolutions"]
    }


CONGRESS = """Đại hội Đảng bộ xã Tân Lập lần thứ I
20/08/2025
Đại hội đại biểu Đảng bộ xã Tân Lập, tỉnh Tây Ninh lần thứ I, nhiệm kỳ (2025-2030) diễn ra ngày 19/8.
Có 160 đảng viên đại diện cho 480 đảng viên của toàn Đảng bộ xã dự Đại hội.
Xã có diện tích tự nhiên 55,2km2, dân số hơn 31.200 người, với 28 tổ chức cơ sở đảng trực thuộc và 940 đảng viên.
Với phương châm “Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển”, đại hội đã tổng kết nhiệm kỳ 2020-2025.
Nhiệm kỳ qua, thu ngân sách trên địa bàn đạt 96 tỷ đồng, tỷ lệ hộ nghèo còn 1,2%.
Đại hội cũng xác định một số chỉ tiêu cụ thể đến năm 2030: Tổng thu ngân sách đạt 150 tỷ đồng. Tỷ lệ hộ nghèo dưới 0,5%. Hình thành 3 cụm công nghiệp.
Vốn đầu tư toàn xã hội trong 5 năm đạt ít nhất 2.400 tỷ đồng; tốc độ tăng trưởng bình quân từ 9%/năm trở lên.
Ban Thường vụ Tỉnh ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ mới gồm 27 người.
"""


def test_a_congress_article_files_its_motto_its_floors_and_its_plan_list_under_the_new_term():
    article = extract(CONGRESS)
    found = resolutions(article)
    new = found[("Tân Lập", "term", (2025, 2030))]
    assert new["slogan"] == "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển"
    assert sorted(t["value"] for t in new["targets"]) == [0.5, 3, 9, 150, 2400]
    old = found[("Tân Lập", "term", (2020, 2025))]
    assert sorted(a["value"] for a in old["achievements"]) == [1.2, 96]


def test_delegates_members_and_the_new_committee_are_sizes_not_items():
    article = extract(CONGRESS)
    values = {i["value"] for r in article["resolutions"] for f in ("targets", "achievements") for i in r[f]}
    assert not values & {160, 480, 28, 940, 27}


def test_the_second_year_of_a_term_written_with_a_loose_dash_is_no_quantity():
    text = "Nhiệm kỳ 2025- 2030 đảng bộ xã đề ra 8 nhóm chỉ tiêu."
    assert [q.value for q in find_quantities(text)] == []


def test_an_undated_article_carrying_out_a_congress_resolution_is_placed_inside_its_term():
    from extraction.nlp.context import estimate_published

    carrying_out = [
        "Nghị quyết Đại hội Đảng bộ huyện Mai Sơn lần thứ XX, nhiệm kỳ 2020 - 2025 đã đề ra 19 chỉ tiêu chủ yếu.",
        "Đến nay, huyện có 8/19 chỉ tiêu đã đạt và vượt Nghị quyết Đại hội.",
    ]
    at_congress = ["Đại hội đại biểu Đảng bộ huyện Cái Bè lần thứ XII, nhiệm kỳ (2020-2025) diễn ra ngày 12/8."]
    assert estimate_published(carrying_out).year == 2022
    assert (estimate_published(at_congress).year, estimate_published(at_congress).month) == (2020, 9)


YEAR_CARRYING_OUT = """Hội nghị Ban Chấp hành Đảng bộ huyện Yên Minh
18/12/2021
Chiều 18.12, BCH Đảng bộ huyện Yên Minh khóa XX, nhiệm kỳ 2020 - 2025 tổ chức hội nghị tổng kết nhiệm vụ phát triển KT – XH năm 2021; phương hướng nhiệm vụ năm 2022.
Năm 2021 là năm đầu triển khai thực hiện Nghị quyết Đại hội Đảng bộ các cấp, Đảng bộ huyện đã thực hiện đạt và vượt 20/24 chỉ tiêu nghị quyết. Tổng diện tích gieo trồng đạt trên 12.000 ha; sản lượng lương thực có hạt đạt trên 28.000 tấn.
"""


def test_a_year_that_carries_out_the_congress_resolution_keeps_its_scorecard_and_results():
    found = resolutions(extract(YEAR_CARRYING_OUT))
    year = found[("Yên Minh", "annual", 2021)]
    assert [(c["met_or_exceeded"], c["total"]) for c in year["scorecards"]] == [(20, 24)]
    assert sorted(a["value"] for a in year["achievements"]) == [12000, 28000]


def read(sentence, mode=None):
    from extraction.nlp.statements import read_sentence

    return [
        (r.kind, r.quantity.value if r.quantity else None, r.planned)
        for r in read_sentence(sentence, mode=mode, is_past=lambda _: False)
    ]


PLEDGE = """Ba Tơ ký cam kết thực hiện các chỉ tiêu năm 2023
22/03/2023
Chiều 22/3, UBND huyện Ba Tơ tổ chức lễ ký cam kết thực hiện các chỉ tiêu kinh tế - xã hội năm 2023.
Năm 2022, huyện đã thực hiện đạt và vượt 12/16 chỉ tiêu.
Năm 2023, huyện quyết tâm thực hiện đạt và vượt tất cả các chỉ tiêu đề ra. Trong đó có một số chỉ tiêu cơ bản như: Tổng giá trị sản xuất đạt 3.100 tỷ đồng; thu nhập bình quân 47,2 triệu đồng/người/năm.
"""


def test_a_list_of_plans_opened_mid_sentence_reads_as_targets():
    year = resolutions(extract(PLEDGE))[("Ba Tơ", "annual", 2023)]
    assert sorted(t["value"] for t in year["targets"]) == [47.2, 3100]


def test_the_same_figure_in_another_unit_is_no_plan():
    assert read("GRDP bình quân đầu người ước đạt 5.900 USD (khoảng 137 triệu đồng).", mode="result") == [
        ("result", 5900, None)
    ]


def test_shares_of_votes_are_no_items():
    text = "Ông Nguyễn Văn A nhận được 41 phiếu “tín nhiệm cao” (tỷ lệ 87,2%), và 6 phiếu tín nhiệm (tỷ lệ 12,8%)."
    assert read(text, mode="result") == []


MONTHLY = """UBND xã Trà Lĩnh họp thường kỳ tháng 01 năm 2026
04/02/2026
Chiều 3/2, UBND xã Trà Lĩnh tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 1; triển khai nhiệm vụ tháng 2 năm 2026.
Theo đó, trong tháng 1 xã đã đạt nhiều kết quả như: diện tích thuốc lá đã trồng 210/300 ha; thu ngân sách trên địa bàn được 2.450 triệu đồng.
"""


def test_a_month_reported_belongs_to_the_year_of_the_article_date():
    found = resolutions(extract(MONTHLY))
    assert sorted(a["value"] for a in found[("Trà Lĩnh", "annual", 2026)]["achievements"]) == [210, 2450]


def test_comparisons_with_an_earlier_year_name_no_period():
    from extraction.nlp.periods import find_mentions

    for text in (
        "Tỷ lệ hộ nghèo cuối năm 2024 là 6,1%, giảm 1,9% so với cuối năm 2023.",
        "Tổng thu ngân sách ước thực hiện 1.210 tỷ đồng, đạt 98% dự toán, bằng 121% cùng kỳ năm 2023.",
        "Giá trị sản xuất công nghiệp ước đạt 9.800 tỷ đồng, tăng 11% so với thực hiện năm 2023.",
    ):
        assert 2023 not in {m.period.year for m in find_mentions(text) if m.period and m.period.kind == "annual"}


def test_a_level_held_now_measured_against_its_plan_is_a_result_and_votes_are_no_items():
    assert read("Tổng đàn đại gia súc hiện có hơn 9.870 con, đạt hơn 102% kế hoạch.", mode="result") == [
        ("achievement", 9870, None)
    ]
    assert read("Ông Trần Văn B tái đắc cử Bí thư Huyện ủy với số phiếu 198/201, đạt 98,5%.", mode="result") == []


def test_growth_on_the_same_period_is_no_plan_beside_a_result():
    text = (
        "Tổng thu ngân sách trên địa bàn ước thực hiện 380 tỷ đồng, đạt 81% so dự toán tỉnh giao, "
        "30% so với dự toán huyện giao và bằng 125% so với cùng kỳ năm 2023."
    )
    assert all(kind != "target" for kind, _, _ in read(text, mode="result"))


def test_a_sentence_that_reports_in_its_own_words_is_a_result_among_plans():
    assert [
        kind for kind, _, _ in read("Trong năm đã thực hiện khám chữa bệnh được 95.000 lượt người.", mode="target")
    ] == ["result"]


def test_a_share_of_the_plan_said_with_so_alone():
    text = "Tổng thu ngân sách ước thực hiện 412 tỷ đồng, đạt 79% so dự toán tỉnh giao."
    assert read(text, mode="result") == [("achievement", 412, None)]


def test_five_years_are_the_new_term_where_planned_and_the_ended_one_where_reported():
    from extraction.nlp.periods import find_mentions

    markers = lambda text: [m.marker for m in find_mentions(text) if m.marker]  # noqa: E731
    assert markers("Tổng thu ngân sách 5 năm ít nhất 80.000 tỷ đồng.") == ["current_term"]
    assert markers("Tổng vốn đầu tư 5 năm đạt 250.000 tỷ đồng.") == ["past_term"]


AHEAD = """Đại hội Đảng bộ thành phố Đà Nẵng lần thứ I
17/09/2025
Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra ngày 16/9.
Nhiệm kỳ qua, thu ngân sách trên địa bàn đạt 150.000 tỷ đồng.
Vốn đầu tư phát triển trên địa bàn giai đoạn 2026-2030 đạt hơn 700 nghìn tỷ đồng. Tỷ lệ vốn đầu tư thực hiện trên địa bàn so với GRDP đạt 29%.
"""


def test_a_sentence_planning_for_the_years_ahead_carries_its_paragraph():
    new = resolutions(extract(AHEAD))[(None, "term", (2025, 2030))]
    assert sorted(t["value"] for t in new["targets"]) == [29, 700]


def test_the_first_years_of_a_term_reported_are_its_progress():
    from extraction.nlp.periods import find_mentions

    terms = lambda text: [m.period.term for m in find_mentions(text) if m.period and m.period.kind == "term"]  # noqa: E731
    assert terms("Giai đoạn 2021-2023, tỉnh có tốc độ tăng trưởng GRDP bình quân ước đạt 7,9%/năm.") == [(2020, 2025)]
    assert terms("Tổng vốn đăng ký đầu tư từ năm 2021 đến hết tháng 6/2023 đạt hơn 90.000 tỷ đồng.") == [(2020, 2025)]
    assert terms("Đề án phát triển du lịch giai đoạn 2021-2023 phấn đấu đón 2 triệu lượt khách.") == []


def test_three_shares_in_a_row_are_a_series_not_a_range():
    values = [(q.value, q.value_max) for q in find_quantities("Tỷ trọng các khu vực ước đạt 16,2% - 47,1% - 33,5%.")]
    assert values == [(Decimal("16.2"), None), (Decimal("47.1"), None), (Decimal("33.5"), None)]


def test_growth_in_brackets_is_no_plan():
    text = "Tổng sản lượng lúa 381.200 tấn, đạt 108,2% KH (giảm 18.400 tấn so với năm 2023)."
    assert all(kind != "target" for kind, _, _ in read(text, mode="result"))


UNDATED_HALF_YEAR = """Nhiệm vụ trọng tâm 6 tháng cuối năm 2024

Tình hình kinh tế - xã hội tỉnh Tây Ninh đạt được một số kết quả cụ thể như sau:
Trong 6 tháng đầu năm 2025, tổng sản phẩm trong tỉnh ước thực hiện 28.100 tỷ đồng, tăng 5,1% so với cùng kỳ.
"""


def test_an_undated_article_files_a_result_under_the_year_its_sentence_names():
    found = resolutions(extract(UNDATED_HALF_YEAR))
    assert 28100 in [a["value"] for a in found[(None, "annual", 2025)]["achievements"]]
