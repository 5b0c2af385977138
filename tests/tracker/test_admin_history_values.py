"""The change history shows an empty field as empty, not as "Deleted người dùng (pk=None)"."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tracker.models import Achievement

pytestmark = pytest.mark.django_db


def test_a_person_set_on_an_empty_field_reads_as_from_empty_to_that_person(
    client, admin_user, targets, admin_form_data
):
    achievement = Achievement.objects.create(target=targets[2], value=Decimal(50), as_of=datetime.date(2021, 12, 31))
    url = reverse("admin:tracker_achievement_change", args=[achievement.pk])
    client.force_login(admin_user)
    data = admin_form_data(client, url)
    data["value"] = "55"
    assert client.post(url, data).status_code == 302  # the staff edit sets "entered by"

    page = client.get(reverse("admin:tracker_achievement_history", args=[achievement.pk])).content.decode()

    assert "pk=None" not in page and "Deleted" not in page
    assert "admin" in page
