"""The gazetteer the NLP is handed: tracker.gazetteer's units as plain records.

extraction/nlp never imports the tracker; the callers (the pipeline's default, the import
service, the commands) build the records here and pass them in. A record is a dict with
`name` (short name), `kind`, `system` ("2019" before 1 July 2025, "2025" after), `province`
(the short name of the province above it), `origin`, and for some units `successor` (what a
pre-reform province or a dissolved district became), `dissolved_on` and `former` (for a commune
of 2025: the communes, districts and provinces it was formed from).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta
from functools import lru_cache

from extraction.nlp.gazetteer import AFTER_REFORM, BEFORE_REFORM, COMMUNE_KINDS, PROVINCE_KINDS, Gazetteer
from tracker.gazetteer import dissolved_records, gazetteer_records, mapping_table, old_province_short, split_name
from tracker.text import fold


def _short(official: str) -> str:
    try:
        return split_name(official)[1]
    except ValueError:  # "Thị trấn X": a prefix the 2025 structure no longer has
        return official.split(" ", 2)[-1] if official.startswith("Thị trấn ") else official


def _formed_from() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(new province short name, folded key of the commune) -> [(former commune, district, province)]."""
    table = mapping_table()
    new_short = {info["name"]: info["short"] for info in table["province_names"].values()}
    old_short = {info["name"]: old_province_short(info["short"]) for info in table["old_province_names"].values()}
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for row in table["ward_mapping"]:
        former = (_short(row["old_ward"]), _short(row["old_district"]), old_short.get(row["old_province"], ""))
        out.setdefault((new_short[row["new_province"]], row["new_ward_key"]), []).append(former)
    return out


def _fold_key(official: str) -> str:
    return fold(official).replace(" ", "").replace("-", "").replace("'", "")


def gazetteer_units() -> list[dict]:
    """Every unit of both structures as the plain records extraction/nlp reads."""
    formed = _formed_from()
    slug_short = {}
    records = gazetteer_records()
    for r in records:
        if r.system == AFTER_REFORM and r.kind in PROVINCE_KINDS:
            slug_short[r.slug] = r.short_name
    out = []
    for r in records:
        record = {
            "name": r.short_name,
            "kind": r.kind,
            "system": r.system,
            "province": r.province_short,
            "origin": r.origin,
        }
        if r.system == BEFORE_REFORM and r.kind in PROVINCE_KINDS:
            record["successor"] = slug_short.get(r.province_after_reform)
        elif r.system == BEFORE_REFORM:
            record["province_2025"] = slug_short.get(r.province_after_reform)
        elif r.kind in COMMUNE_KINDS:
            record["former"] = formed.get((r.province_short, _fold_key(r.name)), [])
        out.append(record)
    for r in dissolved_records():
        out.append(
            {
                "name": r.short_name,
                "kind": r.kind,
                "system": r.system,
                "province": r.province_short,
                "origin": "dissolved",
                "successor": r.successor_short,
                "dissolved_on": (r.valid_to + timedelta(days=1)).isoformat() if r.valid_to else None,
            }
        )
    return out


def gazetteer_load(extra: Iterable[Mapping] = ()) -> Gazetteer:
    """The NLP's gazetteer of the shipped units, plus extra records (units staff added) when given."""
    extra = list(extra or ())
    return Gazetteer(gazetteer_units(), extra=extra) if extra else default_gazetteer()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Built once per process."""
    return Gazetteer(gazetteer_units())


__all__ = ["gazetteer_units", "gazetteer_load", "default_gazetteer"]
