"""Merge in review: a target a second article read again, flagged as a possible duplicate of one on record,
is merged into it from the review page: its results move there, it is rejected (kept), progress follows."""

from decimal import Decimal

import pytest
from django.urls import reverse

from extraction.services import article_store, extraction_confirm
from tests.extraction.conftest import document_of
from tests.extraction.test_one_target_many_sources import SECOND, first_article, reading
from tracker.models import Achievement, ReviewState, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged(other_district):
    """The first article's income target, and the second article's result that only half matches it:
    stored with its own target, flagged as a possible duplicate."""
    first_article(other_district)
    income = Target.objects.get(indicator="Thu nhập bình quân đầu người")
    extraction_confirm(item=income)
    article = article_store(
        document=document_of(SECOND),
        source_file="sau-thang.txt",
        extraction=reading(
            SECOND,
            [],
            [
                {
                    "indicator": "thu nhập bình quân của lao động nông thôn",
                    "value": 31,
                    "unit": "triệu đồng",
                    "theme": "economy",
                    "period": "h1",
                    "words": "6 tháng,",
                },
            ],
        ),
    ).article
    duplicate = Target.objects.get(article=article)
    extraction_confirm(item=Achievement.objects.get(target=duplicate))
    return article, duplicate, income


def merge(client, article, duplicate, into, **kwargs):
    return client.post(
        reverse("extraction:target_merge", args=[article.pk]), {"merge": f"{duplicate.pk}:{into.pk}"}, **kwargs
    )


def test_the_review_page_offers_to_merge_a_possible_duplicate_into_the_target_on_record(client, editor_user, flagged):
    article, duplicate, income = flagged
    client.force_login(editor_user)

    page = client.get(reverse("extraction:review", args=[article.pk])).content.decode()

    assert "Gộp vào chỉ tiêu đã có" in page
    assert f'name="merge" value="{duplicate.pk}:{income.pk}"' in page
    assert "“Thu nhập bình quân đầu người” (62 triệu đồng)" in page


def test_merging_moves_the_results_with_their_source_and_rejects_the_duplicate(client, editor_user, flagged):
    article, duplicate, income = flagged
    result = Achievement.objects.get(target=duplicate)
    assert income.achieved_value is None and result.review_state == ReviewState.CONFIRMED
    client.force_login(editor_user)

    response = merge(client, article, duplicate, income, follow=True)

    result.refresh_from_db(), duplicate.refresh_from_db(), income.refresh_from_db()
    assert result.target == income and result.article == article and "6 tháng" in result.sentence
    assert result.review_state == ReviewState.CONFIRMED and result.history.filter(target=duplicate).exists()
    assert duplicate.review_state == ReviewState.REJECTED  # kept, not deleted
    assert duplicate.history.filter(review_state=ReviewState.REJECTED, history_user=editor_user).exists()
    assert not duplicate.achievements.exists() and duplicate.latest_achievement is None
    assert income.latest_achievement == result and income.achieved_value == Decimal(31)
    page = response.content.decode()
    assert "đã được gộp vào" in page and "Thu nhập bình quân đầu người" in page
    assert f'name="merge" value="{duplicate.pk}:{income.pk}"' not in page  # nothing left to merge


def test_undo_puts_a_merge_back(client, editor_user, flagged):
    article, duplicate, income = flagged
    result = Achievement.objects.get(target=duplicate)
    client.force_login(editor_user)
    merge(client, article, duplicate, income)

    response = client.post(reverse("extraction:review_undo", args=[article.pk]), follow=True)

    result.refresh_from_db(), duplicate.refresh_from_db(), income.refresh_from_db()
    assert result.target == duplicate and duplicate.review_state == ReviewState.EXTRACTED
    assert duplicate.achieved_value == Decimal(31) and income.achieved_value is None
    assert "Đã hoàn tác" in response.content.decode()


def test_targets_of_different_resolutions_are_never_merged(client, editor_user, flagged, targets):
    article, duplicate, _income = flagged
    elsewhere = targets[0]  # another district's resolution
    client.force_login(editor_user)

    response = merge(client, article, duplicate, elsewhere, follow=True)

    assert "Không gộp: “thu nhập bình quân của lao động nông thôn”" in response.content.decode()
    assert "thuộc hai nghị quyết khác nhau" in response.content.decode()
    duplicate.refresh_from_db()
    assert duplicate.review_state == ReviewState.EXTRACTED
    assert Achievement.objects.get(article=article).target == duplicate


def test_viewers_may_not_merge(client, viewer_user, flagged):
    article, duplicate, income = flagged
    client.force_login(viewer_user)

    page = client.get(reverse("extraction:review", args=[article.pk])).content.decode()

    assert merge(client, article, duplicate, income).status_code == 403
    assert "Gộp vào chỉ tiêu đã có" not in page
    duplicate.refresh_from_db()
    assert duplicate.review_state == ReviewState.EXTRACTED


def test_merge_refuses_get_unknown_ids_and_anonymous_visitors(client, editor_user, flagged):
    article, duplicate, income = flagged
    url = reverse("extraction:target_merge", args=[article.pk])

    assert "login" in merge(client, article, duplicate, income)["Location"]
    client.force_login(editor_user)
    assert client.get(url).status_code == 405
    assert client.post(url, {"merge": f"{duplicate.pk}:999999"}).status_code == 404
    assert client.post(url, {"merge": f"{income.pk}:{duplicate.pk}"}).status_code == 404  # not this article's
    assert client.post(url, {"merge": "nonsense"}).status_code == 404
    assert merge(client, type(article)(pk=999999), duplicate, income).status_code == 404
