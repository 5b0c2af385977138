"""The article page: the text, always escaped, with each extracted sentence highlighted and linked."""


def test_it_highlights_each_extracted_sentence_and_links_it_to_its_record(viewer_client, article, targets, scorecard):
    page = viewer_client.get(f"/articles/{article.pk}/").content.decode()
    assert '<mark class="extracted">' in page
    assert f'id="item-target-{targets[0].pk}"' in page
    assert f'href="/targets/{targets[0].pk}/"' in page
    assert f'href="/targets/{targets[0].pk}/#achievement-{targets[0].latest_achievement_id}"' in page
    assert f'href="/resolutions/{scorecard.resolution_id}/#scorecard-{scorecard.pk}"' in page
    assert "huyện phát triển 62 đảng viên mới, đạt 103% NQ." in page


def test_it_leaves_unextracted_text_unmarked(viewer_client, article):
    page = viewer_client.get(f"/articles/{article.pk}/").content.decode()
    assert "Tỷ lệ hộ nghèo còn 4,9%. <mark" in page


def test_it_always_escapes_the_article_text(viewer_client, article):
    page = viewer_client.get(f"/articles/{article.pk}/").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_it_survives_offsets_outside_the_text(viewer_client, article, targets):
    from tracker.models import Target

    Target.objects.filter(pk=targets[1].pk).update(article=article, sentence_start=5, sentence_end=99999)
    assert viewer_client.get(f"/articles/{article.pk}/").status_code == 200


def test_it_returns_404_for_an_unknown_article(viewer_client, db):
    assert viewer_client.get("/articles/999999/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, article):
    assert client.get(f"/articles/{article.pk}/").status_code == 302


def test_it_costs_a_bounded_number_of_queries(editor_client, article, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert editor_client.get(f"/articles/{article.pk}/").status_code == 200
