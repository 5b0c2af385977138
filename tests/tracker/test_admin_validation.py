"""Bad input in the admin forms: a clear Vietnamese message, and nothing saved."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tracker.models import Achievement, Resolution, Scorecard, Target, Unit

pytestmark = pytest.mark.django_db


def errors_of(response) -> list[str]:
    """Every error message the admin page shows, form and inline rows alike."""
    assert response.status_code == 200, "the form should be shown again, not saved"
    adminform = response.context["adminform"]
    messages = [str(m) for errors in adminform.form.errors.values() for m in errors]
    for inline in response.context["inline_admin_formsets"]:
        for form_errors in inline.formset.errors:
            messages += [str(m) for errors in form_errors.values() for m in errors]
        messages += [str(m) for m in inline.formset.non_form_errors()]
    return messages


@pytest.fixture
def as_editor(client, editor_user):
    client.force_login(editor_user)
    return client


@pytest.fixture
def as_admin(client, admin_user):
    client.force_login(admin_user)
    return client


def post_target(client, admin_form_data, target: Target, **changes) -> list[str]:
    url = reverse("admin:tracker_target_change", args=[target.pk])
    data = admin_form_data(client, url) | changes
    return errors_of(client.post(url, data))


def post_achievement(client, admin_form_data, achievement: Achievement, **changes) -> list[str]:
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    data = admin_form_data(client, url) | changes
    return errors_of(client.post(url, data))


def add_resolution(client, admin_form_data, unit: Unit, **values) -> list[str]:
    url = reverse("admin:tracker_resolution_add")
    data = admin_form_data(client, url) | {"unit": unit.pk} | values
    return errors_of(client.post(url, data))


def test_a_negative_planned_value_is_refused(as_editor, admin_form_data, targets):
    assert post_target(as_editor, admin_form_data, targets[0], planned_value="-5") == [
        "Giá trị kế hoạch không được âm."
    ]
    assert Target.objects.get(pk=targets[0].pk).planned_value == 60


def test_a_planned_value_that_is_not_a_number_is_refused(as_editor, admin_form_data, targets):
    assert post_target(as_editor, admin_form_data, targets[0], planned_value="sáu mươi") == [
        "Nhập một số, ví dụ 1.400 hoặc 59,9."
    ]


def test_numbers_are_typed_the_vietnamese_way(as_editor, admin_form_data, targets):
    url = reverse("admin:tracker_target_change", args=[targets[0].pk])
    data = admin_form_data(as_editor, url) | {"planned_value": "1.400", "planned_value_max": "1.450,5"}

    assert as_editor.post(url, data).status_code == 302

    target = Target.objects.get(pk=targets[0].pk)
    assert (target.planned_value, target.planned_value_max) == (Decimal(1400), Decimal("1450.5"))


def test_a_range_whose_maximum_is_below_its_minimum_is_refused(as_editor, admin_form_data, targets):
    poverty = targets[1]
    assert post_target(as_editor, admin_form_data, poverty, planned_value="1,5", planned_value_max="1") == [
        "Giá trị tối đa của khoảng không được nhỏ hơn giá trị tối thiểu."
    ]
    assert Target.objects.get(pk=poverty.pk).planned_value == 4


def test_a_deadline_year_outside_1945_to_2100_is_refused(as_editor, admin_form_data, targets):
    assert post_target(as_editor, admin_form_data, targets[0], deadline_year="2200") == [
        "Năm phải nằm trong khoảng 1945–2100."
    ]


def test_a_negative_achieved_value_is_refused(as_editor, admin_form_data, targets):
    achievement = targets[0].achievements.get()
    assert post_achievement(as_editor, admin_form_data, achievement, value="-1") == ["Giá trị đạt được không được âm."]
    assert Achievement.objects.get(pk=achievement.pk).value == 62


def test_a_negative_percentage_of_the_plan_is_refused(as_editor, admin_form_data, targets):
    achievement = targets[0].achievements.get()
    assert post_achievement(as_editor, admin_form_data, achievement, percent_of_plan="-20") == [
        "Tỷ lệ phần trăm so với kế hoạch không được âm."
    ]


def test_an_achieved_value_that_is_not_a_number_is_refused(as_editor, admin_form_data, targets):
    achievement = targets[0].achievements.get()
    assert post_achievement(as_editor, admin_form_data, achievement, value="nhiều") == [
        "Nhập một số, ví dụ 1.400 hoặc 59,9."
    ]


def test_an_achievement_needs_a_value_or_a_percentage(as_editor, admin_form_data, targets):
    achievement = targets[0].achievements.get()
    assert post_achievement(as_editor, admin_form_data, achievement, value="", percent_of_plan="") == [
        "Nhập giá trị đạt được hoặc tỷ lệ phần trăm so với kế hoạch."
    ]


def test_a_negative_value_in_the_achievements_inline_saves_nothing(as_editor, admin_form_data, targets):
    income = targets[2]
    url = reverse("admin:tracker_target_change", args=[income.pk])
    data = admin_form_data(as_editor, url) | {
        "indicator": "thu nhập bình quân đầu người (đã sửa)",
        "achievements-0-as_of": "2021-12-31",
        "achievements-0-value": "-61",
    }

    assert errors_of(as_editor.post(url, data)) == ["Giá trị đạt được không được âm."]
    assert not income.achievements.exists()
    assert Target.objects.get(pk=income.pk).indicator == "thu nhập bình quân đầu người"


def test_a_term_ending_before_it_starts_is_refused(as_admin, admin_form_data, district):
    errors = add_resolution(as_admin, admin_form_data, district, kind="term", start_year="2025", end_year="2020")
    assert errors == ["Nhiệm kỳ không thể kết thúc trước khi bắt đầu."]
    assert not Resolution.objects.exists()


def test_an_annual_resolution_whose_last_year_differs_is_refused(as_admin, admin_form_data, district):
    errors = add_resolution(as_admin, admin_form_data, district, kind="annual", start_year="2021", end_year="2022")
    assert errors == ["Nghị quyết năm chỉ gồm một năm: năm cuối phải bằng năm của nghị quyết."]
    assert not Resolution.objects.exists()


def test_an_annual_resolution_may_leave_its_last_year_empty(as_admin, admin_form_data, district):
    url = reverse("admin:tracker_resolution_add")
    data = admin_form_data(as_admin, url) | {"unit": district.pk, "kind": "annual", "start_year": "2022"}

    assert as_admin.post(url, data).status_code == 302
    assert Resolution.objects.get().end_year == 2022


@pytest.mark.parametrize("year", ["1900", "2101"])
def test_a_resolution_year_outside_1945_to_2100_is_refused(as_admin, admin_form_data, district, year):
    errors = add_resolution(as_admin, admin_form_data, district, kind="annual", start_year=year)
    assert errors == ["Năm phải nằm trong khoảng 1945–2100."]
    assert not Resolution.objects.exists()


def test_a_year_that_is_not_a_number_is_refused(as_admin, admin_form_data, district):
    errors = add_resolution(as_admin, admin_form_data, district, kind="annual", start_year="năm ngoái")
    assert errors == ["Nhập năm gồm bốn chữ số, ví dụ 2021."]


def test_a_scorecard_with_more_targets_met_than_in_all_is_refused(as_editor, admin_form_data, scorecard):
    url = reverse("admin:tracker_scorecard_change", args=[scorecard.pk])
    data = admin_form_data(as_editor, url) | {"met_or_exceeded": "26", "exceeded": ""}

    assert errors_of(as_editor.post(url, data)) == ["Số chỉ tiêu đạt lớn hơn tổng số chỉ tiêu."]
    assert Scorecard.objects.get(pk=scorecard.pk).met_or_exceeded == 19


def test_a_scorecard_whose_counts_add_up_to_more_than_the_total_is_refused(as_editor, admin_form_data, scorecard):
    url = reverse("admin:tracker_scorecard_change", args=[scorecard.pk])
    data = admin_form_data(as_editor, url) | {"nearly_met": "4", "not_met": "3"}

    assert errors_of(as_editor.post(url, data)) == [
        "Số chỉ tiêu đạt, xấp xỉ đạt và chưa đạt cộng lại lớn hơn tổng số chỉ tiêu."
    ]


def test_a_negative_count_of_targets_is_refused(as_editor, admin_form_data, scorecard):
    url = reverse("admin:tracker_scorecard_change", args=[scorecard.pk])
    data = admin_form_data(as_editor, url) | {"not_met": "-1"}

    assert errors_of(as_editor.post(url, data)) == ["Số chỉ tiêu không được âm."]


def test_a_unit_cannot_stop_existing_before_it_starts(as_admin, admin_form_data, district):
    url = reverse("admin:tracker_unit_change", args=[district.pk])
    data = admin_form_data(as_admin, url) | {"valid_from": "2020-01-01", "valid_to": "2019-12-31"}

    assert errors_of(as_admin.post(url, data)) == ["Ngày hết tồn tại không được trước ngày bắt đầu tồn tại."]
    assert Unit.objects.get(pk=district.pk).valid_from is None


def test_a_district_must_belong_to_a_province(as_admin, admin_form_data, province):
    url = reverse("admin:tracker_unit_add")
    data = admin_form_data(as_admin, url) | {
        "short_name": "Giồng Trôm",
        "kind": "huyen",
        "system": "2019",
        "slug": "giong-trom-ben-tre",
    }

    assert errors_of(as_admin.post(url, data)) == ["Chọn tỉnh mà đơn vị này trực thuộc."]


def test_a_unit_added_by_staff_gets_its_official_name_and_is_marked_as_added(as_admin, admin_form_data, province):
    url = reverse("admin:tracker_unit_add")
    data = admin_form_data(as_admin, url) | {
        "short_name": "Giồng Trôm",
        "kind": "huyen",
        "system": "2019",
        "slug": "giong-trom-ben-tre",
        "parent": province.pk,
    }

    assert as_admin.post(url, data).status_code == 302
    unit = Unit.objects.get(slug="giong-trom-ben-tre")
    assert (unit.name, unit.origin, unit.level) == ("Huyện Giồng Trôm", "added", Unit.Level.DISTRICT)


def test_messages_are_in_english_for_an_english_browser(as_editor, admin_form_data, targets, settings):
    # The whole visit is in English: dates in the form are written and read the English way.
    as_editor.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("admin:tracker_target_change", args=[targets[0].pk])
    data = admin_form_data(as_editor, url) | {"planned_value": "-5"}

    response = as_editor.post(url, data)

    assert errors_of(response) == ["The planned value cannot be negative."]


def test_the_default_date_input_is_kept_as_entered(as_editor, admin_form_data, targets):
    achievement = targets[0].achievements.get()
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    data = admin_form_data(as_editor, url) | {"as_of": "2021-06-30"}

    assert as_editor.post(url, data).status_code == 302
    assert Achievement.objects.get(pk=achievement.pk).as_of == datetime.date(2021, 6, 30)
