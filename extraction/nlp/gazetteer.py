"""The national gazetteer as the NLP needs it: short names of provinces and district-level units.

Sources: the records of tracker.gazetteer (pure Python: underthesea's address table of 63
provinces and 696 districts before the 1 July 2025 reform, and our list of districts dissolved
between 2019 and 2025), and extra units the caller passes (the import service adds the units staff
created). No Django here: plain records in, lookups out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Iterable, Mapping

from extraction.nlp.text import key
from tracker.gazetteer import before_reform_records, dissolved_records

PROVINCE_KINDS = ("tinh", "thanh_pho_tw")
DISTRICT_KINDS = ("huyen", "quan", "thi_xa", "thanh_pho")
# Other spellings newspapers use for a province (short name -> aliases).
PROVINCE_ALIASES = {
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "TT-Huế"),
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
        # First word key of every name: a text word outside this set opens no name (saves lookups).
        self.first_words: set[str] = set()
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
        self.first_words.update(name_key.split()[:1])
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


def mapping_units() -> list[AdminUnit]:
    """Provinces and districts as they stood before the 2025 reform (underthesea's table)."""
    return [AdminUnit(name=r.short_name, kind=r.kind, province=r.province_short) for r in before_reform_records()]


def dissolved_units() -> list[AdminUnit]:
    """Districts dissolved before mid-2025 (tracker/data/dissolved_units.csv)."""
    return [
        AdminUnit(name=r.short_name, kind=r.kind, province=r.province_short, origin="dissolved",
                  dissolved_on=(r.valid_to + timedelta(days=1)).isoformat() if r.valid_to else None, successor=r.successor_short)
        for r in dissolved_records()
    ]


def load_gazetteer(extra: Iterable[AdminUnit | Mapping] = ()) -> Gazetteer:
    """A gazetteer from the sources plus extra units (e.g. those staff added)."""
    return Gazetteer([*mapping_units(), *dissolved_units()], extra=extra)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the shipped sources, built once per process."""
    return load_gazetteer()
