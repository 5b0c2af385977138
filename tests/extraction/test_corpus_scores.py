"""Our own annotated articles (tests/extraction/corpus) keep scoring: a regression guard for the NLP."""

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = sorted(path.name for path in CORPUS.iterdir() if (path / "gold.json").exists())


@pytest.mark.parametrize("name", SETS)
def test_each_of_our_annotated_sets_scores_at_least_0_88_in_every_section(name, score_articles):
    f1, lines = score_articles(CORPUS / name / "articles", CORPUS / name / "gold.json")
    assert min(f1.values()) >= 0.88, lines
