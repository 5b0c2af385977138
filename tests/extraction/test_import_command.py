"""`manage.py import_articles`: files and folders, a summary, one line per bad file, exit status."""

import importlib.util
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.extraction.conftest import NO_UNIT_ARTICLE, mo_cay_nam_extraction
from tracker.models import Achievement, Article, ReviewState, Scorecard, Target

pytestmark = pytest.mark.django_db

needs_reader = pytest.mark.skipif(
    importlib.util.find_spec("extraction.reader") is None, reason="extraction.reader is not written yet"
)


def run(*paths, expect_failure: bool = False, options=()) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    if expect_failure:
        with pytest.raises(CommandError) as failed:
            call_command("import_articles", *map(str, paths), *options, stdout=out, stderr=err)
        assert failed.value.returncode == 1
    else:
        call_command("import_articles", *map(str, paths), *options, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def articles(tmp_path, article_text, fake_pipeline, other_district):
    """A folder with our Mỏ Cày Nam article (read as in conftest) and one naming no unit."""
    fake_pipeline["Mỏ Cày Nam quyết tâm"] = mo_cay_nam_extraction()
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "mo-cay-nam-2022.txt").write_text(article_text, "utf-8")
    (folder / "hoi-nghi.txt").write_text(NO_UNIT_ARTICLE, "utf-8")
    (folder / "notes.md").write_text("not an article", "utf-8")
    return folder


@needs_reader
def test_a_folder_is_imported_with_a_summary(articles):
    out, err = run(articles)

    assert "2 new, 0 unchanged, 0 updated, 0 failed" in out
    assert "5 targets, 2 achievements, 1 scorecards" in out
    assert err == ""
    assert Article.objects.count() == 2
    assert Article.objects.get(source_file="hoi-nghi.txt").needs_review  # stored, flagged


@needs_reader
def test_importing_twice_changes_nothing(articles):
    run(articles)
    before = (Article.objects.count(), Target.objects.count(), Achievement.objects.count(), Scorecard.objects.count())

    out, _ = run(articles)

    assert "0 new, 2 unchanged, 0 updated, 0 failed" in out
    assert "0 targets, 0 achievements, 0 scorecards" in out
    assert (
        Article.objects.count(),
        Target.objects.count(),
        Achievement.objects.count(),
        Scorecard.objects.count(),
    ) == before


@needs_reader
def test_a_changed_file_is_updated_and_keeps_what_staff_confirmed(articles, fake_pipeline):
    run(articles)
    Target.objects.filter(indicator="phát triển đảng viên mới").update(review_state=ReviewState.CONFIRMED)
    path = articles / "mo-cay-nam-2022.txt"
    path.write_text(
        path.read_text("utf-8").replace("Bài, ảnh:", "Huyện quyết tâm hoàn thành các chỉ tiêu.\n\nBài, ảnh:"), "utf-8"
    )

    out, _ = run(path)

    assert "0 new, 0 unchanged, 1 updated, 0 failed" in out
    assert Target.objects.filter(indicator="phát triển đảng viên mới").get().review_state == ReviewState.CONFIRMED
    assert Target.objects.count() == 5


@needs_reader
def test_each_bad_file_gets_one_line_and_the_batch_goes_on(tmp_path, articles, settings):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "latin.txt").write_bytes(
        "Nghị quyết năm 2022".encode()
        + "\nđạt 90% kế hoạch".encode("latin-1", "replace")
        + "\nété à côté".encode("latin-1")
    )
    (bad / "huge.txt").write_bytes(b"a" * (settings.EXTRACTION_MAX_BYTES + 1))
    empty_folder = tmp_path / "nothing-here"
    empty_folder.mkdir()
    (empty_folder / "readme.md").write_text("no articles", "utf-8")

    out, err = run(bad, empty_folder, tmp_path / "missing.txt", articles, expect_failure=True)

    lines = err.strip().splitlines()
    assert len(lines) == 6, err
    by_name = {
        name: next(line for line in lines if name in line)
        for name in ("empty.txt", "binary.txt", "latin.txt", "huge.txt", "nothing-here", "missing.txt")
    }
    assert "over the 5 MB limit" in by_name["huge.txt"]
    assert "no articles" in by_name["nothing-here"]
    assert "no such file" in by_name["missing.txt"]
    assert "utf-8" in by_name["latin.txt"].lower()  # says which encodings were tried
    assert "2 new, 0 unchanged, 0 updated, 6 failed" in out  # the good files are still imported
    assert Article.objects.count() == 2


@needs_reader
def test_a_file_that_fails_mid_import_leaves_nothing_and_the_others_are_imported(articles, scorecard_writes_fail):
    out, err = run(articles, expect_failure=True)

    assert "mo-cay-nam-2022.txt: import failed (RuntimeError: disk full)" in err
    assert "1 new, 0 unchanged, 0 updated, 1 failed" in out
    assert list(Article.objects.values_list("source_file", flat=True)) == ["hoi-nghi.txt"]
    assert Target.objects.count() == 0 and Achievement.objects.count() == 0


@needs_reader
def test_many_files_show_a_progress_bar(tmp_path, fake_pipeline, other_district):
    for n in range(7):
        (tmp_path / f"a{n}.txt").write_text(f"Tin số {n}\n\nBài {n} nói về hội nghị.\n", "utf-8")

    out, err = run(tmp_path, options=["--progress"])

    assert "7 new" in out
    assert "7/7" in err  # tqdm's counter
    assert "7/7" not in run(tmp_path)[1]  # not a terminal: no bar unless asked


@pytest.mark.skipif(importlib.util.find_spec("extraction.pipeline") is None, reason="the pipeline is not written yet")
def test_the_real_pipeline_stores_items_with_their_sentences(tmp_path, article_text, other_district):
    path = tmp_path / "mo-cay-nam-2022.txt"
    path.write_text(article_text, "utf-8")

    run(path)

    article = Article.objects.get()
    items = [*Target.objects.all(), *Achievement.objects.all(), *Scorecard.objects.all()]
    assert items
    for item in items:
        assert item.article == article and item.review_state == ReviewState.EXTRACTED
        assert article.text[item.sentence_start : item.sentence_end] == item.sentence


@pytest.mark.skipif(importlib.util.find_spec("extraction.pipeline") is None, reason="the pipeline is not written yet")
def test_the_seed_articles_import_with_their_scorecards(shared_dir):
    folder = shared_dir / "seeds" / "articles"
    if not folder.is_dir():
        pytest.skip("no seed articles")

    out, _ = run(folder)

    assert "5 new" in out
    assert Scorecard.objects.filter(total=25, met_or_exceeded=19, exceeded=7).exists()
    assert Achievement.objects.filter(value=90, planned_value=90).exists()
