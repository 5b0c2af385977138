"""The target page: plan, achieved values over time as a chart, and the source of each value."""

import datetime
from decimal import Decimal

from tracker.models import Achievement


def test_it_shows_the_plan_the_latest_value_and_the_status(viewer_client, targets):
    page = viewer_client.get(f"/targets/{targets[0].pk}/").content.decode()
    assert "phát triển đảng viên mới" in page
    assert "Vượt" in page
    assert "103,3%" in page  # 62 of 60


def test_it_charts_the_achieved_values_over_time_with_their_sources(viewer_client, targets, article):
    Achievement.objects.create(target=targets[0], value=Decimal(70), as_of=datetime.date(2022, 6, 30))
    page = viewer_client.get(f"/targets/{targets[0].pk}/").content.decode()
    assert 'id="history-chart"' in page
    assert "31/12/2021" in page and "30/06/2022" in page
    assert f'href="/articles/{article.pk}/#item-achievement-' in page  # the value read from the article
    assert "Cán bộ cập nhật" in page  # the value a staff member entered


def test_a_lower_is_better_target_says_so(viewer_client, targets):
    page = viewer_client.get(f"/targets/{targets[1].pk}/").content.decode()
    assert "càng thấp càng tốt" in page
    assert "≤ 4" in page


def test_a_target_without_values_says_so(viewer_client, targets):
    page = viewer_client.get(f"/targets/{targets[2].pk}/").content.decode()
    assert "Chưa có kết quả nào được báo cáo." in page
    assert 'id="history-chart"' not in page


def test_it_returns_404_for_an_unknown_target(viewer_client, db):
    assert viewer_client.get("/targets/999999/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, targets):
    assert client.get(f"/targets/{targets[0].pk}/").status_code == 302


def test_it_costs_a_bounded_number_of_queries(editor_client, targets, article, django_assert_max_num_queries):
    for day in range(1, 20):
        Achievement.objects.create(target=targets[0], value=Decimal(day), as_of=datetime.date(2022, 1, day))
    with django_assert_max_num_queries(8):
        assert editor_client.get(f"/targets/{targets[0].pk}/").status_code == 200
