"""Staff edit achieved values in the admin: confirmed, attributed, audited."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tracker.models import Achievement, ReviewState, Scorecard, Target

pytestmark = pytest.mark.django_db

PREFIX = "achievements"


def target_url(target: Target) -> str:
    return reverse("admin:tracker_target_change", args=[target.pk])


def new_achievement_row(data: dict, **values) -> dict:
    """Fill the blank inline row the target page offers for a new achieved value."""
    index = int(data[f"{PREFIX}-INITIAL_FORMS"])
    for name, value in values.items():
        data[f"{PREFIX}-{index}-{name}"] = value
    return data


def test_a_target_page_lists_its_achievements_newest_first_with_their_source_sentence(client, admin_user, targets):
    members = targets[0]
    Achievement.objects.create(
        target=members,
        value=Decimal(30),
        as_of=datetime.date(2021, 6, 30),
        period="h1",
        source=Achievement.Source.ARTICLE,
        sentence="Kết nạp 30 đảng viên mới, đạt 50% NQ.",
    )
    client.force_login(admin_user)

    response = client.get(target_url(members))

    forms = response.context["inline_admin_formsets"][0].formset.forms
    dates = [f.instance.as_of for f in forms if f.instance.pk]
    assert dates == [datetime.date(2021, 12, 31), datetime.date(2021, 6, 30)]
    assert "Kết nạp 30 đảng viên mới, đạt 50% NQ." in response.content.decode()


def test_an_achievement_added_on_the_target_page_is_the_staffs_and_updates_the_status(
    client, editor_user, targets, admin_form_data
):
    income = targets[2]
    client.force_login(editor_user)
    data = new_achievement_row(
        admin_form_data(client, target_url(income)),
        as_of="2021-12-31",
        period="year",
        value="61,5",
        review_state="confirmed",
    )

    response = client.post(target_url(income), data)

    assert response.status_code == 302
    achievement = income.achievements.get()
    assert achievement.value == Decimal("61.5")
    assert achievement.source == Achievement.Source.STAFF
    assert achievement.entered_by == editor_user
    income.refresh_from_db()
    assert income.status == "exceeded"
    assert income.achieved_value == Decimal("61.5")


def test_saving_an_extracted_target_in_the_admin_confirms_it(client, editor_user, targets, admin_form_data):
    members = targets[0]
    Target.objects.filter(pk=members.pk).update(review_state=ReviewState.EXTRACTED)
    client.force_login(editor_user)
    data = admin_form_data(client, target_url(members))
    data["planned_value"] = "65"

    client.post(target_url(members), data)

    members.refresh_from_db()
    assert members.review_state == ReviewState.CONFIRMED
    assert members.planned_value == Decimal(65)


def test_staff_can_still_reject_a_target_from_its_page(client, editor_user, targets, admin_form_data):
    members = targets[0]
    client.force_login(editor_user)
    data = admin_form_data(client, target_url(members))
    data["review_state"] = ReviewState.REJECTED

    client.post(target_url(members), data)

    members.refresh_from_db()
    assert members.review_state == ReviewState.REJECTED


def test_correcting_an_extracted_achievement_confirms_it_and_makes_it_the_staffs(
    client, editor_user, targets, admin_form_data
):
    members = targets[0]
    achievement = members.achievements.get()
    Achievement.objects.filter(pk=achievement.pk).update(
        source=Achievement.Source.ARTICLE, review_state=ReviewState.EXTRACTED, sentence="Kết nạp 62 đảng viên."
    )
    client.force_login(editor_user)
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    data = admin_form_data(client, url)
    data["value"] = "52"

    response = client.post(url, data)

    assert response.status_code == 302
    achievement.refresh_from_db()
    assert (achievement.value, achievement.review_state, achievement.source, achievement.entered_by) == (
        Decimal(52),
        ReviewState.CONFIRMED,
        Achievement.Source.STAFF,
        editor_user,
    )
    assert achievement.sentence == "Kết nạp 62 đảng viên."  # the provenance stays visible
    members.refresh_from_db()
    assert members.status == "not_met"


def test_an_edit_through_the_admin_shows_in_the_history_with_the_user_and_old_and_new_values(
    client, editor_user, targets, admin_form_data
):
    members = targets[0]
    achievement = members.achievements.get()
    client.force_login(editor_user)
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    data = admin_form_data(client, url)
    data["value"] = "1400"
    client.post(url, data)

    record = achievement.history.first()
    assert record.history_user == editor_user
    assert record.prev_record.value == Decimal(62) and record.value == Decimal(1400)

    page = client.get(reverse("admin:tracker_achievement_history", args=[achievement.pk])).content.decode()
    assert "Người sửa" in page and "editor" in page
    assert "62" in page and "1.400" in page and "&rarr;" in page


def test_a_target_edit_is_in_the_targets_history(client, admin_user, targets, admin_form_data):
    poverty = targets[1]
    client.force_login(admin_user)
    data = admin_form_data(client, target_url(poverty))
    data["planned_value"] = "3,5"
    client.post(target_url(poverty), data)

    page = client.get(reverse("admin:tracker_target_history", args=[poverty.pk])).content.decode()

    assert "admin" in page
    assert "Giá trị kế hoạch" in page and "4" in page and "3,5" in page


def test_a_resolution_page_shows_each_targets_latest_value_and_status_with_a_link_to_edit_it(
    client, admin_user, targets
):
    client.force_login(admin_user)

    page = client.get(reverse("admin:tracker_resolution_change", args=[targets[0].resolution_id])).content.decode()

    assert target_url(targets[0]) in page
    assert "62" in page and "103,3%" in page and "Vượt" in page
    assert "4,9" in page and "Chưa đạt" in page
    assert "Chưa có số liệu" in page


def test_marking_targets_confirmed_or_rejected_applies_to_the_selection(client, editor_user, targets):
    Target.objects.update(review_state=ReviewState.EXTRACTED)
    client.force_login(editor_user)
    url = reverse("admin:tracker_target_changelist")

    client.post(url, {"action": "mark_confirmed", "_selected_action": [targets[0].pk, targets[1].pk]})
    client.post(url, {"action": "mark_rejected", "_selected_action": [targets[2].pk]})

    states = dict(Target.objects.values_list("pk", "review_state"))
    assert states == {targets[0].pk: "confirmed", targets[1].pk: "confirmed", targets[2].pk: "rejected"}
    assert targets[2].history.first().history_user == editor_user


def test_rejecting_an_achievement_falls_back_to_the_previous_one(client, editor_user, targets):
    members = targets[0]
    older = Achievement.objects.create(target=members, value=Decimal(40), as_of=datetime.date(2021, 6, 30))
    newest = members.achievements.order_by("-as_of", "-id").first()
    client.force_login(editor_user)

    client.post(
        reverse("admin:tracker_achievement_changelist"), {"action": "mark_rejected", "_selected_action": [newest.pk]}
    )

    members.refresh_from_db()
    assert members.latest_achievement == older
    assert members.status == "not_met"


def test_marking_a_scorecard_confirmed(client, editor_user, scorecard):
    Scorecard.objects.filter(pk=scorecard.pk).update(review_state=ReviewState.EXTRACTED)
    client.force_login(editor_user)

    response = client.post(
        reverse("admin:tracker_scorecard_changelist"),
        {"action": "mark_confirmed", "_selected_action": [scorecard.pk]},
        follow=True,
    )

    scorecard.refresh_from_db()
    assert scorecard.review_state == ReviewState.CONFIRMED
    assert "Đã xác nhận 1 mục." in response.content.decode()


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_the_resolution_and_target_pages_cost_the_same_queries_however_many_rows(client, admin_user, targets):
    members = targets[0]
    resolution_url = reverse("admin:tracker_resolution_change", args=[members.resolution_id])
    client.force_login(admin_user)
    few = count_queries(client, resolution_url), count_queries(client, target_url(members))

    for n in range(20):
        extra = Target.objects.create(
            resolution=members.resolution, theme_id="economy", indicator=f"chỉ tiêu {n}", planned_value=Decimal(10)
        )
        Achievement.objects.create(target=extra, value=Decimal(n), as_of=datetime.date(2021, 12, 31))
        Achievement.objects.create(
            target=members, value=Decimal(n), as_of=datetime.date(2020, 1, 1 + n), entered_by=admin_user
        )

    assert (count_queries(client, resolution_url), count_queries(client, target_url(members))) == few


def test_the_history_page_is_in_vietnamese_without_stray_nones(client, admin_user, targets):
    client.force_login(admin_user)

    page = client.get(reverse("admin:tracker_target_history", args=[targets[0].pk])).content.decode()

    assert "Người sửa" in page and "Tạo mới" in page
    assert "None" not in page
