"""The overview shows one level of one structure and one period at a time, never mixing them."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache

from tests.tracker.conftest import add_targets
from tracker.models import Achievement, Resolution, Target


@pytest.fixture(autouse=True)
def judged_on_the_first_of_december_2026(monkeypatch):
    monkeypatch.setattr("tracker.models.resolutions.progress_today", lambda: datetime.date(2026, 12, 1))


@pytest.fixture
def country(db, targets, term_resolution, province, new_province, commune):
    """2021 and the 2020–2025 term for a district and its province, 2025–2030 and 2026 for a commune."""
    add_targets(term_resolution, 4)
    add_targets(Resolution.objects.create(unit=province, kind="annual", start_year=2021, end_year=2021), 5)
    congress = Resolution.objects.create(unit=commune, kind="term", start_year=2025, end_year=2030)
    members = Target.objects.create(
        resolution=congress,
        theme_id="party",
        indicator="kết nạp đảng viên mới",
        planned_value=Decimal(200),
        measure_unit="đảng viên",
    )
    Achievement.objects.create(target=members, value=Decimal(58), as_of=datetime.date(2026, 6, 30))
    add_targets(Resolution.objects.create(unit=commune, kind="annual", start_year=2026, end_year=2026), 6)
    add_targets(Resolution.objects.create(unit=new_province, kind="annual", start_year=2026, end_year=2026), 7)


def totals(client, query=""):
    response = client.get("/" + query)
    return response.context["level"].key, response.context["period"].key, response.context["totals"]


def test_by_default_it_shows_the_provinces_of_the_structure_in_force(viewer_client, country):
    level, period, numbers = totals(viewer_client)
    assert (level, period) == ("provinces-2025", "2026")
    assert numbers["targets"] == 7 and numbers["units"] == 1


def test_communes_open_on_the_term_running_today(viewer_client, country):
    level, period, numbers = totals(viewer_client, "?level=communes-2025")
    assert (level, period) == ("communes-2025", "2025-2030")
    assert numbers["targets"] == 1 and numbers["on_track"] == 1  # 58 of 200 a year in: on track
    assert totals(viewer_client, "?level=communes-2025&period=2026")[2]["targets"] == 6


def test_a_closed_year_and_the_term_are_never_added_together(viewer_client, country, targets):
    assert totals(viewer_client, "?level=districts-2019&period=2021")[2]["targets"] == 3
    assert totals(viewer_client, "?level=districts-2019&period=2020-2025")[2]["targets"] == 4
    assert totals(viewer_client, "?level=provinces-2019&period=2021")[2]["targets"] == 5


def test_the_page_offers_each_level_and_period_and_says_what_it_shows(viewer_client, country):
    page = viewer_client.get("/?level=districts-2019&period=2021").content.decode()
    assert 'href="?level=communes-2025"' in page and 'href="?level=provinces-2019"' in page
    assert 'href="?level=districts-2019&amp;period=2020-2025"' in page
    assert "Đang xem Huyện, thị xã, thành phố (trước 2025) · Năm 2021" in page


def test_an_unknown_choice_falls_back_to_the_default(viewer_client, country):
    assert totals(viewer_client, "?level=villages-1990&period=abc")[:2] == ("provinces-2025", "2026")


@pytest.mark.parametrize(
    "query", ["", "?level=communes-2025", "?level=districts-2019&period=2020-2025", "?level=provinces-2019&period=2021"]
)
def test_every_choice_costs_at_most_15_queries(editor_client, country, query, django_assert_max_num_queries):
    cache.clear()
    with django_assert_max_num_queries(15):
        assert editor_client.get("/" + query).status_code == 200
