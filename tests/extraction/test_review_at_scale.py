"""Review at scale: each sentence once with its items, select and confirm or reject in one go, inline
corrections, a message after each action, undo, and who may do it."""

from decimal import Decimal

import pytest
from django.urls import reverse

from extraction.services import article_store
from tests.extraction.conftest import TARGETS_SENTENCE, document_of, many_items_article
from tracker.models import Achievement, ReviewState, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(article_text, extraction):
    return article_store(
        document=document_of(article_text), extraction=extraction, source_file="mo-cay-nam-2022.txt"
    ).article


@pytest.fixture
def fifty(other_district):
    text, reading = many_items_article(25)
    return article_store(document=document_of(text), extraction=reading, source_file="fifty.txt").article


def key(item) -> str:
    return f"{type(item).__name__.lower()}-{item.pk}"


def test_each_sentence_is_shown_once_with_its_items_under_it(client, editor_user, stored):
    client.force_login(editor_user)

    page = client.get(reverse("extraction:review", args=[stored.pk])).content.decode()

    assert page.count(f"<mark>{TARGETS_SENTENCE}</mark>") == 1
    group = page.split(f"<mark>{TARGETS_SENTENCE}</mark>")[1].split("</section>")[0]
    for indicator in ("phát triển đảng viên mới", "tỷ lệ hộ nghèo", "thu ngân sách trên địa bàn"):
        assert indicator in group
    assert "Xác nhận mục đã chọn" in page and "Chọn tất cả" in page


def test_the_upload_page_is_in_the_main_navigation_for_staff_who_may_upload(client, editor_user, viewer_user):
    client.force_login(editor_user)
    assert f'href="{reverse("extraction:upload")}"' in client.get(reverse("tracker:overview")).content.decode()

    client.force_login(viewer_user)
    assert f'href="{reverse("extraction:upload")}"' not in client.get(reverse("tracker:overview")).content.decode()


def test_confirming_a_selection_applies_the_corrections_typed_beside_it_and_says_so(client, editor_user, stored):
    client.force_login(editor_user)
    members = Target.objects.get(indicator="phát triển đảng viên mới")
    budget = Target.objects.get(indicator="thu ngân sách trên địa bàn")
    poverty = Target.objects.get(indicator="tỷ lệ hộ nghèo")

    response = client.post(
        reverse("extraction:review_selection", args=[stored.pk]),
        {
            "action": "confirm",
            "item": [key(members), key(budget)],
            f"{key(members)}-value": "85",
            f"{key(members)}-indicator": "kết nạp đảng viên mới",
            f"{key(members)}-unit": "đảng viên",
            f"{key(members)}-theme": "party",
            f"{key(members)}-period": "2022",
            f"{key(budget)}-value": "312,5",
            f"{key(budget)}-theme": "economy",
            f"{key(poverty)}-value": "9",  # not selected: neither confirmed nor changed
        },
        follow=True,
    )

    members.refresh_from_db(), budget.refresh_from_db(), poverty.refresh_from_db()
    assert (members.review_state, members.planned_value, members.indicator) == (
        ReviewState.CONFIRMED,
        Decimal(85),
        "kết nạp đảng viên mới",
    )
    assert (budget.review_state, budget.planned_value, budget.theme_id) == (
        ReviewState.CONFIRMED,
        Decimal("312.5"),
        "economy",
    )
    assert (poverty.review_state, poverty.planned_value) == (ReviewState.EXTRACTED, Decimal("2.5"))
    assert "Đã xác nhận 2 mục." in response.content.decode()


def test_one_item_is_confirmed_with_its_own_button(client, editor_user, stored):
    client.force_login(editor_user)
    poverty = Target.objects.get(indicator="tỷ lệ hộ nghèo")

    response = client.post(
        reverse("extraction:review_selection", args=[stored.pk]),
        {"one": f"confirm:{key(poverty)}", "item": [key(Target.objects.first())]},
    )

    assert response.status_code == 302 and response["Location"].endswith("#review-toolbar")
    assert list(Target.objects.filter(review_state=ReviewState.CONFIRMED)) == [poverty]


def test_rejecting_a_selection_rejects_a_target_with_its_results_awaiting_review(client, editor_user, stored):
    client.force_login(editor_user)
    result = Achievement.objects.get(target__indicator="kết nạp đảng viên")

    response = client.post(
        reverse("extraction:review_selection", args=[stored.pk]),
        {"action": "reject", "item": [key(result.target)]},
        follow=True,
    )

    result.refresh_from_db()
    assert result.review_state == ReviewState.REJECTED == result.target.review_state
    assert "Đã loại 1 mục." in response.content.decode()


