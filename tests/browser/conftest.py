"""A headless Chromium (Debian's package, driven by Playwright) and a district worth looking at."""

import datetime
import os
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.models import Achievement, Resolution, Scorecard, Target

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
# A run leaves its screenshots in var/ (not tracked); UPDATE_SCREENSHOTS=1 refreshes the README's images.
SCREENSHOTS = REPO / ("docs" if os.environ.get("UPDATE_SCREENSHOTS") == "1" else "var") / "screenshots"


@pytest.fixture
def browser_page(monkeypatch):
    """A fresh page of a headless Chromium; skipped where Chromium is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the test still talks to the database.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def _target(resolution, theme, indicator, plan, unit, achieved=None, **extra) -> Target:
    target = Target.objects.create(
        resolution=resolution,
        theme_id=theme,
        indicator=indicator,
        planned_value=Decimal(plan),
        measure_unit=unit,
        **extra,
    )
    if achieved is not None:
        Achievement.objects.create(target=target, value=Decimal(achieved), as_of=datetime.date(2021, 12, 31))
    return target


@pytest.fixture
def showcase(targets, scorecard, other_district):
    """Chợ Lách's 2021 resolution with a dozen targets across themes, and a neighbour to compare with."""
    resolution = targets[0].resolution
    _target(resolution, "party", "chi bộ được công nhận trong sạch, vững mạnh", 5, "chi bộ", 14)
    _target(resolution, "economy", "tốc độ tăng giá trị sản xuất", "7.5", "%", "6.2")
    _target(resolution, "budget", "thu ngân sách trên địa bàn", 140, "tỷ đồng", "152.3")
    _target(resolution, "rural", "xã đạt chuẩn nông thôn mới nâng cao", 2, "xã", 2)
    _target(resolution, "labour", "tỷ lệ lao động qua đào tạo", 65, "%", "66.5")
    _target(resolution, "social", "tỷ lệ tham gia bảo hiểm y tế", 92, "%", "91.2")
    Scorecard.objects.create(
        resolution=resolution, as_of=datetime.date(2021, 6, 30), period="h1", total=25, met_or_exceeded=11
    )
    neighbour = Resolution.objects.create(unit=other_district, kind="annual", start_year=2021, end_year=2021)
    _target(neighbour, "economy", "thu nhập bình quân đầu người", 65, "triệu đồng/người/năm", "66.1")
    _target(neighbour, "economy", "tốc độ tăng giá trị sản xuất", 8, "%", "8.4")
    Achievement.objects.create(target=targets[2], value=Decimal("59.9"), as_of=datetime.date(2021, 12, 31))
    return targets
