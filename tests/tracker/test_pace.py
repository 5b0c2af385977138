"""Pace toward the deadline: expected value, projection and status while a period runs or once it ended."""

import datetime
from decimal import Decimal as D

import pytest
from django.utils import translation

from tracker.numbers import number
from tracker.pace import (
    Goal,
    Result,
    Shape,
    Window,
    explain,
    is_yearly,
    judge,
    project,
    resolution_window,
    shape_of,
    year_window,
)
from tracker.status import Judged, Status

TERM_2025 = resolution_window(kind="term", start_year=2025, end_year=2030)
TERM_2020 = resolution_window(kind="term", start_year=2020, end_year=2025)


def on(day: str) -> datetime.date:
    return datetime.datetime.strptime(day, "%d/%m/%Y").date()


def members(*results, today="01/12/2026", window=TERM_2025, plan=200):
    return judge(goal=Goal(D(plan)), results=[Result(on(d), D(v)) for d, v in results], window=window, today=on(today))


def test_a_term_runs_from_congress_to_congress_and_a_year_is_its_calendar_year():
    assert TERM_2025 == Window(on("01/07/2025"), on("30/06/2030"))
    assert resolution_window(kind="annual", start_year=2026, end_year=2026) == year_window(2026)
    assert resolution_window(kind="term", start_year=2025, end_year=2030, deadline_year=2028).end == on("31/12/2028")


def test_a_term_target_one_year_in_at_29_percent_of_a_five_year_plan_is_on_track():
    judgement = members(("30/06/2026", 58))
    assert judgement.status == Status.ON_TRACK
    assert not judgement.final
    assert judgement.percent == D("29.0")
    assert judgement.share_elapsed.quantize(D("0.01")) == D("0.20")
    assert judgement.expected.quantize(D(1)) == D(40)
    # On a straight line from zero at the congress through 58 a year in: 291 by 2030.
    assert judgement.projected.quantize(D(1)) == D(291)


def test_a_count_short_of_its_expected_value_is_behind_when_its_trend_nearly_reaches_the_plan():
    judgement = members(("31/12/2025", 10), ("30/06/2026", 36))
    assert judgement.status == Status.BEHIND
    assert judgement.projected > D(180)


def test_a_count_far_behind_its_expected_value_is_at_risk():
    judgement = members(("30/06/2027", 40))
    assert judgement.status == Status.AT_RISK
    assert judgement.projected.quantize(D(1)) == D(100)


def test_the_final_status_is_given_only_once_the_period_has_ended():
    assert members(("30/06/2026", 58), today="01/07/2030").status == Status.NOT_MET
    assert members(("30/06/2030", 210), today="01/07/2030").status == Status.EXCEEDED
    ended = members(("30/09/2025", 200), window=TERM_2020)
    assert ended.final and ended.status == Status.MET and ended.expected is None


def test_a_result_covering_the_whole_period_is_final_even_before_the_deadline():
    judgement = judge(
        goal=Goal(D(60)),
        results=[Result(on("15/12/2026"), D(60), whole_period=True)],
        window=year_window(2026),
        today=on("20/12/2026"),
    )
    assert judgement.final and judgement.status == Status.MET


def test_a_decrease_to_a_ceiling_moves_linearly_from_its_earliest_result():
    # "Giảm tỷ lệ hộ nghèo còn 4%": 6% at the congress, 5,2% two years in (expected 5,2%).
    goal = Goal(D(4), judged=Judged.AT_MOST, shape=shape_of("tỷ lệ hộ nghèo", "%"))
    results = [Result(on("01/07/2025"), D(6)), Result(on("01/07/2027"), D("5.2"))]
    judgement = judge(goal=goal, results=results, window=TERM_2025, today=on("01/12/2027"))
    assert goal.shape == Shape.LEVEL
    assert judgement.expected.quantize(D("0.01")) == D("5.20")
    assert judgement.status == Status.ON_TRACK
    slower = judge(
        goal=goal, results=[results[0], Result(on("01/07/2027"), D("5.8"))], window=TERM_2025, today=on("01/12/2027")
    )
    assert slower.status == Status.AT_RISK  # projected 5,5% against a ceiling of 4% (4,4% with the margin)


def test_a_level_with_one_result_and_no_baseline_is_in_progress_until_a_second_result():
    goal = Goal(D(80), shape=Shape.LEVEL)
    judgement = judge(goal=goal, results=[Result(on("30/06/2026"), D(70))], window=TERM_2025, today=on("01/12/2026"))
    assert judgement.status == Status.RUNNING and judgement.expected is None
    with_baseline = judge(
        goal=Goal(D(80), shape=Shape.LEVEL, baseline=D(60)),
        results=[Result(on("30/06/2026"), D(70))],
        window=TERM_2025,
        today=on("01/12/2026"),
    )
    assert with_baseline.status == Status.ON_TRACK  # 64 expected a fifth of the way from 60 to 80


