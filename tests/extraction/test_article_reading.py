"""Whole-article patterns: how a paragraph's context and the article's layout decide what an item is
(articles we wrote, figures invented)."""

from extraction.pipeline import extract_document
from extraction.reader import read_text


def extract(text: str, html: bool = False, name: str = "bai.txt"):
    return extract_document(read_text(text, name, html=html)).to_json()


def items(article, field):
    return [
        (r["kind"], r["year"] or tuple(r["term"]), i.get("value"), i.get("unit"), i.get("percent_of_plan"))
        for r in article["resolutions"]
        for i in r[field]
    ]


RESULTS_THEN_PLANS = """Huyện ủy Lục Ngạn tổng kết năm 2023
20/12/2023 - 09:15
(BBG) - Ngày 19/12, Huyện ủy Lục Ngạn (Bắc Giang) tổ chức hội nghị tổng kết công tác năm 2023.
Năm 2023, tổng giá trị sản xuất ước đạt 11.200 tỷ đồng. Thu nhập bình quân đầu người đạt 58 triệu đồng. Tỷ lệ hộ nghèo giảm còn 3,4%. Thu ngân sách đạt 640 tỷ đồng, vượt kế hoạch 12%.
Năm 2024, huyện phấn đấu tổng giá trị sản xuất tăng 8%. Thu ngân sách đạt 700 tỷ đồng. Kết nạp 250 đảng viên.
"""


def test_results_of_the_year_are_results_with_or_without_a_plan_and_the_plans_after_them_are_targets():
    article = extract(RESULTS_THEN_PLANS)
    assert items(article, "targets") == [
        ("annual", 2024, 8, "%", None),
        ("annual", 2024, 700, "tỷ đồng", None),
        ("annual", 2024, 250, "đảng viên", None),
    ]
    # A review reports its figures as results even where no plan is named beside them.
    assert items(article, "achievements") == [
        ("annual", 2023, 11200, "tỷ đồng", None),
        ("annual", 2023, 58, "triệu đồng", None),
        ("annual", 2023, 3.4, "%", None),
        ("annual", 2023, 640, "tỷ đồng", 112),
    ]


HEADLINE_REPEATED = """Vĩnh Bảo: Hoàn thành vượt mức các chỉ tiêu năm 2022
12/01/2023 - 07:30
Vĩnh Bảo hoàn thành vượt mức các chỉ tiêu năm 2022
(ANHP) - Năm 2022, Huyện ủy Vĩnh Bảo (Hải Phòng) lãnh đạo thực hiện đạt kết quả tích cực.
Thu ngân sách trên địa bàn đạt 520 tỷ đồng, bằng 118% dự toán. Kết nạp 310/300 đảng viên, đạt 103,3% Nghị quyết.
"""


def test_a_line_repeating_the_headline_does_not_turn_results_into_targets():
    article = extract(HEADLINE_REPEATED)
    assert items(article, "targets") == []
    assert [(v, p) for *_, v, _u, p in items(article, "achievements")] == [(520, 118), (310, 103.3)]


def test_the_same_figure_twice_in_one_list_is_two_items():
    article = extract("""Huyện ủy Tam Nông đề ra nhiệm vụ năm 2024
05/01/2024 - 08:00
(BPT) - Năm 2024, Huyện ủy Tam Nông (Phú Thọ) phấn đấu có thêm 3 xã đạt chuẩn NTM, 3 xã đạt chuẩn NTM nâng cao và 1 xã NTM kiểu mẫu.
""")
    assert [(v, u) for *_, v, u, _p in items(article, "targets")] == [(3, "xã"), (3, "xã"), (1, "xã")]


