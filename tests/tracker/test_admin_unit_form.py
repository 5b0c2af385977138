"""Opening a unit in the admin: every role that may see units gets the page, not a server error."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", ["viewer_user", "editor_user", "admin_user"])
def test_every_role_can_open_a_unit_in_the_admin(client, request, district, who):
    client.force_login(request.getfixturevalue(who))

    response = client.get(reverse("admin:tracker_unit_change", args=[district.pk]))

    assert response.status_code == 200
    assert "Chợ Lách" in response.content.decode()


def test_a_viewer_sees_a_unit_without_a_save_button(client, viewer_user, district):
    client.force_login(viewer_user)

    page = client.get(reverse("admin:tracker_unit_change", args=[district.pk])).content.decode()

    assert 'name="_save"' not in page


def test_an_admin_adding_a_unit_may_leave_the_official_name_empty(client, admin_user, province):
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:tracker_unit_add"),
        {
            "short_name": "Giồng Trôm Mới",
            "name": "",
            "kind": "huyen",
            "system": "2019",
            "parent": province.pk,
            "slug": "giong-trom-moi",
            "origin": "added",
            "code": "",
        },
    )

    assert response.status_code == 302
    from tracker.models import Unit

    assert Unit.objects.get(slug="giong-trom-moi").name == "Huyện Giồng Trôm Mới"
