"""Our own annotated articles (tests/extraction/corpus) keep scoring: a regression guard for the NLP."""

from pathlib import Path

import pytest

from tests.extraction.test_pipeline_scores import _score, needs_shared

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = sorted(path.name for path in CORPUS.iterdir() if (path / "gold.json").exists())


@needs_shared
@pytest.mark.parametrize("name", SETS)
def test_each_of_our_annotated_sets_scores_at_least_0_88_in_every_section(name):
    f1, lines = _score(CORPUS / name / "articles", CORPUS / name / "gold.json")
    assert min(f1.values()) >= 0.88, lines
