"""The report of a resolution for a committee meeting (DOCX), exports from unit and resolution pages, and print."""

import csv
import datetime
import io
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from tracker.models import Achievement, ReviewState, Target

pytestmark = pytest.mark.django_db

STATIC = Path(__file__).resolve().parents[2] / "static"


@pytest.fixture
def with_unreviewed(targets):
    """Beside the three confirmed targets: one awaiting review and one rejected, which never count."""
    resolution = targets[0].resolution
    Target.objects.create(
        resolution=resolution,
        theme_id="economy",
        indicator="chỉ tiêu đang chờ duyệt",
        planned_value=Decimal(5),
        review_state=ReviewState.EXTRACTED,
    )
    Target.objects.create(
        resolution=resolution,
        theme_id="economy",
        indicator="chỉ tiêu đã loại",
        planned_value=Decimal(5),
        review_state=ReviewState.REJECTED,
    )
    return targets


def report_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    texts.extend(p.text for p in document.sections[0].header.paragraphs)
    return "\n".join(texts)


def test_the_report_downloads_opens_and_holds_the_scorecard_and_every_confirmed_target(
    client, editor_user, with_unreviewed, scorecard, django_assert_max_num_queries
):
    client.force_login(editor_user)
    resolution = with_unreviewed[0].resolution

    with django_assert_max_num_queries(8):
        response = client.get(reverse("tracker:resolution_report", args=[resolution.pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert 'attachment; filename="bao-cao-huyen-cho-lach-2021.docx"' == response["Content-Disposition"]
    text = report_text(response.content)
    assert "19/25" in text  # the scorecard as reported
    for target in with_unreviewed:
        assert target.indicator in text
    assert "chỉ tiêu đang chờ duyệt" not in text and "chỉ tiêu đã loại" not in text
    assert "Huyện Chợ Lách" in text and "2021" in text
    assert "Xây dựng Đảng, hệ thống chính trị" in text  # targets grouped under their theme
    assert "62 (31/12/2021)" in text  # latest confirmed result with its date
    assert "103,3%" in text and "Đạt" in text  # completion and status
    assert "█" in text  # the completion chart, drawn as a table


def test_the_report_follows_the_page_language(client, editor_user, targets, scorecard):
    client.force_login(editor_user)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    text = report_text(client.get(reverse("tracker:resolution_report", args=[targets[0].resolution.pk])).content)

    assert "Targets by theme" in text and "103.3%" in text


def test_the_report_of_a_resolution_of_sixty_targets_renders_within_two_seconds(client, editor_user, resolution):
    client.force_login(editor_user)
    for n in range(60):
        target = Target.objects.create(
            resolution=resolution,
            theme_id=("economy", "party", "social")[n % 3],
            indicator=f"chỉ tiêu số {n}",
            planned_value=Decimal(100),
            measure_unit="%",
        )
        Achievement.objects.create(target=target, value=Decimal(50 + n), as_of=datetime.date(2021, 12, 31))

    started = time.perf_counter()
    response = client.get(reverse("tracker:resolution_report", args=[resolution.pk]))
    elapsed = time.perf_counter() - started

    assert response.status_code == 200 and "chỉ tiêu số 59" in report_text(response.content)
    assert elapsed < 2, elapsed


def test_the_report_of_an_unknown_resolution_is_404(client, editor_user):
    client.force_login(editor_user)

    assert client.get(reverse("tracker:resolution_report", args=[999])).status_code == 404


def test_the_report_refuses_post_and_asks_visitors_to_log_in(client, editor_user, targets):
    url = reverse("tracker:resolution_report", args=[targets[0].resolution.pk])
    assert client.get(url).status_code == 302

    client.force_login(editor_user)
    assert client.post(url).status_code == 405


def test_viewers_may_download_the_report(client, viewer_user, targets):
    client.force_login(viewer_user)

    assert client.get(reverse("tracker:resolution_report", args=[targets[0].resolution.pk])).status_code == 200


def test_unit_and_resolution_pages_link_the_report_and_the_exports(client, editor_user, targets):
    client.force_login(editor_user)
    resolution = targets[0].resolution
    report = reverse("tracker:resolution_report", args=[resolution.pk])

    for url in (resolution.get_absolute_url(), resolution.unit.get_absolute_url()):
        page = client.get(url).content.decode()
        assert f'href="{report}"' in page
        assert f'href="{url}?_export=csv"' in page and f'href="{url}?_export=xlsx"' in page


def test_the_resolution_csv_holds_its_confirmed_targets_only(client, editor_user, with_unreviewed):
    client.force_login(editor_user)
    resolution = with_unreviewed[0].resolution

    response = client.get(resolution.get_absolute_url(), {"_export": "csv"})

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert sorted(row["Chỉ tiêu"] for row in rows) == sorted(t.indicator for t in with_unreviewed)
    assert "bao-cao-huyen-cho-lach-2021.csv" in response["Content-Disposition"]


def test_the_unit_xlsx_holds_every_confirmed_target_of_its_committee(
    client, editor_user, with_unreviewed, term_resolution
):
    client.force_login(editor_user)
    Target.objects.create(
        resolution=term_resolution,
        theme_id="party",
        indicator="kết nạp đảng viên cả nhiệm kỳ",
        planned_value=Decimal(300),
    )

    response = client.get(term_resolution.unit.get_absolute_url(), {"_export": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    indicators = {row[9] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert indicators == {t.indicator for t in with_unreviewed} | {"kết nạp đảng viên cả nhiệm kỳ"}


def test_pages_carry_an_a4_print_stylesheet_without_navigation_and_a_printed_header(client, editor_user, targets):
    client.force_login(editor_user)
    resolution = targets[0].resolution
    css = (STATIC / "css" / "print.css").read_text()

    page = client.get(resolution.get_absolute_url()).content.decode()
    unit_page = client.get(resolution.unit.get_absolute_url()).content.decode()

    assert 'href="/static/css/print.css" media="print"' in page
    assert "size: A4" in css and ".site-header" in css and ".table-scroll { overflow: visible !important; }" in css
    today = timezone.localdate().strftime("%d/%m/%Y")
    assert f"Huyện Chợ Lách · Nghị quyết năm 2021 · in ngày {today}" in page
    assert f"Huyện Chợ Lách · Năm 2021 · in ngày {today}" in unit_page
