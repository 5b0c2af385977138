"""A commune of the structure from 1 July 2025 with its own resolutions gets the same page as a district."""


def test_a_commune_with_resolutions_shows_its_targets(viewer_client, commune_resolution):
    page = viewer_client.get("/communes/tan-phu-vinh-long/").content.decode()
    assert "Xã Tân Phú" in page
    assert "xã đạt chuẩn nông thôn mới nâng cao" in page
    assert "Năm 2026" in page


def test_it_says_the_commune_belongs_to_the_structure_from_july_2025(viewer_client, commune_resolution):
    page = viewer_client.get("/communes/tan-phu-vinh-long/").content.decode()
    assert "Từ 1/7/2025" in page
    assert 'href="/provinces/vinh-long-2025/"' in page


def test_it_returns_404_for_an_unknown_commune(viewer_client, db):
    assert viewer_client.get("/communes/khong-co/").status_code == 404


def test_a_district_is_not_served_as_a_commune(viewer_client, district):
    assert viewer_client.get("/communes/cho-lach-ben-tre/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, commune_resolution):
    assert client.get("/communes/tan-phu-vinh-long/").status_code == 302


def test_it_costs_a_bounded_number_of_queries(editor_client, commune_resolution, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert editor_client.get("/communes/tan-phu-vinh-long/").status_code == 200
