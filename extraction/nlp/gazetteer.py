"""The national gazetteer as the NLP needs it: short names of provinces, districts and communes.

The NLP is handed the units as plain records (dicts or AdminUnit) by its caller: extraction.gazetteer
builds them from tracker.gazetteer (underthesea's table of both structures and our list of districts
dissolved 2019-2025), and the import service adds the units staff created. No Django and no tracker
import here: plain records in, lookups out.

Provinces and districts are looked up wherever a capitalised name occurs; communes of the 2025
structure only after their prefix ("xã", "phường", "đặc khu"): thousands of commune names are
ordinary words and people's names when they stand alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from extraction.nlp.text import key

PROVINCE_KINDS = ("tinh", "thanh_pho_tw")
COMMUNE_KINDS = ("xa", "phuong", "dac_khu")
BEFORE_REFORM, AFTER_REFORM = "2019", "2025"  # the two structures (before and from 1 July 2025)
# Other spellings newspapers use for a province (short name -> aliases).
PROVINCE_ALIASES = {
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "TT-Huế"),
    "Hồ Chí Minh": ("TPHCM", "HCM", "Sài Gòn", "TP.HCM"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Daklak"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa Vũng Tàu", "BR-VT"),
}


# Spellings the papers use for words of names of the Central Highlands (word key -> other word keys): "Čư M'gar"
# (Ede orthography), "Đăk Mil" / "Đắc Mil" for "Đắk Mil", "Đăk Lăk" for "Đắk Lắk". Names with an apostrophe are
# also found without it ("Ea Mdroh" for "Ea M'Droh").
SPELLING_VARIANTS = {
    "cư": ("čư",),
    "đăk1": ("đăk", "đăc1", "đak"),
    "lăk1": ("lăk", "lăc1"),
}


def key_variants(name_key: str) -> list[str]:
    """Other keys the same name is written with (see SPELLING_VARIANTS), the key itself excluded."""
    options = []
    for word in name_key.split():
        alternatives = [word, *SPELLING_VARIANTS.get(word, ())]
        if "'" in word:
            alternatives.append(word.replace("'", ""))
        options.append(alternatives)
    keys = [""]
    for alternatives in options:
        keys = [f"{k} {w}".strip() for k in keys for w in alternatives][:16]
    return [k for k in keys if k != name_key]


@dataclass(frozen=True)
class AdminUnit:
    """A province, district-level unit or commune by its short name ("Chợ Lách", not "Huyện Chợ Lách")."""

    name: str
    kind: str  # tinh | thanh_pho_tw | huyen | quan | thi_xa | thanh_pho | xa | phuong | dac_khu
    province: str | None = None  # the province's short name, for a unit below a province
    origin: str = "gazetteer"  # gazetteer | dissolved | added
    dissolved_on: str | None = None
    successor: str | None = None  # a pre-reform province's merged province, a dissolved district's successor
    system: str = BEFORE_REFORM
    province_2025: str | None = None  # for a pre-reform district: the merged province it went into
    former: tuple[tuple[str, str, str], ...] = ()  # a 2025 commune's (former commune, district, province)

    @property
    def level(self) -> str:
        if self.kind in PROVINCE_KINDS:
            return "province"
        return "commune" if self.kind in COMMUNE_KINDS else "district"

    @property
    def is_province(self) -> bool:
        return self.kind in PROVINCE_KINDS

    @property
    def is_commune(self) -> bool:
        return self.kind in COMMUNE_KINDS


class Gazetteer:
    """Lookups by name, tolerant of tone-mark placement and spacing around hyphens."""

    def __init__(self, units: Iterable[AdminUnit | Mapping] = (), extra: Iterable[AdminUnit | Mapping] = ()):
        self.units: list[AdminUnit] = []
        self._by_key: dict[str, list[AdminUnit]] = {}
        self._communes: dict[str, list[AdminUnit]] = {}
        # First word key of every name: a text word outside this set opens no name (saves lookups).
        self.first_words: set[str] = set()
        self.max_words = 1
        self.commune_max_words = 1
        for record in units:
            self.add(as_unit(record, origin="gazetteer"))
        for record in extra:
            self.add(as_unit(record))

    def add(self, unit: AdminUnit, *, alias: str | None = None) -> None:
        """Index a unit under its name (or an alias); a unit already known is not added twice."""
        name_key = key(alias or unit.name)
        if unit.is_commune:
            for k in (name_key, *key_variants(name_key)):
                _file_under(self._communes, k, unit)
            self.units.append(unit)
            self.commune_max_words = max(self.commune_max_words, len(name_key.split()))
            return
        bucket = self._by_key.setdefault(name_key, [])
        if any(
            u.name == unit.name and u.kind == unit.kind and u.province == unit.province and u.system == unit.system
            for u in bucket
        ):
            return
        bucket.append(unit)
        self.first_words.update(name_key.split()[:1])
        for variant in key_variants(name_key):
            if _file_under(self._by_key, variant, unit):
                self.first_words.update(variant.split()[:1])
        if alias is None:
            self.units.append(unit)
            for extra_alias in PROVINCE_ALIASES.get(unit.name, ()) if unit.is_province else ():
                self.add(unit, alias=extra_alias)
        self.max_words = max(self.max_words, len(name_key.split()))

    def lookup(self, name: str) -> list[AdminUnit]:
        """Every province or district with this short name (provinces first)."""
        found = self._by_key.get(key(name), [])
        return sorted(found, key=lambda u: (not u.is_province, u.origin != "gazetteer"))

    def lookup_key(self, name_key: str) -> list[AdminUnit]:
        return self._by_key.get(name_key, [])

    def communes_key(self, name_key: str) -> list[AdminUnit]:
        """The communes, wards and special zones of 2025 with this name key."""
        return self._communes.get(name_key, [])

    def communes(self, name: str, province: str | None = None) -> list[AdminUnit]:
        found = self._communes.get(key(name), [])
        return [u for u in found if u.province == province] if province else list(found)

    def province(self, name: str | None, system: str | None = None) -> AdminUnit | None:
        """The province of this name; with `system` "2025" a pre-reform one gives its merged province."""
        if not name:
            return None
        found = [u for u in self.lookup(name) if u.is_province]
        if system == AFTER_REFORM:
            new = [u for u in found if u.system == AFTER_REFORM]
            if new:
                return new[0]
            merged = next((u.successor for u in found if u.successor), None)
            return self.province(merged, AFTER_REFORM) if merged and merged != name else None
        if system == BEFORE_REFORM:
            found = [u for u in found if u.system == BEFORE_REFORM] or found
        return found[0] if found else None

    def districts(self, name: str, province: str | None = None) -> list[AdminUnit]:
        found = [u for u in self.lookup(name) if not u.is_province]
        if province:
            found = [u for u in found if u.province == province]
        return found

    def __len__(self) -> int:
        return len(self.units)


def _file_under(index: dict[str, list[AdminUnit]], name_key: str, unit: AdminUnit) -> bool:
    """Add the unit to the index under the key unless it is there already; whether it was added."""
    found = index.setdefault(name_key, [])
    if unit in found:
        return False
    found.append(unit)
    return True


def as_unit(record: AdminUnit | Mapping, origin: str = "added") -> AdminUnit:
    """A unit from a plain record ({"name", "kind" or "level", "province", "system", ...})."""
    if isinstance(record, AdminUnit):
        return record
    kind = record.get("kind") or ("tinh" if record.get("level") == "province" else "huyen")
    return AdminUnit(
        name=str(record["name"]),
        kind=kind,
        province=record.get("province"),
        origin=record.get("origin") or origin,
        dissolved_on=record.get("dissolved_on"),
        successor=record.get("successor"),
        system=record.get("system") or BEFORE_REFORM,
        province_2025=record.get("province_2025"),
        former=tuple(tuple(f) for f in record.get("former") or ()),
    )
