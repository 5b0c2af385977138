"""Each statement pattern, on sentences we wrote (figures invented)."""

from decimal import Decimal

from extraction.nlp.scorecards import read_facts, read_scorecards
from extraction.nlp.statements import read_sentence


def read(sentence, mode=None, past=False):
    return [
        (
            r.kind,
            r.quantity.value if r.quantity else None,
            r.quantity.unit if r.quantity else None,
            r.planned,
            r.percent_of_plan,
        )
        for r in read_sentence(sentence, mode=mode, is_past=lambda _: past)
        if r.kind != "result"
    ]


def test_a_list_of_targets_after_phan_dau():
    found = read(
        "Phấn đấu thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm; có thêm 3 xã đạt chuẩn "
        "nông thôn mới; giảm tỷ lệ hộ nghèo còn 2,1%; kết nạp từ 150 đảng viên trở lên."
    )
    assert [(k, v, u) for k, v, u, _, _ in found] == [
        ("target", 75, "triệu đồng/người/năm"),
        ("target", 3, "xã"),
        ("target", Decimal("2.1"), "%"),
        ("target", 150, "đảng viên"),
    ]


def test_results_against_the_plan():
    assert read("Kết nạp 45/40 đảng viên, đạt 112,5% NQ.") == [("achievement", 45, "đảng viên", 40, Decimal("112.5"))]
    assert read("Thu ngân sách đạt 2.350/2.100 tỷ đồng.")[0][:4] == ("achievement", 2350, "tỷ đồng", 2100)
    assert read("Sản lượng cá đạt 5.600 tấn, vượt 12% kế hoạch.")[0] == ("achievement", 5600, "tấn", None, 112)
    assert read("Tổng vốn huy động đạt 900 tỷ đồng, bằng 101% kế hoạch.")[0][4] == 101


def test_a_result_stated_only_as_a_share_of_the_plan():
    assert read("Chi ngân sách địa phương đạt 88% dự toán.") == [("achievement", None, None, None, 88)]


def test_a_plan_quoted_beside_a_result_is_also_a_target():
    readings = read_sentence(
        "Tăng trưởng kinh tế đạt 7,1%, thấp hơn kế hoạch (7,5%).", mode=None, is_past=lambda _: True
    )
    assert readings[0].kind == "achievement" and readings[0].plan.value == Decimal("7.5")


def test_a_figure_restated_in_brackets_is_one_item():
    found = read("Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới trên 90% (18 xã).", mode="target_list")
    assert found == [("target", 90, "%", None, None)]


def test_growth_against_last_year_qualifies_the_result_before_it():
    found = read("Doanh thu du lịch đạt 320 tỷ đồng, vượt 5% kế hoạch, tăng 14% so với năm 2022.", past=True)
    assert found == [("achievement", 320, "tỷ đồng", None, 105)]


def test_membership_counts_votes_and_rankings_are_not_items():
    assert read("Đảng bộ hiện có 4.210 đảng viên sinh hoạt tại 52 tổ chức cơ sở đảng.") == []
    assert read("Nghị quyết được thông qua với 100% đại biểu tán thành.") == []
    assert read("Huyện xếp thứ 3/11 huyện, thành phố về thu ngân sách.") == []


def test_a_numbered_target_list_item():
    found = read("3. Hoàn thành 100% chỉ tiêu giao quân hằng năm.", mode="target_list")
    assert found == [("target", 100, "%", None, None)]


def test_the_same_wording_is_a_result_in_a_past_period():
    # In a past period it is a plain result: reported, but not against a plan.
    assert read_sentence("Tỷ lệ lao động qua đào tạo đạt 70%.", mode=None, is_past=lambda _: True)[0].kind == "result"
    assert read("Tỷ lệ lao động qua đào tạo đạt 70%.", mode="target")[0][0] == "target"


def test_a_result_verb_before_a_figure_with_no_plan_in_sight_reports():
    reading = read_sentence(
        "Tổng doanh thu thương mại, dịch vụ đạt hơn 14.000 tỷ đồng.", mode=None, is_past=lambda _: False
    )[0]
    assert (reading.kind, reading.decided_by) == ("result", "result_verb")
    reading = read_sentence(
        "Phấn đấu tổng doanh thu thương mại, dịch vụ đạt 15.000 tỷ đồng.", mode=None, is_past=lambda _: False
    )[0]
    assert reading.kind == "target"


