"""The national gazetteer as plain records: underthesea's mapping table plus our list of
district-level units dissolved before 2025. Pure Python (no Django): `units_load` stores the
records in the database and the extraction's NLP builds its name lookups from them."""

from __future__ import annotations

import csv
import datetime
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tracker.text import slugify

DATA_DIR = Path(__file__).resolve().parent / "data"
DISSOLVED_CSV = DATA_DIR / "dissolved_units.csv"
BEFORE_END = datetime.date(2025, 6, 30)
REFORM_DATE = datetime.date(2025, 7, 1)

# Longest prefixes first: "Thành phố" before a one-word prefix.
PREFIX_KINDS = [
    ("Thành phố", "thanh_pho"),
    ("Thị xã", "thi_xa"),
    ("Đặc khu", "dac_khu"),
    ("Huyện", "huyen"),
    ("Quận", "quan"),
    ("Tỉnh", "tinh"),
    ("Phường", "phuong"),
    ("Xã", "xa"),
]


@dataclass(frozen=True)
class UnitRecord:
    """One unit as the sources give it; parent and successors are named by slug."""

    slug: str
    name: str
    short_name: str
    kind: str
    system: str
    origin: str
    code: str = ""
    parent: str | None = None
    province_after_reform: str | None = None
    merged_into: str | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    note: str = ""
    province_short: str | None = None  # the province's short name, for a unit below a province
    successor_short: str | None = None  # the short name of the unit a dissolved unit went into


def split_name(official: str) -> tuple[str, str]:
    """("Huyện Chợ Lách") -> ("huyen", "Chợ Lách"); the table writes some prefixes "Thị Xã"."""
    for prefix, kind in PREFIX_KINDS:
        if official.lower().startswith(prefix.lower() + " "):
            return kind, official[len(prefix) + 1 :].strip()
    raise ValueError(f"unit name without a known prefix: {official!r}")


def official_name(kind: str, short: str) -> str:
    return f"{dict((k, p) for p, k in PREFIX_KINDS)[kind]} {short}"


def slug_of(*parts: str) -> str:
    return slugify(" ".join(parts))


def old_province_slug(short: str) -> str:
    return slug_of(short)


def new_province_slug(short: str) -> str:
    # Distinct from the pre-reform province of the same name ("ben-tre" is not "vinh-long-2025").
    return slug_of(short, "2025")


def district_slug(kind: str, short: str, province_short: str) -> str:
    # A rural district carries no prefix; other kinds do, because a province may hold both
    # "Huyện Kỳ Anh" and "Thị xã Kỳ Anh".
    prefix = "" if kind == "huyen" else kind.replace("_", " ")
    return slug_of(prefix, short, province_short)


def commune_slug(kind: str, short: str, province_short: str) -> str:
    return slug_of(kind.replace("_", " "), short, province_short, "2025")


@lru_cache(maxsize=1)
def mapping_table() -> dict:
    from importlib.util import find_spec

    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("underthesea is not installed: its address table is the gazetteer's source")
    path = Path(next(iter(spec.submodule_search_locations))) / "address" / "data" / "mapping.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _recover_ward_name(key: str, candidates: list[str], all_names: dict[str, str]) -> str:
    """A few rows of the table lost the new ward's name; find it again from its key."""
    prefix = "phường" if key.startswith("phường") else "đặc khu" if key.startswith("đặckhu") else "xã"
    body = key[len(prefix.replace(" ", "")) :]
    for name in candidates:
        if name and name.split(" ", 1)[-1].lower().replace(" ", "") == body:
            return f"{prefix.capitalize()} {name.split(' ', 1)[-1]}"
    if body in all_names:
        return f"{prefix.capitalize()} {all_names[body]}"
    return f"{prefix.capitalize()} {body.capitalize()}"


def gazetteer_records() -> list[UnitRecord]:
    """Every unit of underthesea's table: 63 + 34 provinces, 696 districts, ~3,300 communes."""
    table = mapping_table()
    return [*_new_provinces(table), *before_reform_records(), *_communes(table)]


def before_reform_records() -> list[UnitRecord]:
    """The 63 provinces and 696 district-level units as they stood before 1 July 2025."""
    table = mapping_table()
    return [*_old_provinces(table), *_districts(table)]


# underthesea's table names pre-reform provinces as on 30 June 2025. Thừa Thiên Huế became the
# centrally-run city of Huế only on 1 January 2025, so for the 2020-2025 term (and the articles
# about it) the province is Thừa Thiên Huế; the post-reform province keeps the name Huế.
BEFORE_REFORM_NAMES = {"Huế": ("Tỉnh Thừa Thiên Huế", "Thừa Thiên Huế")}


def _old_province_names(info: dict) -> tuple[str, str]:
    """(official name, short name) of a pre-reform province as the 2020-2025 term knew it."""
    return BEFORE_REFORM_NAMES.get(info["short"], (info["name"], info["short"]))


def old_province_short(short: str) -> str:
    """The pre-reform short name for a short name of underthesea's table ("Huế" -> "Thừa Thiên Huế")."""
    return BEFORE_REFORM_NAMES.get(short, (None, short))[1]


