"""The targets table: sortable, paginated, filtered by province, district, period, theme, status, review and text."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.tracker.conftest import add_targets
from tracker.models import Resolution, Target


def target_links(page: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'href="/targets/(\d+)/"', page)]


@pytest.fixture
def table(viewer_client):
    def get(query: str = "") -> str:
        response = viewer_client.get(f"/targets/{query}")
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_it_lists_every_target_with_its_columns(table, targets):
    page = table()
    assert set(target_links(page)) == {t.pk for t in targets}
    for header in [
        "Đơn vị",
        "Tỉnh",
        "Thời kỳ",
        "Lĩnh vực",
        "Chỉ tiêu",
        "Kế hoạch",
        "Đạt được",
        "Đơn vị tính",
        "Tỷ lệ hoàn thành",
        "Tình trạng",
    ]:
        assert f">{header}</a>" in page


def test_it_filters_by_text_ignoring_diacritics(table, targets):
    assert target_links(table("?q=ho ngheo")) == [targets[1].pk]
    assert target_links(table("?q=HỘ NGHÈO")) == [targets[1].pk]


def test_the_text_filter_also_matches_the_unit_name(table, many_targets):
    assert len(target_links(table("?q=mo cay"))) == 10


def test_it_filters_by_province_and_district(table, many_targets, province, other_district):
    page = table(f"?province={province.pk}")
    assert len(target_links(page)) == 25 and "63 dòng" in page  # the first page of 63
    assert len(target_links(table(f"?district={other_district.pk}"))) == 10


def test_the_district_list_follows_the_chosen_province(table, many_targets, province, new_province, commune):
    Resolution.objects.create(unit=commune, kind="annual", start_year=2026, end_year=2026)
    page = table(f"?province={new_province.pk}")
    options = page[page.index('name="district"') : page.index("</select>", page.index('name="district"'))]
    assert "Xã Tân Phú" in options and "Chợ Lách" not in options


def test_it_filters_by_period_kind_and_year(table, many_targets, term_resolution):
    terms = target_links(table("?kind=term&per_page=100"))
    assert len(terms) == 20
    assert len(target_links(table("?year=2023&per_page=100"))) == 20  # only the term covers 2023


def test_it_filters_by_theme_status_and_review_state(table, targets, extracted_target):
    assert target_links(table("?theme=social")) == [targets[1].pk]
    assert target_links(table("?status=exceeded")) == [targets[0].pk]
    assert target_links(table("?review_state=extracted")) == [extracted_target.pk]


def test_it_shows_errors_for_an_invalid_filter_and_no_rows(table, targets):
    page = table("?status=excellent")
    assert target_links(page) == []
    assert 'class="errors"' in page


def test_it_sorts_by_a_column(table, targets):
    members, poverty, income = targets
    assert target_links(table("?sort=-completion"))[:2] == [members.pk, poverty.pk]
    assert target_links(table("?sort=planned_value"))[0] == poverty.pk


@pytest.mark.parametrize(
    "column",
    [
        "unit",
        "province",
        "period",
        "theme",
        "indicator",
        "planned_value",
        "achieved_value",
        "measure_unit",
        "completion",
        "status",
        "review_state",
    ],
)
def test_every_column_sorts_in_the_database(table, many_targets, column):
    assert len(target_links(table(f"?sort={column}"))) == 25
    assert len(target_links(table(f"?sort=-{column}"))) == 25


def test_it_paginates(table, many_targets):
    first, third = table(), table("?page=3")
    assert len(target_links(first)) == 25
    assert len(target_links(third)) == 63 - 50
    assert not set(target_links(first)) & set(target_links(third))


def test_it_offers_the_exports_of_the_filtered_rows(table, targets):
    page = table("?status=met&page=2")
    assert 'href="?status=met&amp;_export=csv"' in page
    assert 'href="?status=met&amp;_export=xlsx"' in page
    assert 'href="?status=met&amp;_export=json"' in page


def test_it_writes_ranges_and_vietnamese_numbers(table, resolution):
    Target.objects.create(
        resolution=resolution,
        theme_id="social",
        indicator="tỷ lệ hộ nghèo giảm",
        planned_value=Decimal(1),
        planned_value_max=Decimal("1.5"),
        measure_unit="%",
    )
    assert "1 – 1,5" in table()


def test_editors_get_an_edit_column(editor_client, targets):
    page = editor_client.get("/targets/").content.decode()
    assert f'href="/admin/tracker/target/{targets[0].pk}/change/"' in page


def test_it_sends_anonymous_visitors_to_the_login(client, db):
    assert client.get("/targets/").status_code == 302
    assert client.get("/targets/?_export=csv").status_code == 302


def test_its_query_count_does_not_grow_with_the_number_of_targets(editor_client, targets):
    with CaptureQueriesContext(connection) as few:
        editor_client.get("/targets/?q=lach&sort=-completion")
    add_targets(targets[0].resolution, 300)
    with CaptureQueriesContext(connection) as many:
        editor_client.get("/targets/?q=lach&sort=-completion")
    assert len(many) == len(few)


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, province, django_assert_max_num_queries):
    with django_assert_max_num_queries(11):
        assert editor_client.get(f"/targets/?province={province.pk}&sort=-completion&page=2").status_code == 200