def test_scorecards_with_exceeded_and_nearly_met():
    card = read_scorecards(
        "Năm 2023, có 21/26 chỉ tiêu đạt và vượt, trong đó 8 chỉ tiêu vượt; 3/26 chỉ tiêu xấp xỉ đạt."
    )[0]
    assert (card.total, card.met_or_exceeded, card.exceeded, card.nearly_met) == (26, 21, 8, 3)
    card = read_scorecards("Đảng bộ đã lãnh đạo hoàn thành 14/17 chỉ tiêu chủ yếu, có 4 chỉ tiêu vượt.")[0]
    assert (card.total, card.met_or_exceeded, card.exceeded) == (17, 14, 4)


def test_rankings_partial_shares_and_forecasts_are_not_scorecards():
    assert read_scorecards("Huyện đứng thứ 2/9 chỉ tiêu thi đua của tỉnh.") == []
    assert read_scorecards("Có 5/20 chỉ tiêu đạt trên 80%.") == []
    assert read_scorecards("Dự kiến đến cuối năm có 20/20 chỉ tiêu đạt và vượt.") == []


def test_target_count_slogan_and_number_of_a_resolution():
    facts = {
        f.name: f.value
        for f in read_facts(
            "Nghị quyết số 12-NQ/HU của Huyện ủy đề ra 27 chỉ tiêu chủ yếu, chọn chủ đề năm là “Đoàn kết - Đổi mới”.",
            district_level=True,
        )
    }
    assert facts == {"target_count": 27, "slogan": "Đoàn kết - Đổi mới", "number": "12-NQ/HU"}


def test_the_province_slogan_quoted_in_a_district_article_is_not_the_district_s():
    facts = read_facts(
        "Với chủ đề “Tăng tốc - Bứt phá” của tỉnh, huyện xác định chủ đề “Chủ động - Sáng tạo”.", district_level=True
    )
    assert [f.value for f in facts if f.name == "slogan"] == ["Chủ động - Sáng tạo"]


def test_a_comparison_with_last_year_is_not_a_share_of_the_plan():
    assert read("Tổng thu ngân sách ước đạt 2.340 tỷ đồng, bằng 96% so với cùng kỳ năm 2023.") == []
    assert read("Giá trị xuất khẩu đạt 48 triệu USD, bằng 115% so với năm 2020.") == []
    assert read("Doanh thu thương mại tăng 11% so với cùng kỳ.") == []
    found = read("Khách du lịch đến huyện đạt 1,6 triệu lượt, bằng 131% so với cùng kỳ, đạt 88% kế hoạch.")
    assert found == [("achievement", Decimal("1.6"), "triệu lượt", None, 88)]


def test_a_phased_growth_target_stays_a_target():
    assert read("Phấn đấu doanh thu dịch vụ tăng 10% so với năm 2023.")[0][:3] == ("target", 10, "%")


def test_the_plan_word_before_the_excess_share():
    assert read("Sản lượng tôm nuôi đạt 8.300 tấn, vượt kế hoạch 15%.") == [("achievement", 8300, "tấn", None, 115)]
    assert read("Kim ngạch xuất khẩu đạt 62 triệu USD, vượt chỉ tiêu Nghị quyết 4%.")[0][4] == 104


def test_plain_results_are_neither_targets_nor_achievements():
    assert read("Tỷ lệ hộ nghèo toàn huyện giảm còn 3,2%.") == []
    assert read("Năm qua, huyện thu hút thêm 9 dự án với tổng vốn 650 tỷ đồng.") == []
    assert read("Thu nhập bình quân đầu người mới đạt 48 triệu đồng.") == []
    assert read("Có 4 xã được công nhận đạt chuẩn nông thôn mới nâng cao.") == []
    assert read("Tổng giá trị sản xuất tăng 8,2%.", mode="result") == []


def test_keeping_the_plan_is_an_achievement_without_a_share():
    assert read("Tỷ lệ che phủ rừng đạt 47%, giữ vững chỉ tiêu Nghị quyết.") == [("achievement", 47, "%", None, None)]


