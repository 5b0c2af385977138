"""Filter values that do not fit a database integer: a clean empty or "invalid choice" page, never a 500."""

import pytest

HUGE = "9" * 30
VALUES = [
    {"province": HUGE},
    {"district": HUGE},
    {"province": HUGE, "district": HUGE},
    {"year": HUGE},
    {"year": "-" + HUGE},
    {"year": "1e400"},
    {"year": "nan"},
    {"province": "-1"},
    {"district": "99999999999999999999"},
    {"theme": "x" * 500},
    {"page": HUGE},
]


@pytest.mark.parametrize("query", VALUES)
def test_the_targets_table_answers_an_oversized_filter_with_an_empty_table(viewer_client, targets, query):
    response = viewer_client.get("/targets/", query)
    assert response.status_code == 200
    if "page" not in query:
        assert response.context["table"].paginator.count == 0


@pytest.mark.parametrize("query", VALUES)
def test_the_theme_page_answers_an_oversized_filter_with_an_empty_table(viewer_client, targets, query):
    response = viewer_client.get("/themes/party/", query)
    assert response.status_code == 200
    if "page" not in query and "theme" not in query:  # the theme page has no theme filter
        assert response.context["table"].paginator.count == 0


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_an_export_with_an_oversized_filter_holds_no_rows(viewer_client, targets, fmt):
    response = viewer_client.get("/targets/", {"province": HUGE, "_export": fmt})
    assert response.status_code == 200


def test_an_oversized_province_says_the_choice_is_invalid(viewer_client, targets):
    response = viewer_client.get("/targets/", {"province": HUGE})
    assert "province" in response.context["filter"].errors
