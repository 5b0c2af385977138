"""Real newspaper articles keep scoring, per administrative era: the blind annotations of all 120 real articles
(tests/extraction/realset/gold.json, 60 articles, heldout.json, 30 more, third.json, the last 30), scored on the texts in
../shared/realset/articles (skipped when absent: the texts are third-party and never in the repository)."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from extraction.gazetteer import gazetteer_load
from extraction.pipeline import extract_file

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REALSET = SHARED / "realset"
HERE = Path(__file__).resolve().parent / "realset"
pytestmark = pytest.mark.skipif(
    not (REALSET / "articles").is_dir() or not (SHARED / "tools").is_dir(),
    reason="../shared/realset (real articles) is absent",
)

# Section F1 floors per era: what the extraction reaches today, less a small margin for noise.
FLOORS = {
    ("gold", "from-2025-07"): {"targets": 0.94, "achievements": 0.88, "scorecards": 0.80, "resolutions": 0.92},
    ("gold", "before-2025-07"): {"targets": 0.88, "achievements": 0.88, "scorecards": 0.90, "resolutions": 0.92},
    ("heldout", "from-2025-07"): {"targets": 0.84, "achievements": 0.85, "scorecards": 0.90, "resolutions": 0.88},
    ("heldout", "before-2025-07"): {"targets": 0.80, "achievements": 0.83, "scorecards": 0.85, "resolutions": 0.86},
    ("third", "from-2025-07"): {"targets": 0.88, "achievements": 0.85, "scorecards": 0.90, "resolutions": 0.88},
    ("third", "before-2025-07"): {"targets": 0.83, "achievements": 0.80, "scorecards": 0.80, "resolutions": 0.90},
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions() -> dict:
    gazetteer = gazetteer_load()
    articles = [
        extract_file(path, gazetteer=gazetteer).to_json() for path in sorted((REALSET / "articles").glob("*.txt"))
    ]
    return json.loads(json.dumps({"format": "resolution-extraction/1", "articles": articles}))


def _era_of() -> dict[str, str]:
    with (REALSET / "SOURCES.tsv").open(encoding="utf-8") as fh:
        return {row["file"]: row["era"] for row in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.parametrize("annotation,era", sorted(FLOORS))
def test_each_era_of_the_annotated_real_articles_keeps_its_floor(predictions, annotation, era):
    gold = json.loads((HERE / f"{annotation}.json").read_text(encoding="utf-8"))
    eras = _era_of()
    gold["articles"] = [a for a in gold["articles"] if eras.get(a["source_file"]) == era]
    tallies, lines = _scorer().score(gold, predictions, False)
    f1 = {section: tally.prf()[2] for section, tally in tallies.items()}
    assert all(f1[section] >= floor for section, floor in FLOORS[(annotation, era)].items()), lines


def test_every_real_article_is_read_without_failing(predictions):
    assert len(predictions["articles"]) == len(list((REALSET / "articles").glob("*.txt")))


@pytest.mark.parametrize("era", ["from-2025-07", "before-2025-07"])
def test_all_annotated_real_articles_of_an_era_score_at_least_0_88_in_every_section(predictions, era):
    """The three blind sets together cover every article of ../shared/realset (0.90–0.96 on 1 Dec 2026)."""
    eras = _era_of()
    articles = [
        a
        for name in ("gold", "heldout", "third")
        for a in json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))["articles"]
        if eras.get(a["source_file"]) == era
    ]
    tallies, lines = _scorer().score({"articles": articles}, predictions, False)
    assert min(tally.prf()[2] for tally in tallies.values()) >= 0.88, lines
