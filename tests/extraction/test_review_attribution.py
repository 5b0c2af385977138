"""Who reviewed what: a rejecter is recorded in the history, never as the one who entered the value."""

import pytest

from extraction.services import article_store, extraction_confirm, extraction_reject
from tests.extraction.conftest import MO_CAY_NAM_2022, document_of
from tracker.models import Achievement

pytestmark = pytest.mark.django_db


@pytest.fixture
def result(other_district, extraction) -> Achievement:
    article_store(document=document_of(MO_CAY_NAM_2022), extraction=extraction, source_file="mo-cay-nam-2022.txt")
    return Achievement.objects.get(target__indicator="kết nạp đảng viên")


def test_rejecting_a_result_does_not_make_the_rejecter_its_author(result, editor_user):
    extraction_reject(item=result, user=editor_user)

    result.refresh_from_db()
    assert result.entered_by is None
    assert result.history.first().history_user == editor_user  # the decision is still attributed


def test_rejecting_a_target_does_not_make_the_rejecter_the_author_of_its_results(result, editor_user):
    extraction_reject(item=result.target, user=editor_user)

    result.refresh_from_db()
    assert result.review_state == "rejected" and result.entered_by is None


def test_confirming_a_result_records_who_answers_for_it(result, editor_user):
    extraction_confirm(item=result, user=editor_user)

    result.refresh_from_db()
    assert result.entered_by == editor_user
