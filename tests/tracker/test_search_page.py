"""The header search: units and indicators, ignoring diacritics."""


def test_it_finds_a_unit_typed_without_diacritics(viewer_client, targets):
    page = viewer_client.get("/search/?q=cho lach").content.decode()
    assert 'href="/districts/cho-lach-ben-tre/"' in page


def test_it_finds_an_indicator_typed_without_diacritics(viewer_client, targets):
    page = viewer_client.get("/search/?q=ho ngheo").content.decode()
    assert f'href="/targets/{targets[1].pk}/"' in page


def test_it_tells_old_and_new_provinces_apart(viewer_client, province, new_province):
    page = viewer_client.get("/search/?q=vinh long").content.decode()
    assert 'href="/provinces/vinh-long-2025/"' in page
    assert "từ 1/7/2025" in page


def test_the_header_has_a_search_box(viewer_client, db):
    page = viewer_client.get("/").content.decode()
    assert 'action="/search/"' in page and 'name="q"' in page


def test_an_empty_query_shows_just_the_form(viewer_client, db):
    assert viewer_client.get("/search/").status_code == 200


def test_it_sends_anonymous_visitors_to_the_login(client, db):
    assert client.get("/search/?q=x").status_code == 302


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        editor_client.get("/search/?q=chi tieu")
