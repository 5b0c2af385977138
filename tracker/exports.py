"""Exports of exactly the filtered targets as CSV, XLSX and JSON, with numbers as numbers.

Rows come from one `.values_list(...).iterator()` query, so memory does not grow with the number
of targets: CSV and JSON are streamed as they are written, XLSX is written by XlsxWriter in
constant_memory mode (row by row, flushed to disk) to a temporary file that is then streamed.
"""

from __future__ import annotations

import csv
import datetime
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import xlsxwriter
from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce
from django.http import FileResponse, StreamingHttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tracker.models import Resolution, ReviewState, Target, Theme, Unit
from tracker.status import Status

FORMATS = ("csv", "xlsx", "json")
CHUNK = 2000
CSV_ROWS_PER_CHUNK = 500


@dataclass(frozen=True)
class Column:
    key: str  # stable key: the JSON field name
    label: str  # header of CSV and XLSX (lazy: in the language of the request)
    field: str  # the value_list field or annotation


COLUMNS = [
    Column("id", _("ID"), "id"),
    Column("structure", _("Structure"), "resolution__unit__system"),
    Column("province", _("Province"), "export_province"),
    Column("unit", _("Unit"), "resolution__unit__name"),
    Column("unit_slug", _("Unit slug"), "resolution__unit__slug"),
    Column("period_kind", _("Period kind"), "resolution__kind"),
    Column("start_year", _("First year"), "resolution__start_year"),
    Column("end_year", _("Last year"), "resolution__end_year"),
    Column("theme", _("Theme"), "theme_id"),
    Column("indicator", _("Indicator"), "indicator"),
    Column("planned_value", _("Plan"), "planned_value"),
    Column("planned_value_max", _("Plan maximum"), "planned_value_max"),
    Column("achieved_value", _("Achieved"), "achieved_value"),
    Column("measure_unit", _("Unit of measure"), "measure_unit"),
    Column("direction", _("Direction"), "direction"),
    Column("completion_percent", _("Completion (%)"), "completion"),
    Column("status", _("Status"), "status"),
    Column("review_state", _("Review state"), "review_state"),
    Column("achieved_as_of", _("Achieved as of"), "latest_achievement__as_of"),
]


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value.normalize())


def _percent(value: Decimal | None) -> int | float | None:
    return None if value is None else _number(round(Decimal(value) * 100, 2))


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "planned_value": _number,
    "planned_value_max": _number,
    "achieved_value": _number,
    "completion_percent": _percent,
}


def export_rows(queryset: QuerySet[Target]) -> Iterator[list[Any]]:
    """One list of raw values per target, in the order of COLUMNS, streamed from the database."""
    rows = (
        queryset.annotate(export_province=Coalesce(F("resolution__unit__parent__name"), F("resolution__unit__name")))
        .values_list(*[c.field for c in COLUMNS])
        .iterator(chunk_size=CHUNK)
    )
    # Only the few numeric columns are converted: a national export is ~125,000 rows × 19 cells.
    converters = [(i, CONVERTERS[c.key]) for i, c in enumerate(COLUMNS) if c.key in CONVERTERS]
    for row in rows:
        row = list(row)
        for i, convert in converters:
            row[i] = convert(row[i])
        yield row


def _labels() -> dict[str, dict[str, str]]:
    """Human labels for coded values in CSV and XLSX (JSON keeps the codes)."""
    return {
        "structure": {k: str(v) for k, v in Unit.System.choices},
        "period_kind": {k: str(v) for k, v in Resolution.Kind.choices},
        "direction": {k: str(v) for k, v in Target.Direction.choices},
        "status": {k: str(v) for k, v in Status.choices},
        "review_state": {k: str(v) for k, v in ReviewState.choices},
        "theme": {theme.code: str(theme) for theme in Theme.objects.all()},  # in the request's language
    }


def _human_rows(rows: Iterable[list[Any]]) -> Iterator[list[Any]]:
    labels = _labels()
    lookups = [(i, labels[c.key]) for i, c in enumerate(COLUMNS) if c.key in labels]
    for row in rows:
        for i, lookup in lookups:
            row[i] = lookup.get(row[i], row[i])
        yield row


# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Text that would start a formula, prefixed with ' so spreadsheets show it as text; numbers as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(queryset: QuerySet[Target], filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        # The BOM makes spreadsheet programs read the Vietnamese text as UTF-8.
        yield "\ufeff" + writer.writerow([str(c.label) for c in COLUMNS])
        # Rows go out CSV_ROWS_PER_CHUNK at a time: one chunk per row cost more in the response's
        # per-chunk encoding than in writing the CSV (national export: 123,000 chunks).
        batch: list[str] = []
        for row in _human_rows(export_rows(queryset)):
            # str() writes dates as ISO and floats exactly; text from articles may start with "=".
            batch.append(writer.writerow([csv_safe(value) for value in row]))
            if len(batch) >= CSV_ROWS_PER_CHUNK:
                yield "".join(batch)
                batch = []
        if batch:
            yield "".join(batch)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(queryset: QuerySet[Target], filename: str) -> StreamingHttpResponse:
    keys = [c.key for c in COLUMNS]

    def chunks() -> Iterator[str]:
        yield "["
        first = True
        for row in export_rows(queryset):
            item = {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in zip(keys, row, strict=True)}
            yield ("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False)
            first = False
        yield "\n]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    return response


def xlsx_response(queryset: QuerySet[Target], filename: str) -> FileResponse:
    # XlsxWriter, not openpyxl: ~10x faster on a national export (123,000 rows), so a download
    # ends well inside the server's timeout. Cells are written by type (never through write(),
    # which would read "=..." as a formula or "http..." as a link): numbers stay numbers.
    output = tempfile.TemporaryFile()
    workbook = xlsxwriter.Workbook(
        output,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    sheet = workbook.add_worksheet(gettext("Targets"))
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    write_string, write_number, write_datetime = sheet.write_string, sheet.write_number, sheet.write_datetime
    for col, column in enumerate(COLUMNS):
        write_string(0, col, str(column.label))
    for number, row in enumerate(_human_rows(export_rows(queryset)), start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                write_string(number, col, value)
            elif isinstance(value, (int, float)):
                write_number(number, col, value)
            elif isinstance(value, (datetime.date, datetime.datetime)):
                write_datetime(number, col, value, date_format)
            else:
                write_string(number, col, str(value))
    workbook.close()
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def export_response(queryset: QuerySet[Target], fmt: str, filename: str = "chi-tieu"):
    """The export of these targets in one of FORMATS."""
    builder = {"csv": csv_response, "xlsx": xlsx_response, "json": json_response}[fmt]
    return builder(queryset, filename)
