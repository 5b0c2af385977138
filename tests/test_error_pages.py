"""404 and 500 pages: in Vietnamese, in the site's layout (English one click away)."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_address_gets_the_vietnamese_404_page_in_the_site_layout(client, settings):
    settings.DEBUG = False

    response = client.get("/khong-co-trang-nay/")

    page = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy trang" in page and 'class="site-header"' in page
    assert "Not Found" not in page


def test_an_unknown_district_gets_the_same_page(client, settings, viewer_user):
    settings.DEBUG = False
    client.force_login(viewer_user)

    response = client.get("/districts/khong-co/")

    assert response.status_code == 404 and "Không tìm thấy trang" in response.content.decode()


def test_the_404_page_reads_english_after_switching(client, settings):
    settings.DEBUG = False
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    assert "Page not found" in client.get("/khong-co-trang-nay/").content.decode()


def test_a_server_error_gets_the_vietnamese_500_page_in_the_site_layout(client, settings, viewer_user, monkeypatch):
    from tracker import selectors

    settings.DEBUG = False
    client.raise_request_exception = False
    client.force_login(viewer_user)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(selectors, "overview_cached", broken)

    response = client.get("/")

    page = response.content.decode()
    assert response.status_code == 500
    assert "Lỗi máy chủ" in page and 'class="site-header"' in page
    assert "Server Error (500)" not in page