def _province_kind(official: str) -> str:
    return "thanh_pho_tw" if official.startswith("Thành phố") else "tinh"


def _new_provinces(table: dict) -> list[UnitRecord]:
    return [
        UnitRecord(
            slug=new_province_slug(info["short"]),
            name=info["name"],
            short_name=info["short"],
            kind=_province_kind(info["name"]),
            system="2025",
            origin="gazetteer",
            code=info["code"],
            valid_from=REFORM_DATE,
        )
        for info in sorted(table["province_names"].values(), key=lambda info: info["code"])
    ]


def _old_provinces(table: dict) -> list[UnitRecord]:
    new_names = table["province_names"]
    return [
        UnitRecord(
            slug=old_province_slug(_old_province_names(info)[1]),
            name=_old_province_names(info)[0],
            short_name=_old_province_names(info)[1],
            kind=_province_kind(_old_province_names(info)[0]),
            system="2019",
            origin="gazetteer",
            code=info["code"],
            valid_to=BEFORE_END,
            province_after_reform=new_province_slug(new_names[table["province_mapping"][key]]["short"]),
        )
        for key, info in sorted(table["old_province_names"].items(), key=lambda kv: kv[1]["code"])
    ]


def _short_names(table: dict, names_key: str) -> dict[str, str]:
    return {info["name"]: info["short"] for info in table[names_key].values()}


def _districts(table: dict) -> list[UnitRecord]:
    old_short = {info["name"]: _old_province_names(info)[1] for info in table["old_province_names"].values()}
    new_short = _short_names(table, "province_names")
    districts: dict[str, UnitRecord] = {}
    for row in table["ward_mapping"]:
        province = old_short[row["old_province"]]
        kind, short = split_name(row["old_district"])
        slug = district_slug(kind, short, province)
        if slug not in districts:
            districts[slug] = UnitRecord(
                slug=slug,
                name=official_name(kind, short),
                short_name=short,
                kind=kind,
                system="2019",
                origin="gazetteer",
                parent=old_province_slug(province),
                valid_to=BEFORE_END,
                province_after_reform=new_province_slug(new_short[row["new_province"]]),
                province_short=province,
            )
    return [districts[slug] for slug in sorted(districts)]


def _communes(table: dict) -> list[UnitRecord]:
    new_short = _short_names(table, "province_names")
    wards: dict[tuple[str, str], list[str]] = {}
    all_names: dict[str, str] = {}
    for row in table["ward_mapping"]:
        for name in (row["old_ward"], row["new_ward"], row["old_district"]):
            if name:
                body = (
                    name.split(" ", 2)[-1]
                    if name.startswith(("Thị trấn", "Thị xã", "Thành phố", "Đặc khu"))
                    else name.split(" ", 1)[-1]
                )
                all_names.setdefault(body.lower().replace(" ", ""), body)
        # The name first when the row has it; otherwise the old names it may be recovered from.
        names = wards.setdefault((row["new_province"], row["new_ward_key"]), [])
        if row["new_ward"]:
            names.insert(0, row["new_ward"])
        else:
            names.extend([row["old_ward"], row["old_district"]])
    communes: dict[str, UnitRecord] = {}
    for (new_province, key), names in wards.items():
        name = names[0] if names[0].startswith(("Xã ", "Phường ", "Đặc khu ")) else ""
        name = name or _recover_ward_name(key, names, all_names)
        kind, short = split_name(name)
        province_short = new_short[new_province]
        slug = commune_slug(kind, short, province_short)
        communes.setdefault(
            slug,
            UnitRecord(
                slug=slug,
                name=official_name(kind, short),
                short_name=short,
                kind=kind,
                system="2025",
                origin="gazetteer",
                parent=new_province_slug(province_short),
                valid_from=REFORM_DATE,
                province_short=province_short,
            ),
        )
    return [communes[slug] for slug in sorted(communes)]


def dissolved_records(path: Path = DISSOLVED_CSV) -> list[UnitRecord]:
    """District-level units dissolved 2019–2025, which underthesea's table no longer lists."""
    if not path.exists():
        return []
    table = mapping_table()
    new_of_old = {}
    for key, info in table["old_province_names"].items():
        new_key = table["province_mapping"][key]
        new_of_old[_old_province_names(info)[1]] = new_province_slug(table["province_names"][new_key]["short"])
    records = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            try:
                dissolved_on = datetime.date.fromisoformat(row["dissolved_on"])
                kind, province = row["kind"].strip(), old_province_short(row["province"].strip())
                short = row["name"].strip()
                successor = row.get("successor", "").strip()
                records.append(
                    UnitRecord(
                        slug=district_slug(kind, short, province),
                        name=official_name(kind, short),
                        short_name=short,
                        kind=kind,
                        system="2019",
                        origin="dissolved",
                        parent=old_province_slug(province),
                        valid_to=dissolved_on - datetime.timedelta(days=1),
                        province_after_reform=new_of_old[province],
                        merged_into=district_slug(row.get("successor_kind", "").strip() or "huyen", successor, province)
                        if successor
                        else None,
                        note=row.get("source", "").strip(),
                        province_short=province,
                        successor_short=successor or None,
                    )
                )
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path.name}, line {line}: {exc}") from exc
    return records
