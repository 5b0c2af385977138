"""The theme page: every target of one theme across units, side by side, with filters and a chart."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tracker.conftest import add_targets
from tracker.models import Resolution, Target


def income(resolution, value):
    return Target.objects.create(
        resolution=resolution,
        theme_id="economy",
        indicator="thu nhập bình quân đầu người",
        planned_value=Decimal(value),
        measure_unit="triệu đồng/người/năm",
    )


def test_it_compares_the_same_indicator_across_districts(viewer_client, targets, other_district):
    income(Resolution.objects.create(unit=other_district, kind="annual", start_year=2021, end_year=2021), 65)
    page = viewer_client.get("/themes/economy/").content.decode()
    assert "Kinh tế" in page
    assert "Huyện Chợ Lách" in page and "Huyện Mỏ Cày Nam" in page
    assert 'id="theme-chart"' in page and "Huyện Mỏ Cày Nam · 2021 · thu nhập bình quân đầu người" in page


def theme_chart_bars(page: str) -> list[str]:
    import json
    import re

    figure = json.loads(
        re.search(r'<script id="theme-chart-data" type="application/json">(.+?)</script>', page, re.S).group(1)
    )
    return figure["data"][0]["y"]


def test_each_target_keeps_its_own_bar_labelled_by_unit_kind_and_period(viewer_client, targets, district, commune):
    from tracker.models import Unit

    income(Resolution.objects.create(unit=district, kind="annual", start_year=2022, end_year=2022), 62)
    namesake = Unit.objects.create(
        short_name="Chợ Lách",
        kind=Unit.Kind.COMMUNE,
        system=Unit.System.FROM_2025,
        slug="xa-cho-lach",
        parent=commune.parent,
    )
    income(Resolution.objects.create(unit=namesake, kind="annual", start_year=2026, end_year=2026), 90)
    bars = theme_chart_bars(viewer_client.get("/themes/economy/").content.decode())
    assert len(bars) == len(set(bars)) == 3  # two years of Chợ Lách are two bars, never one stacked bar
    assert {bar.split(" · ")[0] + " · " + bar.split(" · ")[1] for bar in bars} == {
        "Huyện Chợ Lách · 2021",
        "Huyện Chợ Lách · 2022",
        "Xã Chợ Lách · 2026",
    }


def test_it_only_lists_targets_of_its_theme(viewer_client, targets):
    page = viewer_client.get("/themes/economy/").content.decode()
    assert "thu nhập bình quân đầu người" in page
    assert "phát triển đảng viên mới" not in page


def test_it_filters_by_province_and_period(viewer_client, targets, other_district, new_province, commune):
    income(Resolution.objects.create(unit=commune, kind="annual", start_year=2026, end_year=2026), 80)
    page = viewer_client.get(f"/themes/economy/?province={new_province.pk}").content.decode()
    assert 'href="/communes/tan-phu-vinh-long/"' in page
    assert 'href="/districts/cho-lach-ben-tre/"' not in page
    page = viewer_client.get("/themes/economy/?year=2021").content.decode()
    assert 'href="/districts/cho-lach-ben-tre/"' in page
    assert 'href="/communes/tan-phu-vinh-long/"' not in page


def test_it_counts_the_filtered_targets_by_status(viewer_client, many_targets):
    page = viewer_client.get("/themes/economy/").content.decode()
    assert 'class="status-counts"' in page


def test_its_export_holds_only_the_themes_rows(viewer_client, targets):
    response = viewer_client.get("/themes/economy/?_export=json")
    import json

    rows = json.loads(b"".join(response.streaming_content))
    assert [row["indicator"] for row in rows] == ["thu nhập bình quân đầu người"]


def test_it_returns_404_for_an_unknown_theme(viewer_client, db):
    assert viewer_client.get("/themes/astrology/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, db):
    assert client.get("/themes/economy/").status_code == 302


def test_its_query_count_does_not_grow_with_the_number_of_targets(editor_client, targets):
    with CaptureQueriesContext(connection) as few:
        editor_client.get("/themes/economy/")
    add_targets(targets[0].resolution, 200, theme_ids=("economy",))
    with CaptureQueriesContext(connection) as many:
        editor_client.get("/themes/economy/")
    assert len(many) == len(few)


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert editor_client.get("/themes/economy/?year=2021").status_code == 200
