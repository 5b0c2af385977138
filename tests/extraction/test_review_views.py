"""Staff pages: upload with preview, import, review with confirm / reject, and who may do what."""

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest
from django.urls import reverse

from extraction import services, views
from extraction.services import article_store
from tests.extraction.conftest import MEMBERS_SENTENCE, TARGETS_SENTENCE, document_of
from tracker.models import Achievement, Article, ReviewState, Target

pytestmark = pytest.mark.django_db

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def isolated_reading(monkeypatch, extraction):
    """The child process's reading, without starting a child (that is tested once, below)."""
    calls = []

    def fake(*, data, filename, timeout=None):
        calls.append(filename)
        return extraction

    monkeypatch.setattr(views, "extraction_isolated", fake)
    read = lambda *, data=None, filename="", path=None: document_of(data.decode("utf-8"))  # noqa: E731
    monkeypatch.setattr(views, "document_read", read)
    monkeypatch.setattr(services, "document_read", read)
    return calls


@pytest.fixture
def stored(article_text, extraction) -> Article:
    return article_store(
        document=document_of(article_text), extraction=extraction, source_file="mo-cay-nam-2022.txt"
    ).article


@pytest.fixture
def staging_dir(tmp_path, settings):
    settings.EXTRACTION_STAGING_DIR = str(tmp_path / "staging")
    return tmp_path / "staging"


def test_the_upload_page_asks_for_a_file_or_text(client, editor_user):
    client.force_login(editor_user)

    response = client.get(reverse("extraction:upload"))

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode() and "<textarea" in response.content.decode()


def test_a_viewer_cannot_upload(client, viewer_user):
    client.force_login(viewer_user)

    assert client.get(reverse("extraction:upload")).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, stored):
    response = client.get(reverse("extraction:review", args=[stored.pk]))

    assert response.status_code == 302 and "login" in response["Location"]


def test_the_preview_shows_each_item_beside_its_highlighted_sentence_and_stores_nothing(
    client, editor_user, article_text, isolated_reading, staging_dir
):
    client.force_login(editor_user)

    response = client.post(reverse("extraction:upload"), {"text": article_text})

    page = response.content.decode()
    assert response.status_code == 200
    assert f"<mark>{TARGETS_SENTENCE}</mark>" in page  # beside the item
    assert '<mark id="text-item-1"><a href="#item-1">' in page  # and in the article's text
    assert "phát triển đảng viên mới" in page and "80 đảng viên" in page
    assert "85/80 đảng viên (106%)" in page
    assert "Xây dựng Đảng, hệ thống chính trị" in page  # the theme by its name
    assert Article.objects.count() == 0 and Target.objects.count() == 0


def test_pressing_import_stores_the_previewed_article_and_opens_its_review(
    client, editor_user, article_text, isolated_reading, staging_dir
):
    client.force_login(editor_user)
    preview = client.post(reverse("extraction:upload"), {"text": article_text})

    response = client.post(reverse("extraction:upload_import"), {"token": preview.context["token"]})

    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("extraction:review", args=[article.pk])
    assert Target.objects.filter(article=article, review_state=ReviewState.EXTRACTED).count() == 5
    assert len(isolated_reading) == 1  # the preview's reading is reused, not run again


def test_an_expired_upload_is_asked_again(client, editor_user, staging_dir):
    client.force_login(editor_user)

    response = client.post(reverse("extraction:upload_import"), {"token": "0" * 64})

    assert response.status_code == 302 and response["Location"] == reverse("extraction:upload")


def test_import_refuses_get(client, editor_user):
    client.force_login(editor_user)

    assert client.get(reverse("extraction:upload_import")).status_code == 405


