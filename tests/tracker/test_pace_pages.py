"""Pages say how a running target is paced, state the rule and draw the projection beside the plan."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from tracker.models import Achievement, Resolution, Target
from tracker.services import targets_progress_recompute

TODAY = datetime.date(2026, 12, 1)


@pytest.fixture(autouse=True)
def judged_on_the_first_of_december_2026(monkeypatch):
    monkeypatch.setattr("tracker.models.resolutions.progress_today", lambda: TODAY)


@pytest.fixture
def new_members(db, commune) -> Target:
    """A 2025–2030 term target one year in: 58 of 200 new party members by 30/06/2026."""
    term = Resolution.objects.create(unit=commune, kind="term", start_year=2025, end_year=2030)
    target = Target.objects.create(
        resolution=term,
        theme_id="party",
        indicator="kết nạp đảng viên mới",
        planned_value=Decimal(200),
        measure_unit="đảng viên",
        deadline_year=2030,
    )
    Achievement.objects.create(target=target, value=Decimal(58), as_of=datetime.date(2026, 6, 30), period="h1")
    target.refresh_from_db()
    return target


def test_a_term_target_one_year_in_at_29_percent_is_stored_as_on_track(new_members):
    assert new_members.status == "on_track"
    assert new_members.completion_percent == Decimal("29.0")
    assert new_members.expected_value.quantize(Decimal("0.1")) == Decimal("39.9")
    assert new_members.projected_value.quantize(Decimal(1)) == Decimal(291)


def test_the_target_page_shows_the_pace_the_expected_value_and_the_rule(viewer_client, new_members):
    page = viewer_client.get(f"/targets/{new_members.pk}/").content.decode()
    assert "Đúng tiến độ" in page
    assert "Chưa đạt" not in page
    assert "Kỳ vọng đến 30/06/2026" in page and "39,9" in page
    assert "Dự báo đến 30/06/2030" in page and "290,8" in page
    rule = re.search(r'id="pace-rule">([^<]+)<', page).group(1)
    assert "tuyến tính" in rule and "01/07/2025" in rule


def test_the_target_chart_draws_the_projection_beside_the_plan_line_and_names_its_method(viewer_client, new_members):
    page = viewer_client.get(f"/targets/{new_members.pk}/").content.decode()
    figure = json.loads(
        re.search(r'<script id="history-chart-data" type="application/json">(.+?)</script>', page, re.S).group(1)
    )
    names = [trace.get("name") for trace in figure["data"]]
    projection = next(t for t in figure["data"] if t["name"].startswith("Dự báo"))
    assert "xu hướng tuyến tính có trọng số" in projection["name"]
    assert projection["x"][-1].startswith("2030-06-30") and round(projection["y"][-1]) == 291
    assert any(name and name.startswith("Lộ trình") for name in names)  # the expected road to the plan
    assert any(shape.get("y0") == 200 for shape in figure["layout"]["shapes"])  # the plan line


def test_tables_show_the_pace_and_the_expected_value(viewer_client, new_members):
    page = viewer_client.get("/targets/?q=ket+nap").content.decode()
    assert "Đúng tiến độ" in page
    assert "39,9" in page
    assert "tuyến tính" in page  # the rule, stated under the table
    unit_page = viewer_client.get(new_members.resolution.unit.get_absolute_url() + "?period=2025-2030")
    assert "Đúng tiến độ" in unit_page.content.decode()
    assert "39,9" in unit_page.content.decode()


def test_the_final_status_comes_once_the_term_has_ended(new_members):
    targets_progress_recompute(today=datetime.date(2030, 7, 1))
    new_members.refresh_from_db()
    assert new_members.status == "not_met"
    assert new_members.expected_value is None


def test_a_yearly_target_of_a_term_shows_each_years_verdict(viewer_client, commune):
    term = Resolution.objects.create(unit=commune, kind="term", start_year=2025, end_year=2030)
    target = Target.objects.create(
        resolution=term,
        theme_id="party",
        planned_value=Decimal(30),
        indicator="hằng năm kết nạp từ 30 đảng viên trở lên",
        measure_unit="đảng viên",
    )
    Achievement.objects.create(target=target, value=Decimal(31), as_of=datetime.date(2025, 12, 31))
    Achievement.objects.create(target=target, value=Decimal(21), as_of=datetime.date(2026, 9, 30), period="m9")
    page = viewer_client.get(f"/targets/{target.pk}/").content.decode()
    assert "judged year by year" not in page
    assert "từng năm" in page
    assert re.search(r"2025</th>.*?Vượt", page, re.S)
    assert re.search(r"2026</th>.*?Chậm tiến độ", page, re.S)  # 21 by September of an expected 22,4
