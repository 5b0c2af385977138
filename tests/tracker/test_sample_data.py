"""load_sample_data gives a new user a dashboard with something in every column and a review queue."""

import hashlib
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from tracker import sample_data
from tracker.models import Achievement, Article, Resolution, Scorecard, Target
from tracker.sample_data import SampleDataError, sample_data_load, sample_files, sentence_locate

MODELS = [Article, Resolution, Target, Achievement, Scorecard]


@pytest.fixture(scope="module")
def sample_report(django_db_setup, django_db_blocker):
    """Units and sample data loaded once for the module (load_units takes seconds), rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_units", stdout=io.StringIO())
        yield sample_data_load()
        transaction.set_rollback(True)


@pytest.fixture
def loaded(sample_report, db):
    return sample_report


def snapshot() -> dict[str, list[dict]]:
    return {
        model.__name__: list(model.objects.order_by("pk").values().exclude(pk__isnull=True)) for model in MODELS
    } | {"links": list(Resolution.articles.through.objects.order_by("pk").values())}


def test_it_loads_five_articles_nine_resolutions_and_their_targets(loaded):
    assert Article.objects.count() == 5
    assert Article.objects.filter(is_synthetic=True).count() == 5
    assert Resolution.objects.count() == 9
    assert Target.objects.count() == 91
    assert Achievement.objects.count() == 101
    assert Scorecard.objects.count() == 4
    assert loaded.created == {"articles": 5, "resolutions": 9, "targets": 91, "achievements": 101, "scorecards": 4}
    for resolution in Resolution.objects.all():
        assert 8 <= resolution.targets.count() <= 15, resolution


def test_it_covers_districts_a_province_and_a_commune_after_the_reform(loaded):
    units = {(r.unit.slug, r.kind, r.start_year, r.end_year) for r in Resolution.objects.select_related("unit")}
    assert ("cho-lach-ben-tre", "term", 2020, 2025) in units
    assert ("anh-son-nghe-an", "annual", 2024, 2024) in units
    assert ("ben-tre", "term", 2020, 2025) in units
    assert ("xa-cho-lach-vinh-long-2025", "term", 2025, 2030) in units
    themes = set(Target.objects.values_list("theme_id", flat=True))
    assert themes == {"party", "economy", "budget", "rural", "labour", "social", "security", "environment"}


def test_every_target_has_the_status_the_data_expects_and_all_statuses_appear(loaded):
    for data in sample_files():
        for item in data["resolutions"]:
            for target_item in item["targets"]:
                target = Target.objects.get(
                    resolution__unit__slug=item["unit"],
                    resolution__kind=item["kind"],
                    resolution__start_year=item["start_year"],
                    indicator=target_item["indicator"],
                )
                assert target.status == target_item["expected_status"], target
    counts = Target.objects.counted().status_counts()
    final = {"exceeded", "met", "nearly_met", "not_met", "no_data"}
    assert min(counts[status] for status in final) >= 5
    # The 2025–2030 term runs: its targets show their pace, not a verdict.
    assert set(counts) - final == {"on_track", "running"}


def test_a_target_shows_its_latest_confirmed_result_after_six_nine_and_twelve_months(loaded):
    budget = Target.objects.get(
        resolution__unit__slug="cho-lach-ben-tre",
        resolution__start_year=2022,
        resolution__kind="annual",
        theme="budget",
    )
    assert list(budget.achievements.values_list("period", flat=True)) == ["h1", "m9", "year"]
    assert budget.achieved_value == budget.achievements.order_by("-as_of", "-id").first().value
    assert budget.status == "exceeded"


def test_every_article_item_slices_its_sentence_out_of_the_article(loaded):
    items = [
        *Target.objects.filter(article__isnull=False),
        *Achievement.objects.filter(article__isnull=False),
        *Scorecard.objects.filter(article__isnull=False),
    ]
    assert len(items) > 100
    for item in items:
        text = item.article.text
        assert text[item.sentence_start : item.sentence_end] == item.sentence, item
        assert item.sentence.strip() == item.sentence and item.sentence.endswith((".", ")", ";"))
    assert not Achievement.objects.filter(source="article", article__isnull=True).exists()


def test_staff_edits_name_no_article_and_say_where_the_figure_came_from(loaded):
    staff = Achievement.objects.filter(source="staff")
    assert staff.count() >= 30
    assert not staff.filter(article__isnull=False).exists()
    assert not staff.filter(note="").exists()


def test_articles_are_identified_by_the_hash_of_their_text(loaded):
    for article in Article.objects.all():
        assert article.content_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        assert article.published is not None and article.text.startswith(article.title)


def test_the_review_queue_holds_extracted_items_and_one_rejected_target(loaded):
    assert Target.objects.awaiting_review().count() == 5
    assert Achievement.objects.filter(review_state="extracted").count() == 1
    assert Scorecard.objects.filter(review_state="extracted").count() == 1
    assert Target.objects.filter(review_state="rejected").count() == 2
    assert Target.objects.confirmed().count() > 80


def test_loading_twice_changes_nothing(loaded, capsys):
    before = snapshot()
    call_command("load_sample_data")
    assert "created 0 articles, 0 resolutions, 0 targets, 0 achievements, 0 scorecards" in capsys.readouterr().out
    assert snapshot() == before


def test_it_refuses_to_load_data_for_units_that_are_not_loaded(db, tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Tiêu đề\n01/02/2022 - 07:10\nMột câu.\n", encoding="utf-8")
    resolution = {
        "unit": "huyen-khong-co-ben-tre",
        "kind": "annual",
        "start_year": 2022,
        "end_year": 2022,
        "targets": [],
    }
    (tmp_path / "a.json").write_text(json.dumps({"article": "articles/a.txt", "resolutions": [resolution]}))
    monkeypatch.setattr(sample_data, "SAMPLE_DIR", tmp_path)
    articles = Article.objects.count()
    with pytest.raises(CommandError, match="huyen-khong-co-ben-tre.*load_units"):
        call_command("load_sample_data")
    assert Article.objects.count() == articles


def test_a_sentence_that_is_not_in_the_article_fails_loudly():
    with pytest.raises(SampleDataError, match="not found"):
        sentence_locate("Một câu. Câu khác.", "Câu thứ ba.")
    with pytest.raises(SampleDataError, match="more than once"):
        sentence_locate("Đạt. Đạt.", "Đạt.")
    assert sentence_locate("Một câu. Câu khác.", "Câu khác.") == (9, 18)
