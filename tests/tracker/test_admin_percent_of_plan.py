"""Editing an achieved value in the admin recomputes its share of the plan, so completion follows the new value."""

from decimal import Decimal

import pytest
from django.urls import reverse

from tracker.models import Achievement, ReviewState

pytestmark = pytest.mark.django_db


@pytest.fixture
def read_result(targets) -> Achievement:
    """'Kết nạp 62/60 đảng viên, đạt 103% NQ.' as read from an article."""
    members = targets[0]
    achievement = members.achievements.get()
    Achievement.objects.filter(pk=achievement.pk).update(
        percent_of_plan=Decimal("103.33"), source=Achievement.Source.ARTICLE
    )
    achievement.refresh_from_db()
    return achievement


def change_url(achievement) -> str:
    return reverse("admin:tracker_achievement_change", args=[achievement.pk])


def test_a_new_value_gets_its_own_share_of_the_plan(client, editor_user, read_result, admin_form_data):
    client.force_login(editor_user)
    data = admin_form_data(client, change_url(read_result))
    data["value"] = "45"

    assert client.post(change_url(read_result), data).status_code == 302

    read_result.refresh_from_db()
    assert read_result.percent_of_plan == Decimal("75.00")  # 45 of the plan of 60
    target = read_result.target
    target.refresh_from_db()
    assert target.status == "not_met" and target.completion == Decimal("0.75")


def test_a_share_staff_typed_with_the_value_is_kept(client, editor_user, read_result, admin_form_data):
    client.force_login(editor_user)
    data = admin_form_data(client, change_url(read_result))
    data.update(value="45", percent_of_plan="80")

    client.post(change_url(read_result), data)

    read_result.refresh_from_db()
    assert read_result.percent_of_plan == Decimal("80.00")


def test_the_plan_as_reported_is_the_measure_when_there_is_one(client, editor_user, read_result, admin_form_data):
    Achievement.objects.filter(pk=read_result.pk).update(planned_value=Decimal(50))
    client.force_login(editor_user)
    data = admin_form_data(client, change_url(read_result))
    data["value"] = "45"

    client.post(change_url(read_result), data)

    read_result.refresh_from_db()
    assert read_result.percent_of_plan == Decimal("90.00")


def test_the_target_page_inline_recomputes_it_too(client, editor_user, read_result, admin_form_data):
    url = reverse("admin:tracker_target_change", args=[read_result.target_id])
    client.force_login(editor_user)
    data = admin_form_data(client, url)
    data["achievements-0-value"] = "30"

    assert client.post(url, data).status_code == 302

    read_result.refresh_from_db()
    assert read_result.percent_of_plan == Decimal("50.00") and read_result.review_state == ReviewState.CONFIRMED
