"""The national gazetteer as the NLP needs it: short names of provinces and district-level units.

Sources: underthesea's address table (63 provinces and 696 districts as they stood before the
1 July 2025 reform), our list of districts dissolved between 2019 and 2025
(tracker/data/dissolved_units.csv, read when present), and extra units the caller passes (the
import service adds the units staff created). No Django here: plain records in, lookups out.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from extraction.nlp.text import key

DISSOLVED_CSV = Path(__file__).resolve().parents[2] / "tracker" / "data" / "dissolved_units.csv"

PROVINCE_KINDS = ("tinh", "thanh_pho_tw")
DISTRICT_KINDS = ("huyen", "quan", "thi_xa", "thanh_pho")
# Official prefixes in the table, longest first.
_PREFIXES = (("Thành phố ", "thanh_pho"), ("Thị xã ", "thi_xa"), ("Thị Xã ", "thi_xa"),
             ("Huyện ", "huyen"), ("Quận ", "quan"), ("Tỉnh ", "tinh"))
# Other spellings newspapers use for a province (short name -> aliases).
PROVINCE_ALIASES = {
    "Huế": ("Thừa Thiên Huế", "Thừa Thiên - Huế"),
    "Hồ Chí Minh": ("TPHCM", "HCM", "Sài Gòn"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Daklak"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa Vũng Tàu", "BR-VT"),
}


@dataclass(frozen=True)
class AdminUnit:
    """A province or district-level unit by its short name ("Chợ Lách", not "Huyện Chợ Lách")."""

    name: str
    kind: str  # tinh | thanh_pho_tw | huyen | quan | thi_xa | thanh_pho
    province: str | None = None  # the province's short name, for a district
    origin: str = "gazetteer"  # gazetteer | dissolved | added
    dissolved_on: str | None = None
    successor: str | None = None

    @property
    def level(self) -> str:
        return "province" if self.kind in PROVINCE_KINDS else "district"

    @property
    def is_province(self) -> bool:
        return self.kind in PROVINCE_KINDS


class Gazetteer:
    """Lookups by name, tolerant of tone-mark placement and spacing around hyphens."""

    def __init__(self, units: Iterable[AdminUnit] = (), extra: Iterable[AdminUnit | Mapping] = ()):
        self.units: list[AdminUnit] = []
        self._by_key: dict[str, list[AdminUnit]] = {}
        self.max_words = 1
        for unit in units:
            self.add(unit)
        for record in extra:
            self.add(_as_unit(record))

    def add(self, unit: AdminUnit, *, alias: str | None = None) -> None:
        """Index a unit under its name (or an alias); a unit already known is not added twice."""
        name_key = key(alias or unit.name)
        bucket = self._by_key.setdefault(name_key, [])
        if any(u.name == unit.name and u.kind == unit.kind and u.province == unit.province for u in bucket):
            return
        bucket.append(unit)
        if alias is None:
            self.units.append(unit)
            for extra_alias in PROVINCE_ALIASES.get(unit.name, ()) if unit.is_province else ():
                self.add(unit, alias=extra_alias)
        self.max_words = max(self.max_words, len(name_key.split()))

    def lookup(self, name: str) -> list[AdminUnit]:
        """Every unit with this short name (provinces first)."""
        found = self._by_key.get(key(name), [])
        return sorted(found, key=lambda u: (not u.is_province, u.origin != "gazetteer"))

    def lookup_key(self, name_key: str) -> list[AdminUnit]:
        return self._by_key.get(name_key, [])

    def province(self, name: str | None) -> AdminUnit | None:
        if not name:
            return None
        return next((u for u in self.lookup(name) if u.is_province), None)

    def districts(self, name: str, province: str | None = None) -> list[AdminUnit]:
        found = [u for u in self.lookup(name) if not u.is_province]
        if province:
            found = [u for u in found if u.province == province]
        return found

    def is_ambiguous(self, name: str) -> bool:
        """True when several provinces have a district of this name (e.g. Châu Thành)."""
        return len({u.province for u in self.districts(name)}) > 1

    def __len__(self) -> int:
        return len(self.units)


def _as_unit(record: AdminUnit | Mapping) -> AdminUnit:
    """Accept the import service's dicts ({"name", "province", "kind", "level"})."""
    if isinstance(record, AdminUnit):
        return record
    kind = record.get("kind") or ("tinh" if record.get("level") == "province" else "huyen")
    return AdminUnit(name=str(record["name"]), kind=kind, province=record.get("province"),
                     origin=record.get("origin") or "added")


def split_official(name: str) -> tuple[str, str]:
    """("Huyện Chợ Lách") -> ("huyen", "Chợ Lách")."""
    for prefix, kind in _PREFIXES:
        if name.startswith(prefix):
            return kind, name[len(prefix):].strip()
    return "huyen", name.strip()


def _mapping_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("underthesea is not installed: its address table is the gazetteer's source")
    return Path(list(spec.submodule_search_locations)[0]) / "address" / "data" / "mapping.json"


def mapping_units(path: Path | None = None) -> list[AdminUnit]:
    """Provinces and districts from underthesea's mapping.json (before the 2025 reform)."""
    with open(path or _mapping_path(), encoding="utf-8") as handle:
        table = json.load(handle)
    units: list[AdminUnit] = []
    short_of: dict[str, str] = {}
    for info in table["old_province_names"].values():
        kind = "thanh_pho_tw" if info["name"].startswith("Thành phố") else "tinh"
        units.append(AdminUnit(name=info["short"], kind=kind))
        short_of[info["name"]] = info["short"]
    seen: set[tuple[str, str]] = set()
    for row in table["ward_mapping"]:
        pair = (row["old_province"], row["old_district"])
        if pair in seen:
            continue
        seen.add(pair)
        kind, short = split_official(row["old_district"])
        province = short_of.get(row["old_province"]) or split_official(row["old_province"])[1]
        units.append(AdminUnit(name=short, kind=kind, province=province))
    return units


def dissolved_units(path: Path | None = None) -> list[AdminUnit]:
    """Districts dissolved before mid-2025; an absent file means none are known."""
    path = path or DISSOLVED_CSV
    if not path.exists():
        return []
    units = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name, kind = (row.get("name") or "").strip(), (row.get("kind") or "huyen").strip()
            if not name or kind not in DISTRICT_KINDS:
                continue
            units.append(AdminUnit(name=name, kind=kind, province=(row.get("province") or "").strip() or None,
                                   origin="dissolved", dissolved_on=(row.get("dissolved_on") or None),
                                   successor=(row.get("successor") or None)))
    return units


def load_gazetteer(extra: Iterable[AdminUnit | Mapping] = (), *, mapping: Path | None = None,
                   dissolved: Path | None = None) -> Gazetteer:
    """A gazetteer from the sources plus extra units (e.g. those staff added)."""
    return Gazetteer([*mapping_units(mapping), *dissolved_units(dissolved)], extra=extra)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the shipped sources, built once per process."""
    return load_gazetteer()
