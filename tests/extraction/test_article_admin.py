"""An article's text is read-only in the admin: its hash and every item's offsets point into it."""

import pytest
from django.urls import reverse

from extraction.services import article_store
from tests.extraction.conftest import MO_CAY_NAM_2022, document_of
from tracker.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(other_district, extraction) -> Article:
    return article_store(
        document=document_of(MO_CAY_NAM_2022), extraction=extraction, source_file="mo-cay-nam-2022.txt"
    ).article


@pytest.mark.parametrize("who", ["editor_user", "admin_user"])
def test_nobody_can_edit_an_articles_text_in_the_admin(client, request, article, who, admin_form_data):
    client.force_login(request.getfixturevalue(who))
    url = reverse("admin:tracker_article_change", args=[article.pk])
    data = admin_form_data(client, url)
    data["text"] = "Một văn bản khác"
    data["title"] = "Tiêu đề đã sửa"

    response = client.post(url, data)

    article.refresh_from_db()
    assert response.status_code == 302
    assert article.text == document_of(MO_CAY_NAM_2022).text and article.title == "Tiêu đề đã sửa"
    assert '<textarea name="text"' not in client.get(url).content.decode()
