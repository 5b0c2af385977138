"""Who may see and change what in the admin: viewers read, editors change, others see nothing."""

import pytest
from django.urls import reverse

from tracker.models import Target

pytestmark = pytest.mark.django_db

TRACKER_MODELS = ["unit", "theme", "resolution", "target", "achievement", "scorecard"]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, targets):
    response = client.get(reverse("admin:tracker_target_changelist"))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


@pytest.mark.parametrize("model", TRACKER_MODELS)
def test_a_viewer_can_open_every_tracker_list(client, viewer_user, targets, scorecard, model):
    client.force_login(viewer_user)

    assert client.get(reverse(f"admin:tracker_{model}_changelist")).status_code == 200


def test_a_viewer_sees_a_target_without_a_save_button_or_review_actions(client, viewer_user, targets):
    client.force_login(viewer_user)

    page = client.get(reverse("admin:tracker_target_change", args=[targets[0].pk])).content.decode()
    changelist = client.get(reverse("admin:tracker_target_changelist")).content.decode()

    assert 'name="_save"' not in page
    assert "phát triển đảng viên mới" in page
    assert "mark_confirmed" not in changelist


def test_a_viewer_cannot_change_a_target(client, viewer_user, admin_user, targets, admin_form_data):
    members = targets[0]
    url = reverse("admin:tracker_target_change", args=[members.pk])
    client.force_login(admin_user)
    data = admin_form_data(client, url)
    data["planned_value"] = "1"
    client.force_login(viewer_user)

    response = client.post(url, data)

    assert response.status_code == 403
    members.refresh_from_db()
    assert members.planned_value == 60


def test_a_viewer_cannot_run_the_review_actions(client, viewer_user, targets):
    client.force_login(viewer_user)

    client.post(
        reverse("admin:tracker_target_changelist"), {"action": "mark_rejected", "_selected_action": [targets[0].pk]}
    )

    assert Target.objects.get(pk=targets[0].pk).review_state == "confirmed"


def test_a_viewer_may_read_the_history_of_a_target(client, viewer_user, targets):
    client.force_login(viewer_user)

    assert client.get(reverse("admin:tracker_target_history", args=[targets[0].pk])).status_code == 200


def test_an_editor_can_change_an_achievement(client, editor_user, targets, admin_form_data):
    achievement = targets[0].achievements.get()
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    client.force_login(editor_user)
    data = admin_form_data(client, url)
    data["value"] = "90"

    response = client.post(url, data)

    assert response.status_code == 302
    achievement.refresh_from_db()
    assert achievement.value == 90


def test_an_editor_cannot_delete_a_target(client, editor_user, targets):
    client.force_login(editor_user)

    response = client.post(reverse("admin:tracker_target_delete", args=[targets[0].pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Target.objects.filter(pk=targets[0].pk).exists()


def test_a_staff_user_without_a_role_cannot_see_tracker_models(client, staff_without_role, targets):
    client.force_login(staff_without_role)

    index = client.get(reverse("admin:index")).content.decode()

    assert reverse("admin:tracker_target_changelist") not in index
    for model in TRACKER_MODELS:
        assert client.get(reverse(f"admin:tracker_{model}_changelist")).status_code == 403
    assert client.get(reverse("admin:tracker_target_change", args=[targets[0].pk])).status_code == 403
