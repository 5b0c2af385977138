"""Exports of the targets table: exactly the filtered rows, the right headers, numbers as numbers."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.http import StreamingHttpResponse
from openpyxl import load_workbook

from tracker.exports import COLUMNS
from tracker.models import Target

KEYS = [c.key for c in COLUMNS]
CSV_HEADERS = [
    "ID",
    "Cơ cấu hành chính",
    "Tỉnh",
    "Đơn vị",
    "Mã đơn vị (slug)",
    "Loại thời kỳ",
    "Năm đầu",
    "Năm cuối",
    "Lĩnh vực",
    "Chỉ tiêu",
    "Kế hoạch",
    "Kế hoạch (cận trên)",
    "Đạt được",
    "Đơn vị tính",
    "Chiều",
    "Tỷ lệ hoàn thành (%)",
    "Tình trạng",
    "Trạng thái duyệt",
    "Kết quả tính đến",
]


def download(client, query: str) -> bytes:
    response = client.get(f"/targets/{query}")
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else b"".join(response)


@pytest.fixture
def budget(resolution) -> Target:
    return Target.objects.create(
        resolution=resolution,
        theme_id="budget",
        indicator="tổng thu ngân sách",
        planned_value=Decimal("10160.896"),
        measure_unit="tỷ đồng",
    )


def test_csv_holds_exactly_the_filtered_rows(viewer_client, many_targets, other_district):
    rows = list(
        csv.reader(
            io.StringIO(download(viewer_client, f"?district={other_district.pk}&_export=csv").decode("utf-8-sig"))
        )
    )
    assert rows[0] == CSV_HEADERS
    assert len(rows) == 1 + 10
    assert {row[3] for row in rows[1:]} == {"Huyện Mỏ Cày Nam"}


def test_csv_writes_raw_numbers(viewer_client, targets, budget):
    rows = list(csv.DictReader(io.StringIO(download(viewer_client, "?q=ngan sach&_export=csv").decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["Kế hoạch"] == "10160.896"
    rows = list(csv.DictReader(io.StringIO(download(viewer_client, "?theme=party&_export=csv").decode("utf-8-sig"))))
    assert rows[0]["Kế hoạch"] == "60" and rows[0]["Đạt được"] == "62"
    assert rows[0]["Tỷ lệ hoàn thành (%)"] == "103.33"
    assert rows[0]["Kết quả tính đến"] == "2021-12-31"


def test_csv_is_streamed(viewer_client, targets):
    response = viewer_client.get("/targets/?_export=csv")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="chi-tieu.csv"' == response["Content-Disposition"]


def test_csv_follows_the_tables_sort_order(viewer_client, targets):
    members, poverty, income = targets
    rows = list(csv.reader(io.StringIO(download(viewer_client, "?sort=planned_value&_export=csv").decode("utf-8-sig"))))
    assert int(rows[1][0]) == poverty.pk


def test_xlsx_holds_the_filtered_rows_with_numeric_cells(viewer_client, targets, budget):
    book = load_workbook(io.BytesIO(download(viewer_client, "?theme=budget&_export=xlsx")), read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert list(rows[0]) == CSV_HEADERS
    assert len(rows) == 2
    record = dict(zip(KEYS, rows[1], strict=True))
    assert record["planned_value"] == pytest.approx(10160.896)
    assert isinstance(record["planned_value"], float)
    assert record["id"] == budget.pk
    assert record["achieved_value"] is None


def test_xlsx_keeps_whole_numbers_as_numbers(viewer_client, targets):
    book = load_workbook(io.BytesIO(download(viewer_client, "?theme=party&_export=xlsx")), read_only=True)
    record = dict(zip(KEYS, list(book.active.iter_rows(values_only=True))[1], strict=True))
    assert record["planned_value"] == 60 and record["achieved_value"] == 62
    assert record["start_year"] == 2021


def test_json_holds_the_filtered_rows_with_stable_keys_and_numbers(viewer_client, targets, extracted_target):
    rows = json.loads(download(viewer_client, "?review_state=confirmed&_export=json"))
    assert sorted(row["id"] for row in rows) == [t.pk for t in targets]
    assert list(rows[0]) == KEYS
    members, poverty, income = rows  # in the table's order: resolution, position
    assert members["planned_value"] == 60 and members["achieved_value"] == 62
    assert members["completion_percent"] == 103.33
    assert members["status"] == "exceeded" and members["period_kind"] == "annual"
    assert members["unit"] == "Huyện Chợ Lách" and members["province"] == "Tỉnh Bến Tre"
    assert income["achieved_value"] is None and income["status"] == "no_data"


def test_an_export_of_no_rows_is_empty_but_well_formed(viewer_client, targets):
    assert json.loads(download(viewer_client, "?q=zzzz&_export=json")) == []
    assert download(viewer_client, "?q=zzzz&_export=csv").decode("utf-8-sig").count("\n") == 1


def test_an_unknown_export_format_shows_the_page(viewer_client, targets):
    response = viewer_client.get("/targets/?_export=pdf")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_exports_cost_a_bounded_number_of_queries(editor_client, many_targets, django_assert_max_num_queries):
    for fmt in ("csv", "json", "xlsx"):
        with django_assert_max_num_queries(7):
            download(editor_client, f"?year=2021&_export={fmt}")
