"""The admin lists: Vietnamese labels and numbers, coloured statuses, filters and folded search."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tracker.models import Achievement, Resolution, ReviewState, Target, Unit

pytestmark = pytest.mark.django_db

TARGETS = reverse("admin:tracker_target_changelist")


@pytest.fixture
def as_admin(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def mo_cay_target(other_district) -> Target:
    resolution = Resolution.objects.create(unit=other_district, kind="annual", start_year=2023, end_year=2023)
    target = Target.objects.create(
        resolution=resolution,
        theme_id="rural",
        indicator="xây dựng xã đạt chuẩn NTMNC",
        planned_value=Decimal(5),
        measure_unit="xã",
        review_state=ReviewState.EXTRACTED,
    )
    Achievement.objects.create(target=target, value=Decimal(1400), as_of=datetime.date(2023, 12, 31))
    target.refresh_from_db()
    return target


def listed(response) -> set[str]:
    return {str(obj) for obj in response.context["cl"].result_list}


@pytest.mark.parametrize("model", ["unit", "theme", "resolution", "target", "achievement", "scorecard"])
def test_every_tracker_model_has_an_admin_list(as_admin, targets, scorecard, model):
    assert as_admin.get(reverse(f"admin:tracker_{model}_changelist")).status_code == 200


def test_the_admin_speaks_vietnamese_by_default(as_admin, targets):
    index = as_admin.get(reverse("admin:index")).content.decode()
    targets_page = as_admin.get(TARGETS).content.decode()

    assert "Theo dõi nghị quyết" in index
    assert "Kết quả thực hiện" in index  # achievements
    assert "Chọn chỉ tiêu để thay đổi" in targets_page
    assert "tình trạng" in targets_page and "loại nghị quyết" in targets_page  # filters


def test_the_admin_reads_vietnamese_to_an_english_browser_until_english_is_chosen(as_admin, targets, settings):
    assert "Theo dõi nghị quyết" in as_admin.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    as_admin.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    index = as_admin.get(reverse("admin:index")).content.decode()

    assert "Resolution tracker" in index and "Achievements" in index


def test_the_target_list_shows_plan_achieved_completion_and_status_in_vietnamese(as_admin, targets, mo_cay_target):
    Achievement.objects.create(target=targets[2], value=Decimal("59.9"), as_of=datetime.date(2021, 12, 31))

    page = as_admin.get(TARGETS).content.decode()

    assert "1.400" in page and "28.000%" in page  # 1,400 communes of 5 planned
    assert "59,9" in page and "99,8%" in page
    assert "60.0000" not in page and ">60<" in page
    assert "Xấp xỉ đạt" in page and "#f9a825" in page  # nearly met, in amber
    assert "Vượt" in page and "Chưa đạt" in page
    assert "Trích xuất, chờ duyệt" in page


def test_the_target_list_shows_english_numbers_once_english_is_chosen(as_admin, mo_cay_target, settings):
    as_admin.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = as_admin.get(TARGETS).content.decode()

    assert "1,400" in page and "Exceeded" in page


def test_a_range_target_shows_both_bounds(as_admin, resolution):
    Target.objects.create(
        resolution=resolution,
        theme_id="social",
        indicator="giảm tỷ lệ hộ nghèo",
        planned_value=Decimal(1),
        planned_value_max=Decimal("1.5"),
        measure_unit="%",
    )

    assert "1 – 1,5" in as_admin.get(TARGETS).content.decode()


@pytest.mark.parametrize("term", ["cho lach", "CHO LÁCH", "Chợ Lách", "ben tre cho"])
def test_searching_targets_ignores_diacritics_and_case(as_admin, targets, mo_cay_target, term):
    response = as_admin.get(TARGETS, {"q": term})

    assert listed(response) == {str(t) for t in targets}


def test_searching_targets_matches_the_indicator(as_admin, targets, mo_cay_target):
    assert listed(as_admin.get(TARGETS, {"q": "dang vien"})) == {"phát triển đảng viên mới"}
    assert listed(as_admin.get(TARGETS, {"q": "ntmnc mo cay"})) == {"xây dựng xã đạt chuẩn NTMNC"}


def test_searching_units_ignores_diacritics(as_admin, district, other_district):
    response = as_admin.get(reverse("admin:tracker_unit_changelist"), {"q": "cho lach"})

    assert [u.pk for u in response.context["cl"].result_list] == [district.pk]


def test_the_unit_autocomplete_ignores_diacritics(as_admin, district, other_district):
    response = as_admin.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "tracker",
            "model_name": "resolution",
            "field_name": "unit",
            "term": "cho lach",
        },
    )

    assert [r["text"] for r in response.json()["results"]] == ["Huyện Chợ Lách (Bến Tre)"]


def test_the_autocomplete_for_a_units_province_only_offers_provinces(as_admin, district, province):
    response = as_admin.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "tracker",
            "model_name": "unit",
            "field_name": "parent",
            "term": "ben tre",
        },
    )

    assert [r["id"] for r in response.json()["results"]] == [str(province.pk)]


def test_searching_resolutions_by_unit_number_or_year(as_admin, resolution, term_resolution, mo_cay_target):
    Resolution.objects.filter(pk=resolution.pk).update(number="08-NQ/HU")
    url = reverse("admin:tracker_resolution_changelist")

    assert {r.pk for r in as_admin.get(url, {"q": "08-nq"}).context["cl"].result_list} == {resolution.pk}
    assert {r.pk for r in as_admin.get(url, {"q": "cho lach 2024"}).context["cl"].result_list} == {term_resolution.pk}


def test_targets_filter_by_province_district_period_theme_status_and_review(
    as_admin, targets, mo_cay_target, district, province
):
    def ids(**params):
        return {t.pk for t in as_admin.get(TARGETS, params).context["cl"].result_list}

    everything = {t.pk for t in targets} | {mo_cay_target.pk}
    assert ids(province=province.pk) == everything
    assert ids(district=district.pk) == {t.pk for t in targets}
    assert ids(year=2023) == {mo_cay_target.pk}
    assert ids(resolution__kind__exact="annual", year=2021) == {t.pk for t in targets}
    assert ids(theme__code__exact="party") == {targets[0].pk}
    assert ids(status__exact="no_data") == {targets[2].pk}
    assert ids(review_state__exact="extracted") == {mo_cay_target.pk}


def test_the_district_filter_offers_the_chosen_provinces_districts(as_admin, targets, mo_cay_target, province):
    response = as_admin.get(TARGETS, {"province": province.pk})

    district_filter = next(f for f in response.context["cl"].filter_specs if f.parameter_name == "district")
    assert [label for _, label in district_filter.lookup_choices] == [
        "Huyện Chợ Lách (Bến Tre)",
        "Huyện Mỏ Cày Nam (Bến Tre)",
    ]


def test_units_filter_by_structure_and_level(as_admin, district, province, new_province):
    url = reverse("admin:tracker_unit_changelist")

    after = as_admin.get(url, {"system__exact": Unit.System.FROM_2025}).context["cl"].result_list
    districts = as_admin.get(url, {"level__exact": Unit.Level.DISTRICT}).context["cl"].result_list

    assert [u.pk for u in after] == [new_province.pk]
    assert [u.pk for u in districts] == [district.pk]


def test_the_target_list_costs_the_same_queries_for_three_or_thirty_targets(as_admin, targets, resolution):
    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert as_admin.get(TARGETS).status_code == 200
        return len(context.captured_queries)

    few = queries()
    for n in range(27):
        target = Target.objects.create(
            resolution=resolution, theme_id="economy", indicator=f"chỉ tiêu {n}", planned_value=Decimal(n + 1)
        )
        Achievement.objects.create(target=target, value=Decimal(n), as_of=datetime.date(2021, 12, 31))

    assert queries() == few


@pytest.mark.parametrize("model", ["resolution", "achievement", "scorecard", "unit"])
def test_other_lists_cost_a_bounded_number_of_queries(
    as_admin, targets, scorecard, model, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        as_admin.get(reverse(f"admin:tracker_{model}_changelist"))
