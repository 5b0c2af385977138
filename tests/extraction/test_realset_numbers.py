"""The number reader on real text: every value the blind annotation of ../shared/realset gives
(tests/extraction/realset/gold.json) is found by find_quantities in its article, with one of the units the
annotation accepts, whether or not the later steps file it right.

Run `.venv/bin/python -m tests.extraction.test_realset_numbers` for the share and every value not read.
The texts are read from ../shared and never copied here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1].parent / "shared" / "realset" / "articles"
needs_realset = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/realset is absent")
# Values stated with a number and a unit: the share read with an accepted unit (see
# /work/notes/issue8-numbers.md). The rest are written in words ("hai con số", "không còn hộ nghèo"),
# optional multiples ("gấp 1,7 lần") or counts the annotators gave a unit the text does not write.
FLOOR = 0.92


def _unit(text: str | None) -> str:
    return "".join((text or "").lower().split())


def stated_values() -> list[tuple[str, str, list[float], set[str], bool]]:
    """(file, indicator, values, accepted units, read) for every annotated value with a unit."""
    from extraction.nlp.numbers import find_quantities
    from extraction.reader import read_document

    gold = json.loads((HERE / "realset" / "gold.json").read_text("utf-8"))
    out = []
    for article in gold["articles"]:
        document = read_document(ARTICLES / article["source_file"])
        found = [(float(q.value), _unit(q.unit)) for line in document.text.splitlines() for q in find_quantities(line)]
        for resolution in article["resolutions"]:
            for item in resolution["targets"] + resolution["achievements"]:
                values, units = item.get("values") or [], {_unit(u) for u in item.get("units", [])}
                if not values or not units - {""}:
                    continue
                read = any(abs(v - w) < 1e-9 * max(1, abs(w)) and u in units for v, u in found for w in values)
                out.append((article["source_file"], item["indicator"], values, units, read))
    return out


@needs_realset
def test_the_values_real_articles_state_are_read_with_their_unit():
    values = stated_values()
    share = sum(read for *_, read in values) / len(values)
    assert share >= FLOOR, [v[:4] for v in values if not v[4]]


if __name__ == "__main__":  # pragma: no cover
    rows = stated_values()
    for file, indicator, values, units, read in rows:
        if not read or "-v" in sys.argv:
            print("ok  " if read else "MISS", file, indicator, values, sorted(units))
    print(f"{sum(r for *_, r in rows)}/{len(rows)} stated values read with an accepted unit")