def test_a_level_already_at_its_plan_is_on_track():
    judgement = judge(
        goal=Goal(D(90), shape=Shape.LEVEL),
        results=[Result(on("30/06/2026"), D(92))],
        window=TERM_2025,
        today=on("01/12/2026"),
    )
    assert judgement.status == Status.ON_TRACK


def test_a_range_is_paced_on_its_lower_bound_and_judged_on_both_once_ended():
    goal = Goal(D(100), D(120))
    running = judge(
        goal=goal, results=[Result(on("30/06/2026"), D(45))], window=year_window(2026), today=on("01/07/2026")
    )
    assert running.expected.quantize(D(1)) == D(49)
    assert running.status == Status.BEHIND  # 45 of an expected 49: the trend ends at 91
    ended = judge(
        goal=goal, results=[Result(on("31/12/2026"), D(125))], window=year_window(2026), today=on("02/01/2027")
    )
    assert ended.status == Status.EXCEEDED


def test_growth_rates_compound_over_the_term():
    goal = Goal(D(8), shape=shape_of("Tốc độ tăng trưởng kinh tế bình quân", "%"))
    results = [Result(on("31/12/2026"), D(7)), Result(on("31/12/2027"), D(9))]
    judgement = judge(goal=goal, results=results, window=TERM_2025, today=on("01/03/2028"))
    assert goal.shape == Shape.GROWTH
    assert judgement.years == 2
    assert judgement.achieved.quantize(D("0.001")) == D("7.995")  # sqrt(1,07 × 1,09) − 1, not (7 + 9) / 2
    assert judgement.status == Status.BEHIND
    ended = judge(
        goal=goal, results=results + [Result(on("31/12/2029"), D(10))], window=TERM_2025, today=on("01/07/2030")
    )
    assert ended.final and ended.status == Status.EXCEEDED


def test_a_yearly_target_of_a_term_is_judged_per_year():
    goal = Goal(D(30))
    assert is_yearly("Hằng năm kết nạp từ 30 đảng viên trở lên")
    results = [Result(on("31/12/2026"), D(31)), Result(on("31/12/2027"), D(25)), Result(on("30/06/2028"), D(16))]
    judgement = judge(goal=goal, results=results, window=TERM_2025, today=on("01/08/2028"), yearly=True)
    assert [(j.year, j.status) for j in judgement.per_year] == [
        (2026, Status.EXCEEDED),
        (2027, Status.NOT_MET),
        (2028, Status.ON_TRACK),
    ]
    assert judgement.status == Status.ON_TRACK and judgement.year == 2028
    assert judgement.expected.quantize(D(1)) == D(15)  # half of 30 by the middle of 2028, not of 150


def test_no_result_is_no_data():
    assert members().status == Status.NO_DATA


def test_a_share_of_the_plan_alone_stands_for_its_value():
    judgement = judge(
        goal=Goal(D(3000)),
        results=[Result(on("30/09/2026"), None, percent_of_plan=D(80))],
        window=year_window(2026),
        today=on("01/10/2026"),
    )
    assert judgement.achieved == D(2400)
    assert judgement.status == Status.ON_TRACK  # 2.250 expected after nine months


def test_the_projection_weighs_recent_results_more():
    points = [(on("01/01/2026"), D(0)), (on("01/01/2027"), D(10)), (on("01/01/2028"), D(40))]
    # Ordinary least squares gives 56,7 at 2029; weighted, the latest, steeper step counts more: 60,1.
    assert project(points, on("01/01/2029")).quantize(D("0.1")) == D("60.1")
    assert project(points[:1], on("01/01/2029")) is None


@pytest.mark.parametrize(
    ("indicator", "unit", "shape"),
    [
        ("kết nạp đảng viên mới", "đảng viên", Shape.CUMULATIVE),
        ("thu ngân sách nhà nước", "tỷ đồng", Shape.CUMULATIVE),
        ("thu nhập bình quân đầu người", "triệu đồng/người/năm", Shape.LEVEL),
        ("tỷ lệ hộ nghèo", "%", Shape.LEVEL),
        ("tốc độ tăng trưởng giá trị sản xuất", "%", Shape.GROWTH),
    ],
)
def test_the_shape_follows_what_the_target_counts(indicator, unit, shape):
    assert shape_of(indicator, unit) == shape


def test_the_rule_is_stated_in_plain_vietnamese_with_its_figures():
    with translation.override("vi"):
        text = explain(members(("30/06/2026", 58)), number=number)
    assert "tuyến tính" in text and "01/07/2025" in text and "30/06/2030" in text
    assert "39,9" in text and "290,8" in text
