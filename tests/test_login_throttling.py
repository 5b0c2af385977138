"""Login throttling (django-axes): wrong passwords lock the account from that address, in Vietnamese."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

pytestmark = pytest.mark.django_db

RIGHT = "a-long-real-password-8317"


@pytest.fixture
def staff(db) -> User:
    return User.objects.create_user("chanh.vp", password=RIGHT, is_staff=True)


def log_in(client, password: str, username: str = "chanh.vp", address: str = "203.0.113.7"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def test_the_right_password_is_refused_after_too_many_wrong_ones(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong")

    response = log_in(client, RIGHT)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_forty_wrong_passwords_at_speed_never_let_the_right_one_in(client, staff):
    for _ in range(40):
        log_in(client, "wrong")

    assert log_in(client, RIGHT).status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_says_so_in_vietnamese_in_the_site_layout(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(client, "wrong")

    page = response.content.decode()
    assert response.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in page
    assert "thử lại sau 15 phút" in page
    assert 'class="site-header"' in page


def test_a_few_typos_then_the_right_password_log_in(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong")

    response = log_in(client, RIGHT)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_a_colleague_in_the_same_office_is_not_locked_out(client, staff, settings):
    User.objects.create_user("van.thu", password=RIGHT, is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        log_in(client, "wrong")

    assert log_in(client, RIGHT, username="van.thu").status_code == 302


def test_the_lock_ends_after_the_cool_off(client, staff, settings):
    from axes.models import AccessAttempt
    from django.utils import timezone

    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong")
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME * 2)

    assert log_in(client, RIGHT).status_code == 302


def test_behind_a_trusted_proxy_the_client_address_is_the_one_the_proxy_appended(rf, settings):
    from config.auth import client_ip

    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "198.51.100.9"  # what the client wrote itself ("1.2.3.4") is ignored
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"