MID_TERM = """Đảng bộ huyện Tân Thạnh: nửa nhiệm kỳ nhìn lại
21/06/2023 - 09:00
(BLA) - Thực hiện Nghị quyết Đại hội Đảng bộ huyện Tân Thạnh (Long An) lần thứ XI, nhiệm kỳ 2020 - 2025, huyện đạt nhiều kết quả.
Kết quả nổi bật
Thu nhập bình quân đầu người đạt 61 triệu đồng. Kết nạp 390 đảng viên, đạt 78% chỉ tiêu nhiệm kỳ.
Các chỉ tiêu chủ yếu đến năm 2025
- Tổng giá trị sản xuất tăng bình quân 8 - 9%/năm.
- Kết nạp 500 đảng viên.
Bên cạnh đó, huyện đã giải quyết việc làm cho 2.900 lao động. Hội Nông dân huyện có 6.100 hội viên.
"""


def test_prose_under_a_targets_heading_still_reports_in_the_past_tense():
    article = extract(MID_TERM)
    assert [(v, u) for *_, v, u, _p in items(article, "targets")] == [(8, "%/năm"), (500, "đảng viên")]
    # Reported figures are results (the members of an association are its size, not a result).
    assert [(v, p) for *_, v, _u, p in items(article, "achievements")] == [(61, None), (390, 78), (2900, None)]


def test_the_year_ahead_under_a_results_heading_is_planned():
    article = extract("""Huyện ủy Ngọc Hiển tổng kết năm 2023
28/12/2023 - 08:00
(CM) - Ngày 27/12, Huyện ủy Ngọc Hiển (Cà Mau) tổng kết năm 2023.
Kết quả nổi bật
Thu ngân sách đạt 95 tỷ đồng, bằng 104% dự toán. Tỷ lệ hộ nghèo giảm còn 2,9%.
Năm 2024, thu ngân sách 100 tỷ đồng; kết nạp 90 đảng viên.
""")
    assert [(y, v) for _k, y, v, *_ in items(article, "targets")] == [(2024, 100), (2024, 90)]
    assert [(y, v) for _k, y, v, *_ in items(article, "achievements")] == [(2023, 95), (2023, 2.9)]


YEAR_IN_PASSING = """Huyện ủy Sơn Động triển khai Nghị quyết năm 2024
09/01/2024 - 08:30
Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025, Huyện ủy Sơn Động (Bắc Giang) ban hành Nghị quyết năm 2024.
Năm 2023, thu ngân sách đạt 260/240 tỷ đồng. Giai đoạn 2021 - 2023, tổng vốn đầu tư đạt 3.100 tỷ đồng, riêng năm 2023 đạt 1.150 tỷ đồng.
Năm 2024, huyện phấn đấu thu ngân sách đạt 280 tỷ đồng, xây dựng 2 xã nông thôn mới nâng cao, làm nền tảng để năm 2025 huyện đạt chuẩn nông thôn mới.
Kết nạp 190 đảng viên mới.
"""


def test_a_year_named_in_passing_opens_no_resolution_and_a_framing_congress_none_either():
    article = extract(YEAR_IN_PASSING)
    assert [(r["kind"], r["year"]) for r in article["resolutions"]] == [("annual", 2023), ("annual", 2024)]
    assert items(article, "targets") == [
        ("annual", 2024, 280, "tỷ đồng", None),
        ("annual", 2024, 2, "xã", None),
        ("annual", 2024, 190, "đảng viên", None),
    ]


FRAMED_BY_THE_CONGRESS = """Lập Thạch: Năm 2023 hoàn thành 19/22 chỉ tiêu
27/12/2023 - 16:05
Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025, Huyện ủy Lập Thạch (Vĩnh Phúc) lãnh đạo hoàn thành nhiều nhiệm vụ.
Thu ngân sách đạt 415 tỷ đồng, bằng 112% dự toán. Kết nạp 150/140 đảng viên, đạt 107% NQ.
"""


def test_results_of_the_year_framed_by_the_congress_stay_the_years_and_the_headline_scorecard_counts():
    article = extract(FRAMED_BY_THE_CONGRESS)
    assert [(r["kind"], r["year"]) for r in article["resolutions"]] == [("annual", 2023)]
    resolution = article["resolutions"][0]
    assert [(i[2], i[4]) for i in items(article, "achievements")] == [(415, 112), (150, 107)]
    [card] = resolution["scorecards"]
    assert (card["total"], card["met_or_exceeded"]) == (22, 19)
    assert card["sentence"] == article["title"] and card["start"] == 0


