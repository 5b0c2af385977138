"""Only reviewed numbers count: an import nobody reviewed changes no total, chart or export."""

import hashlib
import json
import re

import pytest

from extraction.services import article_store, extraction_confirm, extraction_reject
from tracker.models import Achievement, ReviewState, Scorecard, Target

ARTICLE = """Chợ Lách tổng kết năm 2021

25/01/2022 - 07:15

BDK - Năm 2021, huyện Chợ Lách đề ra thêm các chỉ tiêu: trồng mới 500 ha cây ăn trái; xây dựng 3 trường đạt chuẩn quốc gia. Huyện kết nạp 30 đảng viên mới. Có 10/23 chỉ tiêu đạt và vượt.
"""
TARGETS = "BDK - Năm 2021, huyện Chợ Lách đề ra thêm các chỉ tiêu: trồng mới 500 ha cây ăn trái; xây dựng 3 trường đạt chuẩn quốc gia."
MEMBERS = "Huyện kết nạp 30 đảng viên mới."
SCORECARD = "Có 10/23 chỉ tiêu đạt và vượt."


class Document:
    title = "Chợ Lách tổng kết năm 2021"
    published = "2022-01-25T07:15"
    text = ARTICLE.strip()
    content_hash = hashlib.sha256(ARTICLE.strip().encode()).hexdigest()


def reading() -> dict:
    return {
        "source_file": "cho-lach-2021.txt",
        "title": Document.title,
        "published": Document.published,
        "resolutions": [
            {
                "province": "Bến Tre",
                "district": "Chợ Lách",
                "kind": "annual",
                "year": 2021,
                "term": None,
                "slogan": None,
                "number": None,
                "target_count": 23,
                "targets": [
                    {
                        "indicator": "trồng mới cây ăn trái",
                        "value": 500,
                        "value_max": None,
                        "unit": "ha",
                        "direction": "increase",
                        "theme": "rural",
                        "sentence": TARGETS,
                    },
                    {
                        "indicator": "trường đạt chuẩn quốc gia",
                        "value": 3,
                        "value_max": None,
                        "unit": "trường",
                        "direction": "increase",
                        "theme": "social",
                        "sentence": TARGETS,
                    },
                ],
                "achievements": [
                    {
                        "indicator": "phát triển đảng viên mới",
                        "value": 30,
                        "planned": None,
                        "percent_of_plan": None,
                        "unit": "đảng viên",
                        "theme": "party",
                        "sentence": MEMBERS,
                    },
                ],
                "scorecards": [{"total": 23, "met_or_exceeded": 10, "exceeded": None, "sentence": SCORECARD}],
            }
        ],
    }


def unreviewed_import():
    return article_store(
        document=Document(),
        extraction=reading(),
        source_file="cho-lach-2021.txt",
        source_path="/data/cho-lach-2021.txt",
    )


def figures(data: str) -> list:
    return [
        json.loads(f)
        for f in re.findall(r'<script id="[\w-]+-data" type="application/json">(.+?)</script>', data, re.S)
    ]


def what_users_see(client, district, resolution) -> dict:
    unit = client.get(district.get_absolute_url() + "?period=2021").content.decode()
    res = client.get(resolution.get_absolute_url()).content.decode()
    overview = client.get("/").content.decode()
    province = client.get(district.parent.get_absolute_url() + "?period=2021").content.decode()
    summary = re.compile(r'<dl class="summary[^"]*">.*?</dl>', re.S)
    return {
        "unit summary": summary.findall(unit),
        "unit charts": figures(unit),
        "unit tabs": re.findall(r'tab__meta">([^<]+)<', unit),
        "resolution summary": summary.findall(res),
        "resolution charts": figures(res),
        "overview summary": summary.findall(overview),
        "overview charts": figures(overview),
        "province children": re.findall(r'<td class="num">(\d+)</td>', province),
        "csv": client.get("/targets/?_export=csv").getvalue(),
        "json": client.get("/targets/?_export=json").getvalue(),
        "theme csv": client.get("/themes/party/?_export=csv").getvalue(),
    }


@pytest.mark.django_db
def test_an_import_that_nobody_reviewed_changes_no_total_chart_or_export(editor_client, targets, scorecard, district):
    resolution = targets[0].resolution
    before = what_users_see(editor_client, district, resolution)

    result = unreviewed_import()

    assert result.targets >= 2 and Target.objects.filter(review_state=ReviewState.EXTRACTED).exists()
    assert Achievement.objects.filter(review_state=ReviewState.EXTRACTED, target=targets[0]).exists()
    after = what_users_see(editor_client, district, resolution)
    for name in before:
        assert after[name] == before[name], name


@pytest.mark.django_db
def test_items_awaiting_review_are_shown_apart_with_their_count_and_a_link_to_the_review(
    editor_client, targets, district
):
    article = unreviewed_import().article
    awaiting = 2 + 1 + 1  # two targets, a result of an existing target, a scorecard
    for url in (district.get_absolute_url() + "?period=2021", targets[0].resolution.get_absolute_url()):
        page = editor_client.get(url).content.decode()
        notice = re.search(r'<aside class="notice notice--review".*?</aside>', page, re.S).group(0)
        assert f"{awaiting} mục" in notice
        assert f'href="/extraction/articles/{article.pk}/"' in notice
        assert "trồng mới cây ăn trái" not in page.replace(notice, "")
    listed = editor_client.get("/targets/?review_state=extracted").content.decode()
    assert "trồng mới cây ăn trái" in listed and "phát triển đảng viên mới" not in listed


@pytest.mark.django_db
def test_confirmed_items_count_and_rejected_ones_are_never_shown(editor_client, targets, district):
    unreviewed_import()
    orchard = Target.objects.get(indicator="trồng mới cây ăn trái")
    school = Target.objects.get(indicator="trường đạt chuẩn quốc gia")
    extraction_confirm(item=orchard)
    extraction_reject(item=school)
    extraction_reject(item=Scorecard.objects.get(review_state=ReviewState.EXTRACTED))
    page = editor_client.get(district.get_absolute_url() + "?period=2021").content.decode()
    assert "trồng mới cây ăn trái" in page
    assert "trường đạt chuẩn quốc gia" not in page  # neither in the table nor as a bar of the chart
    assert "10/23" not in page
    csv = editor_client.get("/targets/?_export=csv").getvalue().decode()
    assert "trồng mới cây ăn trái" in csv and "trường đạt chuẩn quốc gia" not in csv
    assert "trường đạt chuẩn quốc gia" not in editor_client.get("/targets/?review_state=rejected").content.decode()
