"""Every item keeps the rules that read it, and staff see why beside the item, in the page's language."""

import pytest
from django.urls import reverse

from extraction import views
from extraction.reasons import item_reason, rule_text
from extraction.services import article_store
from tests.extraction.conftest import document_of
from tracker.models import Achievement, Scorecard, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def traced(extraction) -> dict:
    """The Mỏ Cày Nam reading with the rule ids the pipeline gives each item."""
    annual_2022, annual_2021 = extraction["resolutions"]
    for item in annual_2022["targets"]:
        item["rules"] = ["planning_wording"]
    annual_2021["achievements"][0]["rules"] = ["slash_plan", "measured_against_plan"]
    annual_2021["scorecards"][0]["rules"] = ["scorecard_met:đạt và vượt", "card:exceeded_plus_met"]
    return extraction


@pytest.fixture
def stored(article_text, traced):
    return article_store(
        document=document_of(article_text), extraction=traced, source_file="mo-cay-nam-2022.txt"
    ).article


def test_the_import_keeps_the_rules_of_every_item(stored):
    assert Target.objects.get(indicator="phát triển đảng viên mới").rules == ["planning_wording"]
    assert Achievement.objects.get(target__indicator="kết nạp đảng viên").rules == [
        "slash_plan",
        "measured_against_plan",
    ]
    assert Scorecard.objects.get().rules == ["scorecard_met:đạt và vượt", "card:exceeded_plus_met"]


def test_an_item_read_without_rules_keeps_an_empty_trace(stored):
    assert Achievement.objects.get(target__indicator="xã đạt chuẩn nông thôn mới nâng cao").rules == []


def test_a_reviewed_item_shows_why_it_was_read_so_in_vietnamese(client, editor_user, stored):
    client.force_login(editor_user)

    page = client.get(reverse("extraction:review", args=[stored.pk])).content.decode()

    assert "chỉ tiêu vì: lời lẽ đặt kế hoạch (phấn đấu, hằng năm, danh sách chỉ tiêu)" in page
    assert (
        "kết quả vì: &#x27;kết quả/KH kế hoạch&#x27;: kế hoạch viết sau dấu /; "
        "so sánh với kế hoạch, chỉ tiêu, nghị quyết"
    ) in page
    assert "từ ngữ “đạt và vượt” (chỉ tiêu đạt, danh mục scorecard_met)" in page
    assert "số chỉ tiêu vượt được cộng vào số chỉ tiêu đạt" in page


def test_the_reason_follows_the_page_language(client, editor_user, stored):
    client.force_login(editor_user)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    page = client.get(reverse("extraction:review", args=[stored.pk])).content.decode()

    assert "target because: planning wording (phấn đấu, hằng năm, a list of targets)" in page
    assert "the targets exceeded are added to those met" in page


def test_the_upload_preview_shows_the_reason_beside_each_item(
    client, editor_user, article_text, traced, monkeypatch, tmp_path, settings
):
    settings.EXTRACTION_STAGING_DIR = str(tmp_path)
    monkeypatch.setattr(views, "extraction_isolated", lambda *, data, filename, timeout=None: traced)
    monkeypatch.setattr(views, "document_read", lambda *, data=None, filename="": document_of(data.decode()))
    client.force_login(editor_user)

    page = client.post(reverse("extraction:upload"), {"text": article_text}).content.decode()

    assert page.count("chỉ tiêu vì: lời lẽ đặt kế hoạch") == 3


def test_unknown_rules_are_shown_by_their_vocabulary_file_and_phrase_or_as_they_are():
    assert rule_text("plan_cues:mục tiêu tăng trưởng", "vi") == "từ ngữ “mục tiêu tăng trưởng” (danh mục plan_cues)"
    assert rule_text("a_rule_not_yet_explained", "vi") == "a_rule_not_yet_explained"
    assert item_reason("target", []) == ""