def test_a_scorecard_in_the_headline_and_again_in_the_lead_is_kept_once():
    text = FRAMED_BY_THE_CONGRESS.replace(
        "lãnh đạo hoàn thành nhiều nhiệm vụ.", "lãnh đạo hoàn thành 19/22 chỉ tiêu đạt và vượt."
    )
    assert len(extract(text)["resolutions"][0]["scorecards"]) == 1


TASKS_OF_THE_YEAR_AHEAD = """Huyện ủy Tân Yên triển khai nhiệm vụ năm 2024
16/01/2024 - 10:00
Ngày 15/1, Huyện ủy Tân Yên (Bắc Giang) tổ chức hội nghị triển khai nhiệm vụ năm 2024.
Năm 2023, công tác tuyển quân đạt 100% kế hoạch.
Năm 2024, huyện tập trung thực hiện các nhiệm vụ trọng tâm. Một là, thu nhập bình quân đạt 66 triệu đồng. Hai là, công tác tuyển quân đạt 100% kế hoạch. Ba là, hoàn thành 100% chỉ tiêu giao quân.
"""


def test_percent_of_plan_wording_among_next_years_tasks_is_a_target():
    article = extract(TASKS_OF_THE_YEAR_AHEAD)
    assert items(article, "targets") == [
        ("annual", 2024, 66, "triệu đồng", None),
        ("annual", 2024, 100, "%", None),
        ("annual", 2024, 100, "%", None),
    ]
    assert items(article, "achievements") == [("annual", 2023, None, None, 100)]


UNDER_HEADINGS = """Tân Sơn tổng kết năm 2023
05/01/2024 - 08:00
Huyện ủy Tân Sơn (Phú Thọ) tổng kết công tác năm 2023.
I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2023 CỦA HUYỆN ỦY VÀ CÁC CHƯƠNG TRÌNH CÔNG TÁC TOÀN KHÓA
Có thêm 4 xã đạt chuẩn nông thôn mới. Chi ngân sách đạt 91% dự toán.
Phương hướng, nhiệm vụ năm 2024
Có thêm 2 xã đạt chuẩn nông thôn mới nâng cao; tuyển quân đạt 100% kế hoạch.
"""


def test_headings_in_capitals_and_task_headings_set_the_reading():
    article = extract(UNDER_HEADINGS)
    assert items(article, "targets") == [("annual", 2024, 2, "xã", None), ("annual", 2024, 100, "%", None)]
    assert items(article, "achievements") == [("annual", 2023, 4, "xã", None), ("annual", 2023, None, None, 91)]


INSTRUCTIONS_AT_THE_REVIEW = """Huyện ủy Bảo Yên tổng kết năm 2023
19/12/2023 - 15:00
Ngày 18/12, Huyện ủy Bảo Yên (Lào Cai) tổng kết công tác năm 2023.
Năm 2023, thu ngân sách đạt 185 tỷ đồng, bằng 106% dự toán.
Đồng chí Bí thư Tỉnh ủy đề nghị huyện phấn đấu hoàn thành chỉ tiêu xây dựng 3 xã đạt chuẩn nông thôn mới, thu ngân sách đạt và vượt dự toán 200 tỷ đồng.
"""


def test_instructions_given_at_a_years_review_are_plans_for_the_year_ahead():
    article = extract(INSTRUCTIONS_AT_THE_REVIEW)
    assert items(article, "achievements") == [("annual", 2023, 185, "tỷ đồng", 106)]
    assert items(article, "targets") == [("annual", 2024, 3, "xã", None), ("annual", 2024, 200, "tỷ đồng", None)]


