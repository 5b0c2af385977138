"""A stale admin form never undoes a colleague's decision: the conflict is detected, their change kept, the editor told."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from extraction.services import extraction_reject
from tests.admin_forms import form_data
from tracker.models import ReviewState, Target

pytestmark = pytest.mark.django_db


def target_url(target: Target) -> str:
    return reverse("admin:tracker_target_change", args=[target.pk])


@pytest.fixture
def colleague(db, editor_user) -> Client:
    """Editor B, in another browser."""
    other = User.objects.create_user("bien.tap.2", password="pass-123-xyz", is_staff=True)
    other.groups.set(editor_user.groups.all())
    client = Client()
    client.force_login(other)
    return client


@pytest.fixture
def extracted(targets) -> Target:
    members = targets[0]
    Target.objects.filter(pk=members.pk).update(review_state=ReviewState.EXTRACTED)
    return Target.objects.get(pk=members.pk)


def test_a_stale_form_does_not_undo_a_rejection_and_says_who_made_it(
    client, editor_user, colleague, extracted, admin_form_data
):
    client.force_login(editor_user)
    stale = admin_form_data(client, target_url(extracted))  # A opens the target
    colleague.post(reverse("extraction:item_review", args=["target", extracted.pk, "reject"]))  # B rejects it
    stale["planned_value"] = "65"

    response = client.post(target_url(extracted), stale)  # A saves the old form

    extracted.refresh_from_db()
    assert response.status_code == 200  # the form again, not a redirect
    assert extracted.review_state == ReviewState.REJECTED and extracted.planned_value == 60
    page = response.content.decode()
    assert "bien.tap.2" in page
    form = response.context["adminform"].form
    assert form["review_state"].value() == ReviewState.REJECTED  # B's decision is what the form shows now


def test_saving_again_after_the_warning_keeps_the_colleagues_decision(
    client, editor_user, colleague, extracted, admin_form_data
):
    client.force_login(editor_user)
    stale = admin_form_data(client, target_url(extracted))
    colleague.post(reverse("extraction:item_review", args=["target", extracted.pk, "reject"]))
    stale["planned_value"] = "65"
    warned = client.post(target_url(extracted), stale)
    again = form_data(warned.context["adminform"].form)
    again.update({k: v for k, v in stale.items() if k not in again})

    response = client.post(target_url(extracted), again)

    extracted.refresh_from_db()
    assert response.status_code == 302
    assert extracted.planned_value == 65  # A's own edit, knowingly saved
    assert extracted.review_state == ReviewState.REJECTED  # B's rejection kept


def test_a_stale_target_page_does_not_overwrite_a_result_a_colleague_changed(
    client, editor_user, colleague, targets, admin_form_data
):
    members = targets[0]
    achievement = members.achievements.get()
    client.force_login(editor_user)
    stale = admin_form_data(client, target_url(members))
    achievement_url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    fresh = admin_form_data(colleague, achievement_url)
    fresh["value"] = "70"
    assert colleague.post(achievement_url, fresh).status_code == 302  # B corrects the value
    stale["planned_value"] = "61"

    response = client.post(target_url(members), stale)

    achievement.refresh_from_db()
    members.refresh_from_db()
    assert response.status_code == 200
    assert achievement.value == 70 and members.planned_value == 60


def test_a_form_nobody_else_touched_saves_as_before(client, editor_user, extracted, admin_form_data):
    client.force_login(editor_user)
    data = admin_form_data(client, target_url(extracted))
    data["planned_value"] = "65"

    assert client.post(target_url(extracted), data).status_code == 302
    extracted.refresh_from_db()
    assert extracted.planned_value == 65 and extracted.review_state == ReviewState.CONFIRMED


def test_editing_a_rejected_target_leaves_it_rejected(client, editor_user, extracted, admin_form_data):
    extraction_reject(item=extracted, user=editor_user)
    client.force_login(editor_user)
    data = admin_form_data(client, target_url(extracted))
    data["indicator"] = "phát triển đảng viên mới (sửa)"

    assert client.post(target_url(extracted), data).status_code == 302
    extracted.refresh_from_db()
    assert extracted.review_state == ReviewState.REJECTED
