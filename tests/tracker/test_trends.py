"""One indicator followed across a unit's annual resolutions and its term."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from tracker.models import Achievement, Resolution, Target
from tracker.trends import indicator_key

URL = "/districts/cho-lach-ben-tre/"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            ("Thu nhập bình quân đầu người", "triệu đồng/người/năm"),
            ("thu nhập bình quân đầu người năm 2030", "triệu đồng / người / năm"),
        ),
        (("kết nạp đảng viên mới", "đảng viên"), ("Phát triển đảng viên mới", "đảng viên")),
        (("giảm tỷ lệ hộ nghèo còn", "%"), ("tỷ lệ hộ nghèo", "%")),
    ],
)
def test_wordings_of_the_same_indicator_share_a_key(a, b):
    assert indicator_key(*a) == indicator_key(*b)


def test_another_unit_of_measure_is_another_indicator():
    assert indicator_key("thu ngân sách", "tỷ đồng") != indicator_key("thu ngân sách", "%")


@pytest.fixture
def income_over_the_years(db, district, term_resolution):
    for year, plan, achieved in ((2021, 55, "58.7"), (2022, 60, "62.1"), (2023, 66, None)):
        resolution = Resolution.objects.create(unit=district, kind="annual", start_year=year, end_year=year)
        target = Target.objects.create(
            resolution=resolution,
            theme_id="economy",
            planned_value=Decimal(plan),
            indicator="Thu nhập bình quân đầu người" if year == 2021 else "thu nhập bình quân đầu người",
            measure_unit="triệu đồng/người/năm",
        )
        if achieved:
            Achievement.objects.create(target=target, value=Decimal(achieved), as_of=datetime.date(year, 12, 31))
    Target.objects.create(
        resolution=term_resolution,
        theme_id="economy",
        planned_value=Decimal(75),
        indicator="thu nhập bình quân đầu người năm 2025",
        measure_unit="triệu đồng/người/năm",
    )
    Target.objects.create(
        resolution=term_resolution,
        theme_id="party",
        planned_value=Decimal(300),
        indicator="kết nạp đảng viên",
        measure_unit="đảng viên",
    )  # followed once: no trend


def trend_figure(page: str) -> dict:
    return json.loads(
        re.search(r'<script id="trend-chart-data" type="application/json">(.+?)</script>', page, re.S).group(1)
    )


def test_the_unit_page_follows_an_indicator_across_years_and_the_term(viewer_client, income_over_the_years):
    page = viewer_client.get(URL + "?period=2022").content.decode()
    assert "Chỉ tiêu qua các năm" in page
    figure = trend_figure(page)
    achieved = next(t for t in figure["data"] if t["name"] == "Đạt được")
    assert achieved["x"] == [2021, 2022] and achieved["y"] == [58.7, 62.1]
    steps = next(t for t in figure["data"] if t["name"] == "Kế hoạch năm")
    assert [y for y in steps["y"] if y is not None] == [55, 55, 60, 60, 66, 66]  # each year's plan, a step
    term = next(t for t in figure["data"] if t["name"] == "Kế hoạch nhiệm kỳ 2020–2025")
    assert term["x"] == [2025] and term["y"] == [75]
    assert "kết nạp đảng viên" not in re.search(
        r'aria-label="Các chỉ tiêu được theo dõi">(.*?)</nav>', page, re.S
    ).group(1)


def test_a_unit_without_an_indicator_in_two_resolutions_shows_no_trend(viewer_client, targets):
    assert 'id="trend-chart"' not in viewer_client.get(URL).content.decode()


def test_the_trend_costs_one_query_whatever_the_number_of_years(
    editor_client, income_over_the_years, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        assert editor_client.get(URL).status_code == 200