def test_a_plan_written_like_a_result_in_a_list_of_plans():
    found = read(
        "Năm 2025, huyện phấn đấu giao quân đạt 100% chỉ tiêu; kết nạp 180 đảng viên; "
        "trên 85% chi bộ hoàn thành tốt nhiệm vụ."
    )
    assert [(k, v, u) for k, v, u, _, _ in found] == [
        ("target", 100, "%"),
        ("target", 180, "đảng viên"),
        ("target", 85, "%"),
    ]
    found = read("Tuyển quân đạt 100% chỉ tiêu; kết nạp 120 đảng viên.", mode="target")
    assert [k for k, *_ in found] == ["target", "target"]


def test_sizes_of_the_organisation_and_of_the_place_are_not_items():
    assert read("Đảng bộ huyện có 58 tổ chức cơ sở đảng với 6.320 đảng viên.") == []
    assert read("Hội nghị có 190 đại biểu đại diện cho 5.210 đảng viên trong toàn Đảng bộ.") == []
    assert read("Năm 2024, đường dây nóng tiếp nhận 52 lượt phản ánh của người dân.", mode="target") == []
    assert read("Huyện có đường biên giới dài 38 km.", mode="target") == []
    assert read("Dịp này, Huyện ủy trao Huy hiệu 40, 50 năm tuổi Đảng cho 31 đảng viên.", mode="target") == []
    assert read("Cuộc bầu cử có 99,6% cử tri đi bầu.", mode="target") == []
    assert read("Huyện có 19 xã, thị trấn với hơn 160 nghìn dân.", mode="target") == []


def test_scorecards_with_the_verb_first_without_a_slash_and_with_every_status():
    card = read_scorecards("Năm 2023, huyện hoàn thành và hoàn thành vượt mức 21/23 chỉ tiêu chủ yếu.")[0]
    assert (card.total, card.met_or_exceeded) == (23, 21)
    card = read_scorecards("Trong 19 chỉ tiêu chủ yếu của Nghị quyết, có 11 chỉ tiêu đã đạt và vượt.")[0]
    assert (card.total, card.met_or_exceeded) == (19, 11)
    assert [
        f
        for f in read_facts("Trong 19 chỉ tiêu chủ yếu, có 11 chỉ tiêu đã đạt và vượt.", district_level=True)
        if f.name == "target_count" and f.value == 11
    ] == []
    card = read_scorecards("Có 17/20 chỉ tiêu đạt và vượt, 2 chỉ tiêu xấp xỉ đạt, 1 chỉ tiêu chưa đạt.")[0]
    assert (card.total, card.met_or_exceeded, card.nearly_met, card.not_met) == (20, 17, 2, 1)


def test_a_flattened_table_line_reads_label_then_value():
    from extraction.nlp.direction import direction_of
    from extraction.nlp.themes import theme_of

    for line, value, direction, theme in (
        ("Tổng vốn đầu tư toàn xã hội: tăng 11,5%", Decimal("11.5"), "increase", "economy"),
        ("Tỷ lệ hộ nghèo: giảm 1,8%", Decimal("1.8"), "decrease", "social"),
        ("Xã đạt chuẩn nông thôn mới: thêm 3 xã", 3, "increase", "rural"),
    ):
        reading = read_sentence(line, mode="target", is_past=lambda _: False)[0]
        assert reading.quantity.value == value and reading.indicator.split(":")[0] == reading.indicator
        assert direction_of(reading.clause, reading.quantity) == direction
        assert theme_of(reading.clause, reading.quantity.unit) == theme


def test_a_level_to_keep_is_a_floor_and_a_share_has_no_direction():
    from extraction.nlp.direction import direction_of

    assert direction_of("duy trì tỷ lệ tham gia bảo hiểm y tế trên 93%") == "increase"
    assert direction_of("giữ vững 100% xã đạt chuẩn quốc gia về y tế") == "increase"
    assert direction_of("sản lượng lương thực ổn định trên 1,2 triệu tấn") == "increase"
    assert direction_of("công nghiệp - xây dựng chiếm 35,2%") is None


def test_abbreviated_and_qualified_plans():
    assert read("Thu ngân sách đạt 410 tỷ đồng, bằng 61% KH.")[0][4] == 61
    assert read("Kết nạp 75 đảng viên, đạt 50% NQ.")[0][4] == 50
    assert read("Giải ngân vốn đầu tư công đạt 52% kế hoạch UBND tỉnh giao.") == [("achievement", None, None, None, 52)]
    assert read("Tỷ lệ tham gia BHYT đạt 94%, đạt 100% chỉ tiêu HĐND thị xã giao.")[0][4] == 100


