"""Chart figures are built from plain data: colours by status, direction-aware, with their numbers as rows."""

import datetime
from decimal import Decimal

import pytest

from tracker import charts
from tracker.templatetags.tracker_tags import vn_date, vn_number, vn_percent


def bar(label="thu nhập", percent=103.3, status="exceeded", lower=False):
    return charts.CompletionBar(
        label=label,
        completion_percent=percent,
        status=status,
        lower_is_better=lower,
        planned="60",
        achieved="62",
        measure_unit="triệu đồng",
    )


def test_completion_bars_are_coloured_by_status():
    chart = charts.completion_chart(
        "c", [bar(status="exceeded"), bar(percent=50, status="not_met"), bar(percent=None, status="no_data")]
    )
    trace = chart.figure["data"][0]
    assert trace["marker"]["color"] == [charts.STATUS_COLOURS[s] for s in ("exceeded", "not_met", "no_data")]
    assert trace["x"] == [103.3, 50, 0]


def test_the_plan_is_marked_at_100_percent():
    shape = charts.completion_chart("c", [bar()]).figure["layout"]["shapes"][0]
    assert shape["x0"] == shape["x1"] == 100


def test_a_lower_is_better_target_is_labelled_with_its_direction():
    chart = charts.completion_chart("c", [bar(label="tỷ lệ hộ nghèo", percent=81.6, status="not_met", lower=True)])
    assert chart.figure["data"][0]["y"] == ["tỷ lệ hộ nghèo ↓"]


def test_very_large_completions_are_clipped_but_labelled_truly():
    trace = charts.completion_chart("c", [bar(percent=1000)]).figure["data"][0]
    assert trace["x"] == [charts.COMPLETION_AXIS_CAP]
    assert trace["text"] == ["1.000%"]


def test_labels_from_articles_stay_text():
    trace = charts.completion_chart("c", [bar(label="<b>x</b>")]).figure["data"][0]
    assert trace["y"] == ["&lt;b&gt;x&lt;/b&gt;"]


def test_each_chart_has_its_numbers_as_rows_for_screen_readers():
    chart = charts.completion_chart("c", [bar()])
    assert chart.columns == ["Chỉ tiêu", "Kế hoạch", "Đạt được", "Tỷ lệ hoàn thành", "Tình trạng"]
    assert chart.rows == [["thu nhập", "60 triệu đồng", "62 triệu đồng", "103,3%", "Vượt"]]


def test_status_by_theme_stacks_one_trace_per_status():
    chart = charts.status_by_theme_chart("t", [charts.ThemeStatusCounts("Kinh tế", {"met": 3, "not_met": 1})])
    assert [t["x"] for t in chart.figure["data"]] == [[0], [3], [0], [1], [0]]
    assert chart.rows == [["Kinh tế", "0", "3", "0", "1", "0"]]


def test_history_chart_draws_the_values_over_time_against_the_plan():
    points = [
        charts.HistoryPoint(datetime.date(2021, 6, 30), 30.0, 50.0, "Cán bộ cập nhật"),
        charts.HistoryPoint(datetime.date(2021, 12, 31), 62.0, 103.3, "Bài báo: BDK"),
    ]
    chart = charts.history_chart("h", points, planned=60.0, planned_max=None, measure_unit="đảng viên")
    trace = chart.figure["data"][0]
    assert trace["x"] == ["2021-06-30", "2021-12-31"] and trace["y"] == [30.0, 62.0]
    assert any(shape.get("y0") == 60.0 for shape in chart.figure["layout"]["shapes"])
    assert chart.rows[1] == ["31/12/2021", "62", "103,3%", "Bài báo: BDK"]


def test_scorecard_chart_stacks_met_and_the_rest():
    chart = charts.scorecard_chart("s", [charts.ScorecardPoint("Năm 2021", met=19, total=25, exceeded=7)])
    assert [t["y"] for t in chart.figure["data"]] == [[19], [6]]


@pytest.mark.parametrize(
    "value, text",
    [
        (Decimal("1400"), "1.400"),
        (Decimal("59.9"), "59,9"),
        (Decimal("10160.896"), "10.160,896"),
        (Decimal("1400.0000"), "1.400"),
        (0, "0"),
        (None, ""),
        (Decimal("1234567.5"), "1.234.567,5"),
    ],
)
def test_numbers_are_written_the_vietnamese_way(value, text):
    assert vn_number(value) == text


def test_percentages_and_dates_are_written_the_vietnamese_way():
    assert vn_percent(Decimal("0.1214")) == "12,14%"
    assert vn_percent(Decimal("1.0333"), 1) == "103,3%"
    assert vn_date(datetime.date(2021, 1, 5)) == "05/01/2021"


def test_targets_that_read_alike_keep_a_bar_each():
    chart = charts.completion_chart("c", [bar(), bar()])
    labels = chart.figure["data"][0]["y"]
    assert len(labels) == len(set(labels)) == 2


def test_a_share_of_the_plan_is_rounded_once_and_shown_alike_in_chart_and_table():
    from decimal import Decimal

    from tracker.status import percent_of
    from tracker.templatetags.tracker_tags import vn_percent

    completion = Decimal("1.0745")
    chart = charts.completion_chart("c", [bar(percent=float(percent_of(completion)))])
    assert chart.figure["data"][0]["text"] == ["107,5%"]
    assert chart.rows[0][3] == "107,5%"
    assert vn_percent(completion, 1) == "107,5%"


def test_a_single_date_gets_one_tick_not_the_same_date_four_times():
    points = [charts.HistoryPoint(datetime.date(2021, 12, 31), 62.0, 103.3, "Cán bộ cập nhật")]
    xaxis = charts.history_chart("h", points, planned=60, planned_max=None, measure_unit="").figure["layout"]["xaxis"]
    assert xaxis["tickvals"] == ["2021-12-31"] and xaxis["ticktext"] == ["31/12/2021"]
    assert xaxis["range"][0] < "2021-12-31" < xaxis["range"][1]
