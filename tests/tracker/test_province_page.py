"""Province pages: the province's own resolutions and a summary of the units below it, never mixing structures."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tracker.conftest import add_targets
from tracker.models import Resolution


def test_an_old_province_summarises_its_districts(viewer_client, many_targets):
    page = viewer_client.get("/provinces/ben-tre/").content.decode()
    assert "Tỉnh Bến Tre" in page
    assert 'href="/districts/cho-lach-ben-tre/?period=2021"' in page
    assert 'href="/districts/mo-cay-nam-ben-tre/?period=2021"' in page
    assert "Huyện, thị xã, thành phố" in page


def test_it_shows_the_provinces_own_resolution_for_the_period(viewer_client, many_targets):
    page = viewer_client.get("/provinces/ben-tre/?period=2021").content.decode()
    assert "chỉ tiêu số 3" in page
    assert 'id="completion-chart"' in page


def test_an_old_province_says_it_belongs_to_the_structure_before_july_2025(viewer_client, province):
    page = viewer_client.get("/provinces/ben-tre/").content.decode()
    assert "Trước 1/7/2025" in page
    assert "Từ ngày 1/7/2025 thuộc" in page and 'href="/provinces/vinh-long-2025/"' in page


def test_the_new_province_of_the_same_name_is_a_different_page(viewer_client, targets, new_province):
    page = viewer_client.get("/provinces/vinh-long-2025/").content.decode()
    assert "Từ 1/7/2025" in page
    assert "Hình thành từ" in page and 'href="/provinces/ben-tre/"' in page
    # the old districts' targets never appear on the new province's page
    assert "phát triển đảng viên mới" not in page
    assert "cho-lach-ben-tre" not in page


def test_a_new_province_summarises_its_communes(viewer_client, commune_resolution):
    page = viewer_client.get("/provinces/vinh-long-2025/").content.decode()
    assert "Xã, phường" in page
    assert 'href="/communes/tan-phu-vinh-long/?period=2026"' in page


def test_it_returns_404_for_an_unknown_province(viewer_client, db):
    assert viewer_client.get("/provinces/atlantis/").status_code == 404


def test_a_district_is_not_served_as_a_province(viewer_client, district):
    assert viewer_client.get("/provinces/cho-lach-ben-tre/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, province):
    assert client.get("/provinces/ben-tre/")["Location"].startswith("/admin/login/")


def test_its_query_count_does_not_grow_with_the_number_of_targets(editor_client, many_targets, province):
    with CaptureQueriesContext(connection) as few:
        editor_client.get("/provinces/ben-tre/")
    add_targets(Resolution.objects.get(unit=province), 100)
    add_targets(many_targets[0].resolution, 100)
    with CaptureQueriesContext(connection) as many:
        editor_client.get("/provinces/ben-tre/")
    assert len(many) == len(few)


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert editor_client.get("/provinces/ben-tre/").status_code == 200


def test_it_opens_on_the_provinces_own_resolution_rather_than_a_year_only_its_districts_have(
    viewer_client, province, resolution
):
    from tracker.models import Resolution

    Resolution.objects.create(unit=province, kind="term", start_year=2020, end_year=2025)
    page = viewer_client.get(f"/provinces/{province.slug}/")
    assert page.context["period"].key == "2020-2025"