def test_ct_abbreviates_the_plan_too():
    assert read("Trồng mới 120 ha rừng, đạt 96% CT.")[0] == ("achievement", 120, "ha", None, 96)


def test_a_leaders_instruction_restates_plans_not_results():
    found = read(
        "Đồng chí Chủ tịch UBND tỉnh yêu cầu huyện tập trung hoàn thành mục tiêu tăng trưởng "
        "năm 2025 đạt 8 - 8,5%, phấn đấu thu ngân sách đạt và vượt dự toán 415 tỷ đồng."
    )
    assert [(k, v, u) for k, v, u, _, _ in found] == [("target", 8, "%"), ("target", 415, "tỷ đồng")]
    assert read_sentence("Huyện yêu cầu tăng trưởng đạt 8 - 8,5%.", mode=None, is_past=lambda _: False)[
        0
    ].quantity.value_max == Decimal("8.5")
    found = read("Huyện cần quyết liệt hoàn thành chỉ tiêu thu nhập bình quân đạt 61 triệu đồng như Nghị quyết đề ra.")
    assert found == [("target", 61, "triệu đồng", None, None)]


def test_every_item_of_an_exhortation_counts():
    found = read(
        "Đồng chí đề nghị xã phấn đấu hoàn thành chỉ tiêu kết nạp 12 đảng viên, công nhận thêm 1 thôn "
        "đạt chuẩn nông thôn mới kiểu mẫu (thôn Nà Phầy)."
    )
    assert [(k, v, u) for k, v, u, _, _ in found] == [("target", 12, "đảng viên"), ("target", 1, "thôn")]


def test_an_instruction_carried_out_is_reported_not_planned():
    found = read("Huyện đã chỉ đạo hoàn thành chỉ tiêu tuyển quân, đạt 100% kế hoạch.", past=True)
    assert found == [("achievement", None, None, None, 100)]


def test_a_plan_given_only_in_brackets_after_the_share_of_it():
    readings = read_sentence(
        "Đến nay, giá trị sản xuất trên 1 ha đạt 142 triệu đồng, bằng 94,7% so với mục tiêu "
        "đến năm 2025 (150 triệu đồng).",
        mode=None,
        is_past=lambda _: True,
    )
    assert readings[0].kind == "achievement" and readings[0].percent_of_plan == Decimal("94.7")
    assert readings[0].plan.value == 150 and readings[0].planned == 150


def test_population_shares_awards_and_organisations_are_not_items():
    assert read("Xã có dân số hơn 9.400 người, trong đó đồng bào dân tộc thiểu số chiếm 61%.") == []
    assert read("Các chi bộ trong 27 tổ chức cơ sở đảng đã tổ chức học tập nghị quyết.") == []
    assert read("Ban Thường vụ khen thưởng 14 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ.") == []
    assert read("Huyện ủy tặng giấy khen cho 31 đảng viên tiêu biểu.") == []


def test_a_level_left_with_no_plan_in_sight_is_a_result():
    assert read("Tỷ lệ hộ nghèo theo chuẩn đa chiều còn 0,87%.") == []
    assert read("Tỷ lệ hộ nghèo giảm còn 5,3%, tỷ lệ trẻ suy dinh dưỡng còn 9,1%.") == []
    found = read("Đến năm 2025, phấn đấu tỷ lệ hộ nghèo còn dưới 1,5%.")
    assert [(k, v) for k, v, *_ in found] == [("target", Decimal("1.5"))]
    assert read("Giảm tỷ lệ hộ nghèo còn 2,4%.", mode="target_list")[0][:2] == ("target", Decimal("2.4"))


def test_a_scorecard_without_a_slash_with_bracketed_qualifiers():
    cards = read_scorecards("Trong 16 chỉ tiêu (chủ yếu), (ước) có 12 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt.")
    assert [(c.total, c.met_or_exceeded, c.not_met) for c in cards] == [(16, 12, 4)]
    cards = read_scorecards("Trong 21 chỉ tiêu, có 17 chỉ tiêu đạt và vượt.")
    assert [(c.total, c.met_or_exceeded) for c in cards] == [(21, 17)]


