"""A member of staff signs in, reads a district in a real browser, filters and downloads, edits, and sees it."""

import csv
import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DISTRICT = "/districts/cho-lach-ben-tre/"


def sign_in(page, base: str, next_url: str) -> None:
    page.goto(base + next_url)
    assert "/admin/login/" in page.url  # the dashboard asks for a login
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(base + next_url)


def chart_texts(page, chart_id: str) -> list[str]:
    page.wait_for_selector(f"#{chart_id} svg.main-svg", state="attached")
    return page.locator(f"#{chart_id} svg text").all_text_contents()


def test_staff_read_filter_download_edit_and_see_the_change(
    browser_page, live_server, showcase, editor_user, screenshots, tmp_path
):
    page, base = browser_page, live_server.url
    members, poverty, income = showcase

    # Sign in and read the district: the completion chart is drawn by plotly.js from the static files.
    sign_in(page, base, DISTRICT)
    assert page.locator("h1").inner_text() == "Huyện Chợ Lách"
    assert page.locator("#completion-chart svg").count() > 0
    assert "81,6%" in chart_texts(page, "completion-chart")  # 4% poverty planned, 4,9% reached
    poverty_row = page.locator(f"#target-{poverty.pk}")
    assert "4,9" in poverty_row.inner_text() and "Chưa đạt" in poverty_row.inner_text()

    # The theme page compares districts; keep a picture of it.
    page.goto(base + "/themes/economy/")
    page.wait_for_selector("#theme-chart svg.main-svg", state="attached")
    assert "Huyện Mỏ Cày Nam · 2021 · thu nhập bình quân đầu người" in page.locator("#theme-chart").inner_text()
    page.screenshot(path=str(screenshots / "theme.png"), full_page=True)

    # Filter the targets table without diacritics, then download exactly those rows as CSV.
    page.goto(base + "/targets/")
    page.fill("#id_q", "ho ngheo")
    page.click("button:has-text('Lọc')")
    page.wait_for_url(re.compile(r".*q=ho\+ngheo.*"))
    assert page.locator("table.targets-table tbody tr").count() == 1
    with page.expect_download() as download_info:
        page.click("a:has-text('CSV')")
    path = tmp_path / "targets.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [row["Chỉ tiêu"] for row in rows] == ["tỷ lệ hộ nghèo còn"]
    assert rows[0]["Đạt được"] == "4.9"

    # Edit the achieved value in the admin: poverty down to 3,5% beats the 4% ceiling.
    page.goto(base + f"/admin/tracker/target/{poverty.pk}/change/")
    page.fill("input[name='achievements-0-value']", "3,5")
    page.click("input[name='_save']")
    page.wait_for_url(re.compile(r".*/admin/tracker/target/(\?.*)?$"))

    # The district page and its chart show the new value and status.
    page.goto(base + DISTRICT)
    poverty_row = page.locator(f"#target-{poverty.pk}")
    assert "3,5" in poverty_row.inner_text() and "Vượt" in poverty_row.inner_text()
    assert "114,3%" in chart_texts(page, "completion-chart")  # 4 / 3,5
    page.screenshot(path=str(screenshots / "district.png"), full_page=True)


def _every_page(showcase, article) -> list[str]:
    members = showcase[0]
    resolution = members.resolution
    unit = resolution.unit
    return [
        "/",
        DISTRICT,
        unit.parent.get_absolute_url(),
        resolution.get_absolute_url(),
        members.get_absolute_url(),
        "/targets/",
        "/themes/economy/",
        "/search/?q=cho+lach",
        f"/articles/{article.pk}/",
    ]


def test_status_is_in_sight_at_1366_px_and_no_page_is_wider_than_a_390_px_phone(
    browser_page, live_server, showcase, article, commune_resolution, editor_user
):
    page, base = browser_page, live_server.url
    sign_in(page, base, DISTRICT)
    page.set_viewport_size({"width": 1366, "height": 900})
    for url in (DISTRICT, "/targets/"):
        page.goto(base + url)
        status = page.locator("table.targets-table th:last-child, table.targets-by-theme thead th:last-child").first
        assert status.inner_text().strip() == "Tình trạng"
        box = status.bounding_box()
        assert box["x"] + box["width"] <= 1366, url
    page.set_viewport_size({"width": 390, "height": 844})
    pages = _every_page(showcase, article) + [commune_resolution.unit.get_absolute_url()]
    for url in pages:
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        # Open every chart's table of numbers too: they must stay inside the screen.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} is {width} px wide"


def test_a_running_target_shows_its_pace_and_the_projection_beside_the_plan(
    browser_page, live_server, commune, editor_user, screenshots, monkeypatch
):
    import datetime
    from decimal import Decimal

    from tracker.models import Achievement, Resolution, Target

    monkeypatch.setattr("tracker.models.resolutions.progress_today", lambda: datetime.date(2026, 12, 1))
    term = Resolution.objects.create(unit=commune, kind="term", start_year=2025, end_year=2030)
    target = Target.objects.create(
        resolution=term,
        theme_id="party",
        indicator="kết nạp đảng viên mới",
        planned_value=Decimal(200),
        measure_unit="đảng viên",
    )
    Achievement.objects.create(target=target, value=Decimal(58), as_of=datetime.date(2026, 6, 30), period="h1")
    page, base = browser_page, live_server.url
    sign_in(page, base, target.get_absolute_url())
    page.set_viewport_size({"width": 1366, "height": 900})
    page.reload()
    assert "Đúng tiến độ" in page.locator(".summary").inner_text()
    assert "tuyến tính" in page.locator("#pace-rule").inner_text()
    legend = " ".join(chart_texts(page, "history-chart"))
    assert "Dự báo: xu hướng tuyến tính có trọng số" in legend and "Lộ trình kỳ vọng" in legend
    page.screenshot(path=str(screenshots / "pace.png"), full_page=True)
