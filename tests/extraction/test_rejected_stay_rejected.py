"""A staff decision is final until staff change it: rejected items never come back on a re-import."""

import pytest

from extraction.services import article_store, extraction_reject
from tests.extraction.conftest import MO_CAY_NAM_2022, document_of, mo_cay_nam_extraction
from tracker.models import Achievement, ReviewState, Scorecard, Target

pytestmark = pytest.mark.django_db

CHANGED = MO_CAY_NAM_2022.replace("Bài, ảnh:", "Huyện quyết tâm hoàn thành các chỉ tiêu.\n\nBài, ảnh:")


def store(text: str):
    return article_store(
        document=document_of(text),
        extraction=mo_cay_nam_extraction(),
        source_file="mo-cay-nam-2022.txt",
        source_path="/data/mo-cay-nam-2022.txt",
    )


def awaiting(model, **lookup) -> int:
    return model.objects.filter(review_state=ReviewState.EXTRACTED, **lookup).count()


def test_a_rejected_target_created_from_a_result_and_its_result_do_not_come_back(other_district, editor_user):
    store(MO_CAY_NAM_2022)
    implied = Target.objects.get(indicator="xã đạt chuẩn nông thôn mới nâng cao")
    extraction_reject(item=implied, user=editor_user)  # also rejects its result awaiting review

    result = store(CHANGED)

    assert result.status == "updated"
    assert Target.objects.filter(indicator="xã đạt chuẩn nông thôn mới nâng cao").count() == 1
    assert Target.objects.get(indicator="xã đạt chuẩn nông thôn mới nâng cao").review_state == ReviewState.REJECTED
    assert Achievement.objects.filter(target__indicator="xã đạt chuẩn nông thôn mới nâng cao").count() == 1
    assert awaiting(Achievement, target__indicator="xã đạt chuẩn nông thôn mới nâng cao") == 0
    assert awaiting(Target, indicator="xã đạt chuẩn nông thôn mới nâng cao") == 0


def test_a_rejected_result_does_not_come_back(other_district, editor_user):
    store(MO_CAY_NAM_2022)
    members = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    extraction_reject(item=members, user=editor_user)

    store(CHANGED)

    assert Achievement.objects.filter(value=85).count() == 1
    assert Achievement.objects.get(value=85).review_state == ReviewState.REJECTED


def test_a_rejected_target_and_scorecard_read_again_stay_rejected(other_district, editor_user):
    store(MO_CAY_NAM_2022)
    for item in (Target.objects.get(indicator="phát triển đảng viên mới"), Scorecard.objects.get()):
        extraction_reject(item=item, user=editor_user)

    store(CHANGED)

    assert list(Target.objects.filter(indicator="phát triển đảng viên mới").values_list("review_state", flat=True)) == [
        ReviewState.REJECTED
    ]
    assert list(Scorecard.objects.values_list("review_state", flat=True)) == [ReviewState.REJECTED]


def test_items_nobody_reviewed_are_still_read_again(other_district):
    store(MO_CAY_NAM_2022)

    result = store(CHANGED)

    assert result.removed == 8 and (result.targets, result.achievements, result.scorecards) == (5, 2, 1)
