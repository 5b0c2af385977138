"""Numbers and theme labels follow the page's language: 2.100 and Kinh tế in Vietnamese, 2,100 and Economy in English."""

import csv
import datetime
import io
import json
import re
from decimal import Decimal

from tracker.models import Achievement, Target

URL = "/districts/cho-lach-ben-tre/?period=2021"


def budget(resolution) -> Target:
    target = Target.objects.create(
        resolution=resolution,
        theme_id="budget",
        indicator="tổng thu ngân sách",
        planned_value=Decimal(2100),
        measure_unit="tỷ đồng",
    )
    Achievement.objects.create(target=target, value=Decimal("2254.5"), as_of=datetime.date(2021, 12, 31))
    return target


def in_english(client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})


def test_vietnamese_pages_write_vietnamese_numbers(viewer_client, targets):
    budget(targets[0].resolution)
    page = viewer_client.get(URL).content.decode()
    assert "2.100" in page and "2.254,5" in page and "107,4%" in page


def test_english_pages_write_english_numbers_in_tables_and_charts(viewer_client, targets):
    budget(targets[0].resolution)
    in_english(viewer_client)
    page = viewer_client.get(URL).content.decode()
    assert "2,100" in page and "2,254.5" in page and "107.4%" in page
    assert "2.100" not in page
    figure = json.loads(
        re.search(r'<script id="completion-chart-data" type="application/json">(.+?)</script>', page, re.S).group(1)
    )
    assert figure["layout"]["separators"] == ".,"
    assert "107.4%" in figure["data"][0]["text"]


def test_the_csv_gives_theme_names_in_the_language_of_the_page(viewer_client, targets):
    def themes() -> set[str]:
        body = viewer_client.get("/targets/?_export=csv").getvalue().decode("utf-8-sig")
        return {row[next(k for k in row if k in ("Lĩnh vực", "Theme"))] for row in csv.DictReader(io.StringIO(body))}

    vietnamese = themes()
    assert "Kinh tế" in vietnamese and "economy" not in vietnamese
    in_english(viewer_client)
    english = themes()
    assert "Economy" in english and "economy" not in english