MID_TERM_REVIEW = """Huyện ủy Quỳ Hợp sơ kết giữa nhiệm kỳ
10/08/2023 - 08:00
Ngày 9/8, Huyện ủy Quỳ Hợp (Nghệ An) sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIX, nhiệm kỳ 2020 - 2025.
Năm 2022, thu nhập bình quân đầu người đã đạt 51,3 triệu đồng, bằng 79% chỉ tiêu Nghị quyết Đại hội.
Thu ngân sách năm 2022 đạt 410 tỷ đồng, vượt mục tiêu đến năm 2025 (380 tỷ đồng).
Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, huyện phấn đấu có 2 cụm công nghiệp.
"""


def test_a_year_measured_against_the_term_plan_in_a_mid_term_review_stays_in_the_term():
    article = extract(MID_TERM_REVIEW)
    assert {(r["kind"], r["year"]) for r in article["resolutions"]} == {("term", None)}
    assert items(article, "achievements") == [
        ("term", (2020, 2025), 51.3, "triệu đồng", 79),
        ("term", (2020, 2025), 410, "tỷ đồng", None),
    ]


CONGRESS_LOOKING_BACK = """Đại hội Đảng bộ huyện Anh Sơn lần thứ XXX
12/07/2020 - 08:00
Đại hội Đảng bộ huyện Anh Sơn (Nghệ An) lần thứ XXX, nhiệm kỳ 2020 - 2025 khai mạc sáng 11/7.
Trong nhiệm kỳ 2015 - 2020, kinh tế của huyện phát triển khá. Thu ngân sách đạt 280 tỷ đồng, đạt 117% Nghị quyết Đại hội đề ra. Kết nạp 760 đảng viên, vượt 6% chỉ tiêu cả nhiệm kỳ.
Đại hội đề ra 18 chỉ tiêu, trong đó thu ngân sách đến năm 2025 đạt 420 tỷ đồng.
"""


def test_a_term_opening_a_paragraph_frames_all_its_sentences():
    article = extract(CONGRESS_LOOKING_BACK)
    assert items(article, "achievements") == [
        ("term", (2015, 2020), 280, "tỷ đồng", 117),
        ("term", (2015, 2020), 760, "đảng viên", 106),
    ]
    assert items(article, "targets") == [("term", (2020, 2025), 420, "tỷ đồng", None)]


def test_in_a_term_review_the_plain_resolution_plan_is_the_congress_plan():
    article = extract(
        MID_TERM_REVIEW.replace(
            "Thu ngân sách năm 2022",
            "Năm 2022, tỷ lệ lao động qua đào tạo đạt 68%, bằng 97% chỉ tiêu Nghị quyết. Thu ngân sách năm 2022",
        )
    )
    assert ("term", (2020, 2025), 68, "%", 97) in items(article, "achievements")
    assert {(r["kind"], r["year"]) for r in article["resolutions"]} == {("term", None)}


def test_at_the_congress_a_year_measured_against_the_congress_plan_belongs_to_the_term_just_ended():
    article = extract(
        CONGRESS_LOOKING_BACK.replace(
            "Đại hội đề ra 18 chỉ tiêu",
            "Năm 2019, thu ngân sách đạt 250 tỷ đồng, bằng 104% chỉ tiêu Nghị quyết Đại hội.\n"
            "Đại hội đề ra 18 chỉ tiêu",
        )
    )
    assert ("term", (2015, 2020), 250, "tỷ đồng", 104) in items(article, "achievements")


YEAR_END_IN_THE_LAST_YEAR_OF_A_TERM = """Thị xã Bình Long quyết tâm hoàn thành toàn diện chỉ tiêu năm cuối nhiệm kỳ
19/12/2024 - 09:30
(BBP) - Ngày 18/12, Thị ủy Bình Long (Bình Phước) tổ chức hội nghị đánh giá kết quả năm 2024, thông qua Nghị quyết về nhiệm vụ năm 2025 - năm cuối thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XII, nhiệm kỳ 2020 - 2025.
Năm 2024, có 14/16 chỉ tiêu Nghị quyết đạt và vượt kế hoạch. Tổng thu ngân sách trên địa bàn ước đạt 720 tỷ đồng, đạt 109% dự toán. Toàn Đảng bộ kết nạp 180/170 đảng viên.
Đánh giá chung cả nhiệm kỳ, ước đến cuối năm 2025 có 17/20 chỉ tiêu Nghị quyết Đại hội đạt và vượt; thu nhập bình quân đầu người năm 2025 ước đạt 84 triệu đồng, vượt mục tiêu Đại hội (78 triệu đồng).
Năm 2025, Thị ủy xác định 16 chỉ tiêu chủ yếu. Trong đó, tổng giá trị sản xuất tăng 9%; thu ngân sách trên địa bàn 780 tỷ đồng; thu nhập bình quân đầu người 84 triệu đồng; kết nạp 170 đảng viên.
"""


