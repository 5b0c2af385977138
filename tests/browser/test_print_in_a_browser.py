"""Printing a district or resolution page on A4: no navigation, every column on the page, a header with unit,
period and date."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

A4_WIDTH_PX = 794  # 210 mm at 96 px per inch


def sign_in(page, base: str, next_url: str) -> None:
    page.goto(base + next_url)
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(base + next_url + "*")


def test_a_printed_page_has_no_navigation_every_column_and_a_header(
    browser_page, live_server, showcase, editor_user, tmp_path
):
    page, base = browser_page, live_server.url
    resolution = showcase[0].resolution
    page.set_viewport_size({"width": A4_WIDTH_PX, "height": 1123})
    sign_in(page, base, resolution.unit.get_absolute_url())
    for url in (resolution.unit.get_absolute_url(), resolution.get_absolute_url()):
        page.goto(base + url)
        page.emulate_media(media="print")

        assert not page.locator(".site-header").is_visible()
        assert not page.locator(".page-actions").is_visible()
        header = page.locator(".print-header")
        assert header.is_visible() and "Huyện Chợ Lách" in header.inner_text() and "in ngày" in header.inner_text()
        table = page.locator("table.targets-by-theme")
        status = table.locator("thead th").last
        assert status.inner_text() == "Tình trạng" and status.is_visible()
        box = status.bounding_box()
        assert box["x"] + box["width"] <= A4_WIDTH_PX, box  # the last column is on the page
        page.emulate_media(media="screen")
    page.pdf(path=str(tmp_path / "resolution.pdf"), format="A4")
    assert (tmp_path / "resolution.pdf").stat().st_size > 10_000
