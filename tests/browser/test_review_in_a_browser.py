"""A member of staff reviews a 50-item article in a real browser: keyboard, inline correction, undo, select all."""

import time
from decimal import Decimal

import pytest

from extraction.services import article_store
from tests.extraction.conftest import document_of, many_items_article
from tracker.models import ReviewState, Target

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def fifty(other_district):
    text, reading = many_items_article(25)
    return article_store(document=document_of(text), extraction=reading, source_file="fifty.txt").article


def sign_in(page, base: str, next_url: str) -> None:
    page.goto(base + next_url)
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(base + next_url + "*")


def test_fifty_items_are_reviewed_in_under_a_minute_with_the_keyboard(
    browser_page, live_server, fifty, editor_user, screenshots
):
    page, base = browser_page, live_server.url
    review = f"/extraction/articles/{fifty.pk}/"
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    started = time.monotonic()
    sign_in(page, base, review)
    assert page.locator("section.review-group").count() == 25
    assert page.locator("[data-review-select]").count() == 50
    first = Target.objects.filter(article=fifty).order_by("sentence_start", "pk").first()
    # The script focuses the first item awaiting review and shows the keys.
    assert page.evaluate("document.activeElement.id") == f"target-{first.pk}"
    assert page.locator("[data-review-keys]").is_visible()
    assert "chỉ tiêu vì: lời lẽ đặt kế hoạch" in page.locator(f"#target-{first.pk}").inner_text()
    page.screenshot(path=str(screenshots / "review.png"))

    # Correct the first item inline (e opens its correction), then select it (x) and confirm it (c).
    page.keyboard.press("e")
    page.fill(f"[name='target-{first.pk}-value']", "15")
    page.locator(f"#target-{first.pk}").focus()
    page.keyboard.press("x")
    page.keyboard.press("c")
    page.wait_for_selector(".messages .success")
    assert "Đã xác nhận 1 mục." in page.locator(".messages").inner_text()
    first.refresh_from_db()
    assert (first.review_state, first.planned_value) == (ReviewState.CONFIRMED, Decimal(15))

    # Undo it (u): the plan read from the article and the waiting state come back.
    page.keyboard.press("u")
    page.wait_for_selector(".messages .success:has-text('Đã hoàn tác')")
    first.refresh_from_db()
    assert (first.review_state, first.planned_value) == (ReviewState.EXTRACTED, Decimal(10))

    # Select all (a) and confirm the fifty (c).
    page.keyboard.press("a")
    assert page.locator("[data-review-count]").inner_text() == "50 / 50"
    page.keyboard.press("c")
    page.wait_for_selector(".messages .success:has-text('Đã xác nhận 50 mục.')")
    elapsed = time.monotonic() - started

    assert Target.objects.filter(article=fifty, review_state=ReviewState.CONFIRMED).count() == 50
    assert page.locator("[data-review-select]").count() == 0
    assert elapsed < 60, elapsed
    assert violations == []


def test_without_script_a_selection_is_rejected_with_plain_forms(browser_page, live_server, fifty, editor_user):
    context = browser_page.context.browser.new_context(java_script_enabled=False, locale="vi-VN")
    page, base = context.new_page(), live_server.url
    sign_in(page, base, f"/extraction/articles/{fifty.pk}/")
    for box in page.locator("[data-review-select]").all()[:3]:
        box.check()

    page.click("button[data-review-action='reject']")

    page.wait_for_selector(".messages .success:has-text('Đã loại 3 mục.')")
    assert Target.objects.filter(article=fifty, review_state=ReviewState.REJECTED).count() == 3
    context.close()
