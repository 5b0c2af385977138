"""An import updates an earlier article only when it is the same article: same source address, same path,
or staff saying so in the preview. Two articles that only share a file name never replace each other."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from extraction import views
from extraction.services import article_import, source_address
from tests.extraction.conftest import MO_CAY_NAM_2022, NO_UNIT_ARTICLE, mo_cay_nam_extraction
from tracker.models import Article, Resolution, Target

pytestmark = pytest.mark.django_db

OTHER_ARTICLE = NO_UNIT_ARTICLE


def page(body: str, address: str = "") -> str:
    link = f'<link href="{address}" rel="canonical">' if address else ""
    title, *rest = body.strip().splitlines()
    paragraphs = "".join(f"<p>{line}</p>" for line in rest if line.strip())
    return f"<html><head><title>{title}</title>{link}</head><body><h1>{title}</h1>{paragraphs}</body></html>"


def test_two_saved_pages_called_index_html_are_two_articles(tmp_path, other_district):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"
    first.write_text(page(MO_CAY_NAM_2022), "utf-8")
    second.write_text(page(OTHER_ARTICLE), "utf-8")

    one = article_import(path=first, extraction=mo_cay_nam_extraction())
    two = article_import(path=second, extraction={"resolutions": []})

    assert (one.status, two.status) == ("new", "new")
    assert Article.objects.count() == 2
    kept = Article.objects.get(pk=one.article.pk)
    assert kept.title.startswith("Mỏ Cày Nam") and "Huyện ủy Mỏ Cày Nam" in kept.text
    assert Target.objects.filter(article=kept).count() == 5  # the first article's items are all there
    assert Resolution.objects.get(unit=other_district, start_year=2022).targets.count() == 3


def test_the_same_path_changed_is_an_update(tmp_path, other_district):
    path = tmp_path / "mo-cay-nam.txt"
    path.write_text(MO_CAY_NAM_2022, "utf-8")
    first = article_import(path=path, extraction=mo_cay_nam_extraction())
    path.write_text(MO_CAY_NAM_2022.replace("Bài, ảnh:", "Huyện quyết tâm.\n\nBài, ảnh:"), "utf-8")

    again = article_import(path=path, extraction=mo_cay_nam_extraction())

    assert again.status == "updated" and again.article.pk == first.article.pk
    assert Article.objects.count() == 1


def test_the_same_address_under_another_file_name_is_an_update(tmp_path, other_district):
    address = "https://baodongkhoi.vn/mo-cay-nam-quyet-tam-thuc-hien-nghi-quyet-2022-a1234.html"
    (tmp_path / "saved.html").write_text(page(MO_CAY_NAM_2022, address), "utf-8")
    (tmp_path / "saved (1).html").write_text(
        page(MO_CAY_NAM_2022.replace("24 chỉ tiêu", "25 chỉ tiêu"), address), "utf-8"
    )

    first = article_import(path=tmp_path / "saved.html", extraction=mo_cay_nam_extraction())
    again = article_import(path=tmp_path / "saved (1).html", extraction=mo_cay_nam_extraction())

    assert first.article.source_url == address
    assert again.status == "updated" and again.article.pk == first.article.pk


def test_a_page_names_its_address_in_any_of_the_usual_ways():
    address = "https://baobentre.vn/a-123.html"
    assert source_address(f'<meta content="{address}" property="og:url">'.encode()) == address
    assert source_address(f"<link rel='canonical' href='{address}'>".encode()) == address
    assert source_address(f"<!-- saved from url=(0031){address} -->".encode()) == address
    assert source_address(b'<link rel="stylesheet" href="https://cdn.example/x.css">') == ""


@pytest.fixture
def uploads(client, editor_user, monkeypatch, settings, tmp_path, other_district):
    """Uploads through the form, the pipeline's reading fixed by the text."""
    settings.EXTRACTION_STAGING_DIR = str(tmp_path / "staging")
    readings = {"Mỏ Cày Nam": mo_cay_nam_extraction()}

    def fake(*, data, filename, timeout=None):
        text = data.decode("utf-8")
        return next((r for marker, r in readings.items() if marker in text), {"resolutions": []})

    monkeypatch.setattr(views, "extraction_isolated", fake)
    client.force_login(editor_user)

    def upload(text: str, name: str = "baiviet.txt", **choice):
        preview = client.post(reverse("extraction:upload"), {"file": SimpleUploadedFile(name, text.encode())})
        assert preview.status_code == 200
        client.post(reverse("extraction:upload_import"), {"token": preview.context["token"], **choice})
        return preview

    return upload


def test_two_uploads_called_baiviet_txt_are_two_articles(uploads):
    uploads(MO_CAY_NAM_2022)
    preview = uploads(OTHER_ARTICLE)

    assert Article.objects.count() == 2
    first = Article.objects.get(title__startswith="Mỏ Cày Nam")
    assert Target.objects.filter(article=first).count() == 5
    assert list(preview.context["named_alike"]) == [first]  # staff were asked, and said nothing
    assert "Is this one of them?" in preview.content.decode() or "Đây có phải" in preview.content.decode()


def test_staff_saying_it_is_a_new_version_updates_the_earlier_article(uploads):
    uploads(MO_CAY_NAM_2022)
    first = Article.objects.get()

    uploads(MO_CAY_NAM_2022.replace("Bài, ảnh:", "Huyện quyết tâm.\n\nBài, ảnh:"), replaces=str(first.pk))

    assert Article.objects.count() == 1
    assert "Huyện quyết tâm." in Article.objects.get().text


def test_a_replaces_value_naming_no_article_imports_a_new_one(uploads):
    uploads(MO_CAY_NAM_2022)

    uploads(OTHER_ARTICLE, replaces="9" * 40)

    assert Article.objects.count() == 2


def test_the_message_after_an_update_says_updated_not_updated_date(uploads, client):
    uploads(MO_CAY_NAM_2022)
    first = Article.objects.get()
    preview = client.post(
        reverse("extraction:upload"),
        {
            "file": SimpleUploadedFile(
                "baiviet.txt", MO_CAY_NAM_2022.replace("Bài, ảnh:", "Huyện quyết tâm.\n\nBài, ảnh:").encode()
            )
        },
    )

    response = client.post(
        reverse("extraction:upload_import"), {"token": preview.context["token"], "replaces": str(first.pk)}, follow=True
    )

    message = " ".join(str(m) for m in response.context["messages"])
    assert "(đã cập nhật)" in message and "ngày cập nhật" not in message