def test_a_years_review_framed_by_the_last_year_of_the_term_is_annual():
    article = extract(YEAR_END_IN_THE_LAST_YEAR_OF_A_TERM)
    counts = {r["year"] or tuple(r["term"]): r["target_count"] for r in article["resolutions"]}
    assert counts == {2024: 16, (2020, 2025): 20, 2025: 16}
    cards = {
        r["year"] or tuple(r["term"]): [(c["total"], c["met_or_exceeded"]) for c in r["scorecards"]]
        for r in article["resolutions"]
    }
    assert cards == {2024: [(16, 14)], (2020, 2025): [(20, 17)], 2025: []}
    assert items(article, "achievements") == [
        ("annual", 2024, 720, "tỷ đồng", 109),
        ("annual", 2024, 180, "đảng viên", None),
        ("term", (2020, 2025), 84, "triệu đồng", None),
    ]
    assert items(article, "targets") == [
        ("term", (2020, 2025), 78, "triệu đồng", None),
        ("annual", 2025, 9, "%", None),
        ("annual", 2025, 780, "tỷ đồng", None),
        ("annual", 2025, 84, "triệu đồng", None),
        ("annual", 2025, 170, "đảng viên", None),
    ]


TERM_CLOSING_REVIEW = """Huyện ủy Đức Thọ tổng kết nhiệm kỳ 2020 - 2025
20/12/2024 - 08:00
Ngày 19/12, Huyện ủy Đức Thọ (Hà Tĩnh) tổng kết nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020 - 2025, đánh giá kết quả năm 2024.
Năm 2024, thu ngân sách đạt 350 tỷ đồng, bằng 103% chỉ tiêu Nghị quyết Đại hội.
Thu nhập bình quân đầu người đạt 62 triệu đồng, vượt mục tiêu đến năm 2025 (60 triệu đồng).
Năm 2025, Huyện ủy đề ra 18 chỉ tiêu chủ yếu. Trong đó, thu ngân sách 380 tỷ đồng; kết nạp 150 đảng viên.
"""


def test_in_a_term_review_the_year_ahead_opening_a_sentence_is_that_years_unless_against_the_term_plan():
    article = extract(TERM_CLOSING_REVIEW)
    assert items(article, "achievements") == [
        ("term", (2020, 2025), 350, "tỷ đồng", 103),
        ("term", (2020, 2025), 62, "triệu đồng", None),
    ]
    assert items(article, "targets") == [
        ("term", (2020, 2025), 60, "triệu đồng", None),
        ("annual", 2025, 380, "tỷ đồng", None),
        ("annual", 2025, 150, "đảng viên", None),
    ]
    assert {r["year"]: r["target_count"] for r in article["resolutions"] if r["kind"] == "annual"} == {2025: 18}


def test_a_mid_term_review_keeps_the_terms_end_year_under_the_term():
    article = extract(MID_TERM_REVIEW + "Năm 2025, huyện phấn đấu thu ngân sách đạt 450 tỷ đồng.\n")
    assert {(r["kind"], r["year"]) for r in article["resolutions"]} == {("term", None)}
    assert ("term", (2020, 2025), 450, "tỷ đồng", None) in items(article, "targets")
    assert items(article, "achievements") == [
        ("term", (2020, 2025), 51.3, "triệu đồng", 79),
        ("term", (2020, 2025), 410, "tỷ đồng", None),
    ]