def test_a_year_end_estimate_after_the_count_so_far_is_a_second_scorecard():
    cards = read_scorecards(
        "Đến nay có 9/22 chỉ tiêu đạt và vượt, 2 chỉ tiêu vượt; ước cả năm có 18/22 chỉ tiêu đạt và vượt."
    )
    assert [(c.total, c.met_or_exceeded, c.exceeded) for c in cards] == [(22, 9, 2), (22, 18, None)]
    # The same count restated is one scorecard.
    assert len(read_scorecards("Có 14/18 chỉ tiêu đạt và vượt, trong đó 14/18 chỉ tiêu đạt.")) == 1


def test_a_share_of_the_plan_in_brackets_is_the_percent_of_plan_not_a_plan():
    assert read(
        "Thu ngân sách trên địa bàn đạt 270 tỷ đồng, hoàn thành vượt mức kế hoạch (đạt 112,4%).", past=True
    ) == [("achievement", 270, "tỷ đồng", None, Decimal("112.4"))]
    assert read("Công tác giao quân hoàn thành vượt mức kế hoạch (đạt 104%).", past=True) == [
        ("achievement", None, None, None, 104)
    ]
    assert read("Kết nạp 64 đảng viên mới (bằng 107% kế hoạch).", past=True) == [
        ("achievement", 64, "đảng viên", None, 107)
    ]


def test_a_tally_of_places_without_a_plan_word_is_no_achievement():
    assert read("Đến nay, toàn huyện có 6/14 xã đạt chuẩn nông thôn mới.", past=True) == []
    assert read("Có 7/7 xã được công nhận đạt chuẩn nông thôn mới nâng cao theo kế hoạch.", past=True)[0][:4] == (
        "achievement",
        7,
        "xã",
        7,
    )
    # A running tally in brackets in a list of plans is part of the target's wording.
    assert read("Xây dựng thêm 3 xã đạt chuẩn nông thôn mới kiểu mẫu (lũy kế 6/12 xã).", mode="target_list") == [
        ("target", 3, "xã", None, None)
    ]
    # The plan's own wording: the share of all communes is the target.
    assert read("Mục tiêu đến năm 2025 có 10/13 xã đạt chuẩn nông thôn mới.")[0][:3] == ("target", 10, "xã")


def test_a_plan_stated_outright_and_the_result_against_it_in_one_sentence():
    assert read(
        "Chỉ tiêu nhiệm kỳ về kết nạp đảng viên là 800 đảng viên; đến nay đã kết nạp 455 đồng chí (56,9%).",
        mode="result",
    ) == [("target", 800, "đảng viên", None, None), ("achievement", 455, "đảng viên", 800, Decimal("56.9"))]
    assert read(
        "Bê tông hóa đường nông thôn, chỉ tiêu Nghị quyết đề ra đến năm 2025 là 90 km, đã thực hiện 104 km, đạt 115,6%."
    ) == [("target", 90, "km", None, None), ("achievement", 104, "km", 90, Decimal("115.6"))]


def test_comrades_are_counted_only_when_admitted():
    assert read("Hội nghị có 95 đồng chí tham dự.", past=True) == []


def test_a_year_end_estimate_without_a_slash_is_a_second_scorecard_of_the_same_total():
    cards = read_scorecards(
        "Trong 19 chỉ tiêu, đến nay có 8 chỉ tiêu đạt và vượt; ước cả năm có 16 chỉ tiêu đạt và "
        "vượt, 3 chỉ tiêu chưa đạt."
    )
    assert [(c.total, c.met_or_exceeded, c.not_met) for c in cards] == [(19, 8, None), (19, 16, 3)]
    cards = read_scorecards("Trong 26 chỉ tiêu, ước thực hiện cả năm có 21 chỉ tiêu đạt và vượt.")
    assert [(c.total, c.met_or_exceeded) for c in cards] == [(26, 21)]


def test_a_term_goal_of_communes_then_the_count_so_far():
    assert read("Mục tiêu đến năm 2025 có 9/11 xã đạt chuẩn nông thôn mới, đến nay đã có 6 xã đạt chuẩn (66,7%).") == [
        ("target", 9, "xã", None, None),
        ("achievement", 6, "xã", 9, Decimal("66.7")),
    ]
