"""After a re-import changes an article's text, every kept item still points at its own sentence:
re-anchored in the new text, or, when the sentence is gone, quoted from the earlier text kept as a version."""

from decimal import Decimal

import pytest

from extraction.services import article_store, extraction_confirm
from tests.extraction.conftest import (
    MEMBERS_SENTENCE,
    MO_CAY_NAM_2022,
    SCORECARD_SENTENCE,
    TARGETS_SENTENCE,
    document_of,
    mo_cay_nam_extraction,
)
from tracker.models import Achievement, ArticleVersion, Scorecard, Target

pytestmark = pytest.mark.django_db

# A paragraph added at the top moves every sentence after it.
SHIFTED = MO_CAY_NAM_2022.replace(
    "BDK - ",
    "BDK - Sáng 11-1, Huyện ủy Mỏ Cày Nam tổ chức hội nghị triển khai nhiệm vụ năm 2022, vững mạnh toàn diện.\n\n",
)


def store(text: str, extraction=None):
    return article_store(
        document=document_of(text),
        extraction=extraction or mo_cay_nam_extraction(),
        source_file="mo-cay-nam-2022.txt",
        source_path="/data/mo-cay-nam-2022.txt",
    )


@pytest.fixture
def reviewed(other_district, editor_user):
    """The article imported, a target and the scorecard confirmed, a result edited by staff."""
    article = store(MO_CAY_NAM_2022).article
    extraction_confirm(item=Target.objects.get(indicator="phát triển đảng viên mới"), user=editor_user)
    extraction_confirm(item=Scorecard.objects.get(), user=editor_user)
    edited = Achievement.objects.get(target__indicator="kết nạp đảng viên")
    edited.value = Decimal(86)
    edited.save()
    return article


def test_kept_items_point_at_their_sentence_in_the_new_text(reviewed):
    store(SHIFTED)

    reviewed.refresh_from_db()
    assert "vững mạnh toàn diện" in reviewed.text
    for item, sentence in (
        (Target.objects.get(indicator="phát triển đảng viên mới"), TARGETS_SENTENCE),
        (Scorecard.objects.get(), SCORECARD_SENTENCE),
        (Achievement.objects.get(value=86), MEMBERS_SENTENCE),
    ):
        assert reviewed.text[item.sentence_start : item.sentence_end] == sentence


def test_the_article_page_highlights_the_kept_sentences_not_the_text_now_at_their_old_offsets(
    reviewed, client, editor_user
):
    store(SHIFTED)
    client.force_login(editor_user)

    page = client.get(f"/articles/{reviewed.pk}/").content.decode()

    marks = [segment.text for segment in client.get(f"/articles/{reviewed.pk}/").context["segments"] if segment.items]
    assert SCORECARD_SENTENCE in marks and MEMBERS_SENTENCE in marks
    assert all("vững mạnh" not in mark for mark in marks)
    assert page


def test_a_kept_result_whose_sentence_is_gone_keeps_the_earlier_text(reviewed):
    changed_sentence = "Kết nạp 86/80 đảng viên, đạt 107,5% NQ."
    text = SHIFTED.replace(MEMBERS_SENTENCE, changed_sentence)
    extraction = mo_cay_nam_extraction()
    extraction["resolutions"][1]["achievements"][0].update(value=86, percent_of_plan=107.5, sentence=changed_sentence)

    result = store(text, extraction)

    edited = Achievement.objects.get(value=86, sentence=MEMBERS_SENTENCE)
    assert (edited.sentence_start, edited.sentence_end) == (None, None)  # no wrong highlight
    version = ArticleVersion.objects.get(article=reviewed)
    assert MEMBERS_SENTENCE in version.text and version.text == document_of(MO_CAY_NAM_2022).text
    assert any("earlier text" in reason or "văn bản trước" in reason for reason in result.review_reasons)


def test_an_update_that_moves_nothing_keeps_no_version(reviewed):
    store(SHIFTED)

    assert not ArticleVersion.objects.exists()
