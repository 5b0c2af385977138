"""A big article is written in linear time with few, batched queries, touches the data stamp once,
and an article with an absurd number of items is refused with its reason."""

import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benchmarks.big_article import big_article
from extraction import services, views
from extraction.services import ArticleImportError, article_import, article_store
from tracker.models import Achievement, Article, DataStamp, Scorecard, Target, Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def cho_lach(district) -> Unit:
    return district


def queries_to_store(items: int) -> tuple[int, float]:
    document, reading = big_article(items)
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        article_store(document=document, extraction=reading, source_file="big.txt")
        elapsed = time.perf_counter() - started
    return len(queries), elapsed


def test_writing_grows_linearly_with_the_items(cho_lach):
    few, _ = queries_to_store(400)
    Article.objects.all().delete()
    Target.objects.all().delete()
    many, _ = queries_to_store(1600)

    # Batches of 30 rows, with their history: ~2 queries per 30 items, nothing per item.
    assert many - few <= 1200 * 4 / 30 + 10
    assert many < 400


def test_a_4000_item_article_is_stored_in_seconds_and_completely(cho_lach):
    document, reading = big_article(4000)

    started = time.perf_counter()
    result = article_store(document=document, extraction=reading, source_file="big.txt")
    elapsed = time.perf_counter() - started

    assert elapsed < 20  # 55 s on SQLite, 130 s on PostgreSQL before; a few seconds now
    read = {key: sum(len(r[key]) for r in reading["resolutions"]) for key in ("targets", "achievements", "scorecards")}
    assert (result.achievements, result.scorecards) == (read["achievements"], read["scorecards"]) == (1000, 200)
    assert result.targets >= read["targets"]  # and those the results imply
    assert (Target.objects.count(), Achievement.objects.count(), Scorecard.objects.count()) == (
        result.targets,
        result.achievements,
        result.scorecards,
    )
    article = result.article
    for target in Target.objects.filter(article=article)[:50]:
        assert article.text[target.sentence_start : target.sentence_end] == target.sentence
    assert Target.history.filter(history_type="+").count() == result.targets  # audited as before
    assert list(
        Target.objects.filter(resolution__start_year=2024).order_by("position").values_list("position", flat=True)[:3]
    ) == [0, 1, 2]


def test_the_data_stamp_is_raised_once_per_import(cho_lach, django_capture_on_commit_callbacks):
    document, reading = big_article(300)
    DataStamp.objects.create(name=DataStamp.TRACKER, version=7)
    before = DataStamp.current()

    with CaptureQueriesContext(connection) as queries:
        with django_capture_on_commit_callbacks(execute=True):
            article_store(document=document, extraction=reading, source_file="big.txt")

    stamp_updates = [
        q
        for q in queries.captured_queries
        if "tracker_datastamp" in q["sql"] and q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert len(stamp_updates) == 1
    assert DataStamp.current() == before + 1


def test_an_article_of_more_than_500_items_is_refused_with_its_reason(cho_lach, tmp_path, english):
    document, reading = big_article(501)
    path = tmp_path / "bang-so-lieu.txt"
    path.write_text(document.text, "utf-8")

    with pytest.raises(ArticleImportError, match="501 items were read, more than the 500"):
        article_import(path=path, extraction=reading)
    assert not Article.objects.exists() and not Target.objects.exists()


def test_an_administrator_can_import_it_on_purpose(cho_lach, tmp_path, monkeypatch):
    document, reading = big_article(600)
    path = tmp_path / "bang-so-lieu.txt"
    path.write_text(document.text, "utf-8")
    monkeypatch.setattr(services, "extraction_run", lambda **kwargs: reading)
    monkeypatch.setattr(services, "gazetteer_load", lambda: None)

    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
    call_command("import_articles", str(path), "--max-items", "1000", stdout=open("/dev/null", "w"))

    assert Target.objects.count() > 400


def test_the_upload_preview_refuses_it_before_drawing_thousands_of_rows(
    client, editor_user, cho_lach, monkeypatch, settings, tmp_path
):
    settings.EXTRACTION_STAGING_DIR = str(tmp_path)
    document, reading = big_article(2000)
    monkeypatch.setattr(views, "extraction_isolated", lambda **kwargs: reading)
    client.force_login(editor_user)

    response = client.post(reverse("extraction:upload"), {"text": document.text})

    assert response.status_code == 200
    assert "2000" in response.content.decode() and "EXTRACTION_MAX_ITEMS" in response.content.decode()
    assert "token" not in response.context
    assert not list(tmp_path.iterdir())  # nothing staged
