"""The overview: totals, status by theme, the units most behind, the latest articles, the review backlog."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tracker.conftest import add_targets


def test_it_shows_the_totals(viewer_client, targets, term_resolution):
    page = viewer_client.get("/").content.decode()
    assert "Tình hình thực hiện nghị quyết" in page
    assert "Đơn vị có nghị quyết" in page
    assert "50%" in page  # one of the two targets with a value is met


def test_it_charts_the_status_by_theme(viewer_client, targets):
    page = viewer_client.get("/").content.decode()
    assert 'id="theme-chart"' in page
    assert 'href="/themes/economy/"' in page


def test_it_lists_the_units_most_behind(viewer_client, targets):
    page = viewer_client.get("/").content.decode()
    assert "Đơn vị chậm nhất" in page
    assert "1/2" in page  # Chợ Lách: one of two judged targets behind


def test_it_lists_the_latest_articles(viewer_client, article):
    assert f'href="/articles/{article.pk}/"' in viewer_client.get("/").content.decode()


def test_staff_see_how_many_items_await_review(viewer_client, extracted_target):
    page = viewer_client.get("/").content.decode()
    assert "Đang chờ duyệt:" in page and "1 chỉ tiêu" in page


def test_anonymous_readers_do_not_see_the_review_backlog(client, extracted_target, anonymous_read):
    page = client.get("/").content.decode()
    assert "Đang chờ duyệt:" not in page


def test_it_sends_anonymous_visitors_to_the_login(client, db):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_it_refuses_to_be_posted_to(viewer_client, db):
    assert viewer_client.post("/").status_code == 405


def test_its_query_count_does_not_grow_with_the_number_of_targets(viewer_client, targets, empty_cache):
    from django.core.cache import cache

    with CaptureQueriesContext(connection) as few:
        viewer_client.get("/")
    add_targets(targets[0].resolution, 150)
    cache.clear()  # measure the computation again, not the cached copy
    with CaptureQueriesContext(connection) as many:
        viewer_client.get("/")
    assert len(many) == len(few)


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, article, django_assert_max_num_queries):
    # 14: the main navigation asks whether the user may upload an article (their permissions, once a request).
    with django_assert_max_num_queries(14):
        assert editor_client.get("/").status_code == 200


def test_it_reads_vietnamese_even_for_an_english_browser(viewer_client, db):
    page = viewer_client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi">' in page and "Tổng quan" in page


def test_it_reads_english_once_the_switcher_chose_it(viewer_client, db):
    viewer_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = viewer_client.get("/").content.decode()
    assert '<html lang="en">' in page and "How the resolutions are going" in page


def test_an_edit_shows_on_the_overview_at_once_although_it_is_cached(
    editor_client, targets, django_capture_on_commit_callbacks
):
    import datetime

    from tracker.models import Achievement

    before = editor_client.get("/").context["totals"]["met"]
    with django_capture_on_commit_callbacks(execute=True):  # as if the edit's transaction committed
        Achievement.objects.create(target=targets[2], value=Decimal(70), as_of=datetime.date(2022, 6, 30))
    assert editor_client.get("/").context["totals"]["met"] == before + 1


def test_a_second_visit_reads_the_cached_aggregates(editor_client, targets, django_assert_max_num_queries):
    editor_client.get("/")
    with django_assert_max_num_queries(8):
        editor_client.get("/")
