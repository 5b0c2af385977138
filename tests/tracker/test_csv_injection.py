"""CSV exports never hand a spreadsheet a formula: text read from an article stays text (OWASP CSV injection)."""

import csv
import io
from decimal import Decimal

import pytest

from tracker.models import Target

PAYLOADS = [
    '=HYPERLINK("http://evil.example","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\tđầu tab",
    "\rđầu CR",
    "=1+1",
]


def exported(client) -> list[dict]:
    response = client.get("/targets/", {"_export": "csv", "sort": "id"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_cell_that_would_start_a_formula_is_written_as_text(viewer_client, resolution, payload):
    Target.objects.create(
        resolution=resolution,
        theme_id="economy",
        indicator=payload,
        planned_value=Decimal(5),
        measure_unit=payload[:60],
    )

    row = exported(viewer_client)[0]

    assert row["Chỉ tiêu"] == "'" + payload
    assert row["Đơn vị tính"] == "'" + payload[:60]


def test_ordinary_text_and_numbers_are_left_as_they_are(viewer_client, targets):
    rows = exported(viewer_client)

    assert rows[0]["Chỉ tiêu"] == "phát triển đảng viên mới"
    assert rows[0]["Kế hoạch"] == "60"
    assert rows[0]["Đạt được"] == "62"
