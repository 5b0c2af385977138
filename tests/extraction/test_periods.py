"""Periods: the year's resolution, the congress term, parts of a year."""

import datetime

from extraction.nlp.context import PeriodContext, main_term_of
from extraction.nlp.periods import Period, default_term, find_mentions


def periods(sentence):
    return [(m.period, m.strong, m.marker, m.part) for m in find_mentions(sentence)]


def test_an_annual_resolution_and_a_sentence_framed_by_its_year():
    assert periods("Nghị quyết Huyện ủy năm 2024 đề ra 26 chỉ tiêu")[0][:2] == (Period.annual(2024), True)
    assert periods("Năm 2022, huyện hoàn thành 20 chỉ tiêu")[0][:3] == (Period.annual(2022), True, "year_frame")


def test_a_term_and_the_terms_of_other_bodies():
    assert periods("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025")[0][0] == Period.of_term(2020, 2025)
    assert periods("bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026") == []


def test_parts_of_a_year_belong_to_that_year():
    assert periods("9 tháng năm 2023, thu ngân sách đạt 100 tỷ đồng")[0] == (Period.annual(2023), True, "", "m9")
    assert periods("Quý I/2021, toàn huyện kết nạp 20 đảng viên")[0][3] == "q1"
    assert periods("6 tháng đầu năm, huyện kết nạp 30 đảng viên")[0][3] == "h1"


def test_comparison_years_and_stage_ranges_are_not_periods():
    assert periods("tăng 8% so với năm 2021") == []
    assert periods("gấp 3 lần năm 2015") == []
    assert periods("bình quân giai đoạn 2022 - 2024 đạt 7%") == []
    # The opening years of a term, reported, are the term's progress (test_congress_patterns.py).
    assert [p[0].term for p in periods("bình quân giai đoạn 2021 - 2023 đạt 7%")] == [(2020, 2025)]


def test_a_congress_setting_targets_points_to_its_term_and_a_plan_reference_does_not():
    assert periods("Đại hội thống nhất 15 chỉ tiêu chủ yếu:")[0][2] == "main_term"
    assert periods("vượt mục tiêu Đại hội đề ra") == []


def test_a_year_inside_a_term_review_stays_in_the_term():
    context = PeriodContext(datetime.datetime(2023, 8, 1), (2020, 2025))
    context.advance(find_mentions("Sơ kết giữa nhiệm kỳ 2020 - 2025 của Đảng bộ huyện."))
    sentence = "Thu ngân sách năm 2022 đạt 300 tỷ đồng."
    assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2020, 2025)
    framed = "Năm 2023, huyện đề ra 20 chỉ tiêu."
    assert context.resolve(find_mentions(framed), len(framed))[0] == Period.annual(2023)


def test_last_year_is_read_from_the_publication_date():
    context = PeriodContext(datetime.datetime(2024, 1, 10), None)
    sentence = "Năm qua, huyện kết nạp 100 đảng viên."
    assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.annual(2023)


def test_the_running_term_follows_the_congress_calendar():
    assert default_term(datetime.datetime(2022, 5, 1)) == (2020, 2025)
    assert default_term(datetime.datetime(2020, 1, 6)) == (2015, 2020)
    assert main_term_of(["Đại hội nhiệm kỳ 2015 - 2020 và nhiệm kỳ 2020 - 2025"], datetime.datetime(2020, 9, 1)) == (
        2020,
        2025,
    )


def test_only_a_party_congress_opens_a_term():
    assert periods("Đại hội chi bộ thôn Tân Lập nhiệm kỳ 2022 - 2025 bầu 3 đồng chí") == []
    assert periods("Đại hội Hội Cựu chiến binh huyện nhiệm kỳ 2022 - 2027 thành công") == []
    assert periods("Kỳ họp thứ 9 HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026") == []
    assert periods("Đại hội đại biểu Đảng bộ xã Tân Phú nhiệm kỳ 2020 - 2025") == []
    assert periods("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12, nhiệm kỳ 2020 - 2025")[0][0] == Period.of_term(
        2020, 2025
    )


def test_a_finished_term_named_without_the_word_nhiem_ky():
    published = datetime.datetime(2020, 8, 20)
    context = PeriodContext(published, (2020, 2025))
    for sentence in (
        "5 năm qua, toàn Đảng bộ kết nạp 940 đảng viên",
        "Cả nhiệm kỳ có 16/19 chỉ tiêu đạt và vượt",
        "Giai đoạn 2015 - 2020, thu ngân sách đạt 1.800 tỷ đồng",
    ):
        assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2015, 2020), sentence
    # planning for the whole new term stays in the new term
    sentence = "Cả nhiệm kỳ phấn đấu kết nạp 1.000 đảng viên"
    assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2020, 2025)


def test_the_end_of_the_term_is_not_a_year_of_its_own():
    context = PeriodContext(datetime.datetime(2022, 3, 1), (2020, 2025))
    sentence = "Đến năm 2025, tỷ lệ hộ nghèo còn dưới 2%"
    assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2020, 2025)


def test_a_planning_horizon_opens_no_resolution():
    context = PeriodContext(datetime.datetime(2023, 8, 1), (2020, 2025))
    context.current = Period.of_term(2020, 2025)
    for sentence in (
        "Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, huyện có 4 cụm công nghiệp",
        "Định hướng đến năm 2030, thu nhập bình quân đạt 120 triệu đồng",
    ):
        assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2020, 2025)


def test_a_deadline_after_the_plan_word_is_the_end_of_the_term():
    context = PeriodContext(datetime.datetime(2023, 8, 1), (2020, 2025))
    context.current = Period.of_term(2015, 2020)  # the paragraph before spoke of the last term
    sentence = "Tỷ lệ che phủ rừng, chỉ tiêu Nghị quyết đề ra đến năm 2025 là 46%"
    assert context.resolve(find_mentions(sentence), len(sentence))[0] == Period.of_term(2020, 2025)
