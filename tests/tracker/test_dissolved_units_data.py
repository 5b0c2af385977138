"""Checks for tracker/data/dissolved_units.csv (no database needed).

The CSV lists district-level units (huyện, quận, thị xã, thành phố thuộc
tỉnh) that were dissolved, merged or renamed away between 2019 and mid-2025,
and are therefore missing from underthesea's mapping.json (which lists the
696 districts as they stood on 2025-07-01).
"""

import csv
import datetime
import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[2] / "tracker" / "data" / "dissolved_units.csv"
HEADER = ["name", "kind", "province", "dissolved_on", "successor", "successor_kind", "source"]
KINDS = {"huyen", "quan", "thi_xa", "thanh_pho"}
# Prefix of old_district in mapping.json -> kind code. Matched case-insensitively
# because mapping.json has spellings such as "Thị Xã Buôn Hồ", "Thành Phố Bắc Kạn".
PREFIXES = [("thành phố ", "thanh_pho"), ("thị xã ", "thi_xa"), ("quận ", "quan"), ("huyện ", "huyen")]
EARLIEST = datetime.date(2019, 1, 1)
LATEST = datetime.date(2025, 7, 1)


def _nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def _fold(text):
    """Accent- and case-insensitive key, so a unit spelled Hoà/Hòa still counts as present."""
    text = _nfc(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _split_district(full):
    full = _nfc(full)
    for prefix, kind in PREFIXES:
        if full.casefold().startswith(prefix):
            return full[len(prefix) :].strip(), kind
    raise AssertionError(f"unrecognised district kind in mapping.json: {full!r}")


@lru_cache(maxsize=1)
def _mapping():
    spec = importlib.util.find_spec("underthesea")
    assert spec is not None and spec.submodule_search_locations, "underthesea is not installed"
    path = Path(list(spec.submodule_search_locations)[0]) / "address" / "data" / "mapping.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    provinces = {key: _nfc(info["short"]) for key, info in data["old_province_names"].items()}
    districts = {}  # province short -> set of (short name, kind)
    for row in data["ward_mapping"]:
        province = provinces[row["old_province_key"]]
        districts.setdefault(province, set()).add(_split_district(row["old_district"]))
    return set(provinces.values()), districts


@lru_cache(maxsize=1)
def _rows():
    with open(CSV_PATH, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, (_nfc(v) for v in values), strict=True)) for values in reader]
    return header, rows


def _row_ids():
    return [f"{r['province']}/{r['kind']}/{r['name']}" for r in _rows()[1]]


def test_mapping_has_63_provinces_and_696_districts():
    provinces, districts = _mapping()
    assert len(provinces) == 63
    assert sum(len(v) for v in districts.values()) == 696


def test_header_is_exact():
    header, rows = _rows()
    assert header == HEADER
    assert rows, "CSV has no data rows"


def test_every_row_has_all_columns_filled():
    _, rows = _rows()
    for row in rows:
        assert set(row) == set(HEADER), row
        assert all(row[col] for col in HEADER), row


def test_no_duplicate_units():
    _, rows = _rows()
    keys = [(r["province"], r["kind"], r["name"]) for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", _rows()[1], ids=_row_ids())
def test_row_values(row):
    provinces, districts = _mapping()
    on = datetime.date.fromisoformat(row["dissolved_on"])
    assert EARLIEST <= on <= LATEST
    assert row["kind"] in KINDS
    assert row["successor_kind"] in KINDS
    assert row["province"] in provinces
    assert "UBTVQH" in row["source"] or "/QH" in row["source"]
    # Numbered urban districts are stored as the bare number with kind "quan".
    if row["name"].isdigit():
        assert row["kind"] == "quan"


@pytest.mark.parametrize("row", _rows()[1], ids=_row_ids())
def test_name_absent_from_mapping(row):
    _, districts = _mapping()
    # A dissolved "Huyện Hoa Lư" may share its name with the "Thành phố Hoa Lư" it went into.
    present = {(_fold(name), kind) for name, kind in districts[row["province"]]}
    assert (_fold(row["name"]), row["kind"]) not in present, (
        f"{row['name']} ({row['kind']}) still exists in mapping.json for {row['province']}"
    )


@pytest.mark.parametrize("row", _rows()[1], ids=_row_ids())
def test_successor_exists(row):
    _, districts = _mapping()
    _, rows = _rows()
    successor = (row["successor"], row["successor_kind"])
    in_file = {(r["name"], r["kind"]) for r in rows if r["province"] == row["province"]}
    assert successor in districts[row["province"]] or successor in in_file, successor
    assert successor != (row["name"], row["kind"])