def test_an_empty_form_is_refused_with_a_message(client, editor_user):
    client.force_login(editor_user)

    response = client.post(reverse("extraction:upload"), {"text": "  "})

    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_review_page_lists_items_with_their_sentences(client, editor_user, stored):
    client.force_login(editor_user)

    response = client.get(reverse("extraction:review", args=[stored.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert f"<mark>{MEMBERS_SENTENCE}</mark>" in page
    assert 'value="confirm:target-' in page and 'value="reject:target-' in page


def test_the_review_page_of_an_unknown_article_is_404(client, editor_user):
    client.force_login(editor_user)

    assert client.get(reverse("extraction:review", args=[999])).status_code == 404


def test_an_editor_confirms_an_item(client, editor_user, stored):
    client.force_login(editor_user)
    target = Target.objects.get(indicator="phát triển đảng viên mới")

    response = client.post(reverse("extraction:item_review", args=["target", target.pk, "confirm"]))

    target.refresh_from_db()
    assert target.review_state == ReviewState.CONFIRMED
    assert response.status_code == 302 and response["Location"] == reverse("extraction:review", args=[stored.pk])


def test_an_editor_rejects_an_item_and_returns_to_it(client, editor_user, stored):
    client.force_login(editor_user)
    achievement = Achievement.objects.get(sentence=MEMBERS_SENTENCE)
    back = reverse("extraction:review", args=[stored.pk]) + f"#achievement-{achievement.pk}"

    response = client.post(
        reverse("extraction:item_review", args=["achievement", achievement.pk, "reject"]), {"next": back}
    )

    achievement.refresh_from_db()
    assert achievement.review_state == ReviewState.REJECTED
    assert response["Location"] == back


def test_a_viewer_cannot_confirm(client, viewer_user, stored):
    client.force_login(viewer_user)
    target = Target.objects.get(indicator="phát triển đảng viên mới")

    response = client.post(reverse("extraction:item_review", args=["target", target.pk, "confirm"]))

    target.refresh_from_db()
    assert response.status_code == 403
    assert target.review_state == ReviewState.EXTRACTED
    page = client.get(reverse("extraction:review", args=[stored.pk])).content.decode()
    assert "/confirm/" not in page  # and is not offered the buttons


def test_confirming_refuses_get_and_unknown_items(client, editor_user, stored):
    client.force_login(editor_user)
    target = Target.objects.get(indicator="phát triển đảng viên mới")

    assert client.get(reverse("extraction:item_review", args=["target", target.pk, "confirm"])).status_code == 405
    assert client.post(reverse("extraction:item_review", args=["target", 999999, "confirm"])).status_code == 404
    assert client.post(reverse("extraction:item_review", args=["resolution", 1, "confirm"])).status_code == 404
    assert client.post(reverse("extraction:item_review", args=["target", target.pk, "delete"])).status_code == 404


def test_the_article_admin_lists_counts_by_state_and_links_to_review(client, admin_user, stored):
    client.force_login(admin_user)
    Target.objects.filter(indicator="phát triển đảng viên mới").update(review_state=ReviewState.CONFIRMED)

    response = client.get(reverse("admin:tracker_article_changelist"))

    page = response.content.decode()
    assert response.status_code == 200
    assert reverse("extraction:review", args=[stored.pk]) in page
    assert reverse("extraction:upload") in page
    row = response.context["cl"].result_list[0]
    assert (row.n_extracted, row.n_confirmed, row.n_rejected) == (7, 1, 0)


def test_the_admin_upload_entry_leads_to_the_upload_page(client, admin_user):
    client.force_login(admin_user)

    response = client.get(reverse("admin:tracker_article_upload"))

    assert response.status_code == 302 and response["Location"] == reverse("extraction:upload")


NO_UNDERTHESEA = textwrap.dedent("""
    import os, sys
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.contrib.auth.models import User
    from django.urls import reverse
    setup_test_environment()
    call_command("migrate", verbosity=0)
    import config.urls  # the whole web URLconf, every view module with it
    from django.urls import get_resolver
    get_resolver().url_patterns
    user = User.objects.create_superuser("boss", "boss@example.org", "pw-123456789")
    client = Client()
    client.force_login(user)
    pages = [reverse("extraction:upload"), reverse("admin:tracker_article_changelist")]
    for page in pages:
        assert client.get(page).status_code == 200, page
    if len(sys.argv) > 1:  # and the upload preview, whose pipeline runs in a child process
        text = open(sys.argv[1], encoding="utf-8").read()
        preview = client.post(reverse("extraction:upload"), {"text": text})
        assert preview.status_code == 200, preview.content[:500]
        done = client.post(reverse("extraction:upload_import"), {"token": preview.context["token"]})
        assert done.status_code == 302, done
        assert client.get(done["Location"]).status_code == 200
        assert client.get(reverse("tracker:overview")).status_code == 200
    loaded = sorted(name for name in sys.modules if name.split(".")[0] == "underthesea")
    print("UNDERTHESEA:", loaded)
    sys.exit(1 if loaded else 0)
""")


def run_web_script(tmp_path, *args: str) -> subprocess.CompletedProcess:
    script = tmp_path / "web.py"
    script.write_text(NO_UNDERTHESEA, "utf-8")
    env = {**os.environ, "DATABASE_URL": "sqlite://:memory:", "PYTHONPATH": REPO}
    return subprocess.run(
        [sys.executable, str(script), *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_web_urlconf_and_pages_never_import_underthesea(tmp_path):
    """A web worker must stay small (< 200 MB): no page may pull in the NLP's models."""
    done = run_web_script(tmp_path)

    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "UNDERTHESEA: []" in done.stdout


@pytest.mark.skipif(importlib.util.find_spec("extraction.pipeline") is None, reason="the pipeline is not written yet")
def test_the_upload_preview_runs_the_pipeline_without_importing_underthesea(tmp_path, article_text):
    article = tmp_path / "article.txt"
    article.write_text(article_text, "utf-8")

    done = run_web_script(tmp_path, str(article))

    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "UNDERTHESEA: []" in done.stdout


def test_the_review_page_costs_a_fixed_number_of_queries(client, editor_user, stored, django_assert_max_num_queries):
    client.force_login(editor_user)
    client.get(reverse("extraction:review", args=[stored.pk]))  # warm the session and permission caches

    with django_assert_max_num_queries(12):
        response = client.get(reverse("extraction:review", args=[stored.pk]))

    assert response.status_code == 200
