"""The district page: a district's resolutions by period, its targets, chart, scorecards and sources."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tracker.conftest import add_targets
from tracker.models import Target

URL = "/districts/cho-lach-ben-tre/"


def test_it_shows_each_target_with_its_plan_achieved_value_and_status(viewer_client, targets):
    page = viewer_client.get(URL).content.decode()
    assert "Huyện Chợ Lách" in page
    assert "phát triển đảng viên mới" in page
    assert "thu nhập bình quân đầu người" in page
    assert "Vượt" in page and "Chưa đạt" in page and "Chưa có số liệu" in page


def test_it_groups_the_targets_by_theme(viewer_client, targets):
    page = viewer_client.get(URL).content.decode()
    page = page[page.index('class="table targets-by-theme"') :]
    assert page.index("Xây dựng Đảng, hệ thống chính trị") < page.index("phát triển đảng viên mới")
    assert page.index("Kinh tế") < page.index("thu nhập bình quân đầu người")


def test_it_writes_numbers_and_dates_the_vietnamese_way(viewer_client, targets):
    Target.objects.create(
        resolution=targets[0].resolution,
        theme_id="budget",
        indicator="thu ngân sách",
        planned_value=Decimal("1400"),
        measure_unit="tỷ đồng",
    )
    Target.objects.create(
        resolution=targets[0].resolution,
        theme_id="labour",
        indicator="lao động qua đào tạo",
        planned_value=Decimal("59.9"),
        measure_unit="%",
    )
    page = viewer_client.get(URL).content.decode()
    assert "1.400" in page
    assert "59,9" in page
    assert "31/12/2021" in page  # the date of the latest achieved value


def test_it_says_the_district_belongs_to_the_structure_before_july_2025(viewer_client, targets):
    page = viewer_client.get(URL).content.decode()
    assert "Trước 1/7/2025" in page
    assert 'href="/provinces/vinh-long-2025/"' in page  # what it became
    assert 'href="/provinces/ben-tre/"' in page  # the province it belonged to


def test_it_draws_the_completion_chart_with_its_numbers_as_a_table(viewer_client, targets):
    page = viewer_client.get(URL).content.decode()
    assert 'id="completion-chart"' in page
    assert 'id="completion-chart-data" type="application/json"' in page
    assert "<details" in page and "Số liệu của biểu đồ" in page
    assert "/static/vendor/plotly.min.js" in page


def test_it_shows_the_scorecards_over_time(viewer_client, targets, scorecard):
    page = viewer_client.get(URL).content.decode()
    assert 'id="scorecard-chart"' in page
    assert "19/25" in page


def test_it_opens_on_the_latest_year_and_offers_every_period(viewer_client, targets, term_resolution):
    page = viewer_client.get(URL).content.decode()
    assert "?period=2021" in page and "?period=2020-2025" in page
    assert "Đoàn kết - Sáng tạo" in page  # the 2021 slogan


def test_a_period_can_be_chosen_and_bookmarked(viewer_client, targets, term_resolution):
    page = viewer_client.get(URL + "?period=2020-2025").content.decode()
    assert "Nhiệm kỳ 2020–2025" in page
    assert "Nghị quyết này chưa có chỉ tiêu nào." in page
    assert "phát triển đảng viên mới" not in page


def test_editors_get_an_edit_link_to_the_admin(editor_client, targets):
    page = editor_client.get(URL).content.decode()
    assert f'href="/admin/tracker/target/{targets[0].pk}/change/"' in page
    assert "Sửa" in page


def test_viewers_get_no_edit_link(viewer_client, targets):
    page = viewer_client.get(URL).content.decode()
    assert "/change/" not in page


def test_it_returns_404_for_an_unknown_district(viewer_client, db):
    assert viewer_client.get("/districts/khong-co/").status_code == 404


def test_a_province_is_not_served_as_a_district(viewer_client, province):
    assert viewer_client.get("/districts/ben-tre/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, district):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/districts/cho-lach-ben-tre/")


def test_anonymous_visitors_may_read_when_the_setting_allows_it(client, targets, anonymous_read):
    page = client.get(URL)
    assert page.status_code == 200
    assert "/change/" not in page.content.decode()


def test_it_refuses_to_be_posted_to(viewer_client, district):
    assert viewer_client.post(URL).status_code == 405


def test_it_reads_english_when_the_language_is_switched(viewer_client, targets):
    viewer_client.post("/i18n/setlang/", {"language": "en", "next": URL})
    page = viewer_client.get(URL).content.decode()
    assert "Before 1 July 2025" in page
    assert "Completion of each target" in page
    assert '<html lang="en">' in page


def test_its_query_count_does_not_grow_with_the_number_of_targets(editor_client, targets, scorecard):
    with CaptureQueriesContext(connection) as few:
        editor_client.get(URL)
    add_targets(targets[0].resolution, 120)
    with CaptureQueriesContext(connection) as many:
        assert editor_client.get(URL).status_code == 200
    assert len(many) == len(few)


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, scorecard, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        editor_client.get(URL)


def test_row_anchors_keep_plain_ids_past_a_thousand(viewer_client, resolution):
    # Vietnamese formats group thousands ("1.234"); an id in an anchor must never be grouped.
    Target.objects.create(
        id=12345,
        resolution=resolution,
        theme_id="party",
        indicator="kết nạp đảng viên",
        planned_value=Decimal(60),
        measure_unit="đảng viên",
    )
    page = viewer_client.get(URL).content.decode()
    assert 'id="target-12345"' in page
