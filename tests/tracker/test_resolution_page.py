"""The resolution page: the full record of one resolution."""


def test_it_shows_the_resolution_with_its_targets_and_scorecards(viewer_client, targets, scorecard):
    page = viewer_client.get(f"/resolutions/{targets[0].resolution_id}/").content.decode()
    assert "Nghị quyết năm 2021" in page
    assert "Đoàn kết - Sáng tạo" in page
    assert "phát triển đảng viên mới" in page
    assert "19/25" in page
    assert 'id="completion-chart"' in page


def test_it_flags_synthetic_demo_data(viewer_client, targets):
    resolution = targets[0].resolution
    resolution.is_synthetic = True
    resolution.save()
    assert "Dữ liệu mẫu (tổng hợp)" in viewer_client.get(f"/resolutions/{resolution.pk}/").content.decode()


def test_it_returns_404_for_an_unknown_resolution(viewer_client, db):
    assert viewer_client.get("/resolutions/999999/").status_code == 404


def test_it_sends_anonymous_visitors_to_the_login(client, resolution):
    assert client.get(f"/resolutions/{resolution.pk}/").status_code == 302


def test_it_costs_a_bounded_number_of_queries(editor_client, many_targets, scorecard, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert editor_client.get(f"/resolutions/{many_targets[0].resolution_id}/").status_code == 200