def test_undo_puts_the_last_action_back_values_and_states(client, editor_user, stored):
    client.force_login(editor_user)
    members = Target.objects.get(indicator="phát triển đảng viên mới")
    result = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    client.post(
        reverse("extraction:review_selection", args=[stored.pk]),
        {"action": "confirm", "item": [key(members), key(result)], f"{key(members)}-value": "90"},
    )

    response = client.post(reverse("extraction:review_undo", args=[stored.pk]), follow=True)

    members.refresh_from_db(), result.refresh_from_db()
    assert (members.review_state, members.planned_value) == (ReviewState.EXTRACTED, Decimal(80))
    assert (result.review_state, result.entered_by_id) == (ReviewState.EXTRACTED, None)
    assert "Đã hoàn tác: 2 mục trở lại như trước." in response.content.decode()
    again = client.post(reverse("extraction:review_undo", args=[stored.pk]), follow=True)
    assert "Không có thao tác nào để hoàn tác" in again.content.decode()


def test_undo_of_a_reject_brings_back_the_results_rejected_with_the_target(client, editor_user, stored):
    client.force_login(editor_user)
    result = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    client.post(
        reverse("extraction:review_selection", args=[stored.pk]), {"action": "reject", "item": [key(result.target)]}
    )

    client.post(reverse("extraction:review_undo", args=[stored.pk]))

    result.refresh_from_db()
    assert result.review_state == ReviewState.EXTRACTED == result.target.review_state


def test_a_correction_that_is_not_a_number_is_refused_and_the_item_stays_awaiting(client, editor_user, stored):
    client.force_login(editor_user)
    members = Target.objects.get(indicator="phát triển đảng viên mới")

    response = client.post(
        reverse("extraction:review_selection", args=[stored.pk]),
        {"action": "confirm", "item": [key(members)], f"{key(members)}-value": "tám mươi"},
        follow=True,
    )

    members.refresh_from_db()
    assert (members.review_state, members.planned_value) == (ReviewState.EXTRACTED, Decimal(80))
    assert "“tám mươi” không phải là một số" in response.content.decode()


def test_nothing_selected_is_said(client, editor_user, stored):
    client.force_login(editor_user)

    response = client.post(reverse("extraction:review_selection", args=[stored.pk]), {"action": "confirm"}, follow=True)

    assert "Hãy chọn các mục cần duyệt trước." in response.content.decode()


def test_items_of_another_article_are_never_touched_from_this_one(client, editor_user, stored, fifty):
    client.force_login(editor_user)
    elsewhere = Target.objects.filter(article=fifty).first()

    client.post(
        reverse("extraction:review_selection", args=[stored.pk]), {"action": "confirm", "item": [key(elsewhere)]}
    )

    elsewhere.refresh_from_db()
    assert elsewhere.review_state == ReviewState.EXTRACTED


def test_an_unknown_article_is_404(client, editor_user):
    client.force_login(editor_user)

    assert client.post(reverse("extraction:review_selection", args=[999]), {"action": "confirm"}).status_code == 404
    assert client.post(reverse("extraction:review_undo", args=[999])).status_code == 404


def test_review_actions_refuse_get(client, editor_user, stored):
    client.force_login(editor_user)

    assert client.get(reverse("extraction:review_selection", args=[stored.pk])).status_code == 405
    assert client.get(reverse("extraction:review_undo", args=[stored.pk])).status_code == 405


def test_viewers_see_the_items_but_cannot_change_them(client, viewer_user, stored):
    client.force_login(viewer_user)
    members = Target.objects.get(indicator="phát triển đảng viên mới")

    page = client.get(reverse("extraction:review", args=[stored.pk])).content.decode()
    response = client.post(
        reverse("extraction:review_selection", args=[stored.pk]), {"action": "confirm", "item": [key(members)]}
    )

    assert "phát triển đảng viên mới" in page and 'name="item"' not in page and "Xác nhận mục đã chọn" not in page
    assert response.status_code == 403
    assert client.post(reverse("extraction:review_undo", args=[stored.pk])).status_code == 403
    members.refresh_from_db()
    assert members.review_state == ReviewState.EXTRACTED


def test_anonymous_visitors_are_sent_to_log_in(client, stored):
    response = client.post(reverse("extraction:review_selection", args=[stored.pk]), {"action": "confirm"})

    assert response.status_code == 302 and "login" in response["Location"]


def test_fifty_items_are_shown_in_a_fixed_number_of_queries_and_confirmed_at_once(
    client, editor_user, fifty, django_assert_max_num_queries
):
    client.force_login(editor_user)
    client.get(reverse("extraction:review", args=[fifty.pk]))

    with django_assert_max_num_queries(13):
        page = client.get(reverse("extraction:review", args=[fifty.pk])).content.decode()

    assert page.count('name="item"') == 50 and page.count('class="review-group"') == 25
    keys = [key(target) for target in Target.objects.filter(article=fifty)]
    response = client.post(
        reverse("extraction:review_selection", args=[fifty.pk]), {"action": "confirm", "item": keys}, follow=True
    )
    assert Target.objects.filter(article=fifty, review_state=ReviewState.CONFIRMED).count() == 50
    assert "Đã xác nhận 50 mục." in response.content.decode()
