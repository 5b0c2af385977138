"""Content-Security-Policy: every page sends one, and no page needs an inline script to work."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def pages(targets, article, district) -> list[str]:
    members = targets[0]
    return [
        "/",
        f"/districts/{district.slug}/",
        f"/resolutions/{members.resolution_id}/",
        f"/targets/{members.pk}/",
        "/targets/",
        "/themes/party/",
        f"/articles/{article.pk}/",
        "/search/?q=cho",
        reverse("admin:index"),
        reverse("admin:tracker_target_change", args=[members.pk]),
        reverse("admin:tracker_target_changelist"),
        reverse("extraction:upload"),
    ]


def test_every_page_sends_a_policy_that_allows_scripts_only_from_the_site(client, admin_user, pages):
    client.force_login(admin_user)
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        assert directives["script-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_no_page_holds_an_inline_script_or_event_handler(client, admin_user, pages):
    client.force_login(admin_user)
    for url in pages:
        page = client.get(url).content.decode()
        assert not INLINE_SCRIPT.findall(page), url
        assert not EVENT_HANDLER.findall(page), (url, EVENT_HANDLER.findall(page)[:3])


def test_the_login_and_error_pages_send_it_too(client, settings):
    settings.DEBUG = False

    assert "script-src 'self'" in client.get(reverse("admin:login"))["Content-Security-Policy"]
    assert "script-src 'self'" in client.get("/khong-co/")["Content-Security-Policy"]
