"""The examples of the cue vocabularies are their tests, generated from the files.

Each file says what its phrases make a sentence read as (`reads_as`): a positive example must read that
way, a negative one must not. `target`: the sentence holds a target; `result`: it reports a figure (a
result or an achievement) and holds no target; `none`/`context`: its figures are no item at all;
`review`/`plan`: as a headline it makes the article a review / a plan being set.
"""

from __future__ import annotations

import pytest

from extraction import lexicon
from extraction.nlp import cues
from extraction.nlp.statements import read_sentence
from extraction.pipeline import _is_review_article

CUE_FILES = [
    "plan_cues",
    "plan_frequency",
    "plan_forecast",
    "plan_bounds",
    "result_verbs",
    "size_contexts",
    "description_contexts",
    "review_events",
    "plan_events",
]


def _kinds(sentence: str) -> set[str]:
    return {r.kind for r in read_sentence(sentence, mode=None, is_past=lambda _: False)}


def _reads_as(reads_as: str, sentence: str) -> bool:
    if reads_as == "target":
        return "target" in _kinds(sentence)
    if reads_as == "result":
        kinds = _kinds(sentence)
        return bool(kinds & {"result", "achievement"}) and "target" not in kinds
    if reads_as in ("none", "context"):
        return not _kinds(sentence) & {"target", "result", "achievement"}
    if reads_as == "review":
        return _is_review_article(sentence, "")
    if reads_as == "plan":
        return bool(cues.PLAN_EVENT.search(sentence)) and not _is_review_article(sentence, "")
    raise AssertionError(f"unknown reads_as {reads_as!r}")


def _examples(kind: str) -> list:
    params = []
    for name in CUE_FILES:
        concept = lexicon.load(name)
        for n, entry in enumerate(concept.entries):
            for sentence in getattr(entry, kind):
                params.append(pytest.param(concept.reads_as, sentence, id=f"{name}[{n}] {sentence[:50]}"))
    return params


@pytest.mark.parametrize("name", CUE_FILES)
def test_every_cue_file_says_what_it_reads_as_and_gives_examples(name):
    concept = lexicon.load(name)
    assert concept.reads_as and concept.description
    assert all(entry.phrases for entry in concept.entries)
    assert any(entry.positive for entry in concept.entries), f"{name}.toml has no positive example"


@pytest.mark.parametrize("reads_as,sentence", _examples("positive"))
def test_a_positive_example_reads_as_its_file_says(reads_as, sentence):
    assert _reads_as(reads_as, sentence)


@pytest.mark.parametrize("reads_as,sentence", _examples("negative"))
def test_a_negative_example_does_not(reads_as, sentence):
    assert not _reads_as(reads_as, sentence)


def test_a_new_planning_verb_is_one_line_in_a_data_file(tmp_path, monkeypatch):
    """Adding "nhắm tới" to plan_cues.toml (with its example) is all it takes to read it as planning."""
    import importlib
    import shutil

    sentence = "Huyện nhắm tới thu ngân sách trên địa bàn đạt 130 tỷ đồng."
    assert "target" not in _kinds(sentence)
    for path in lexicon.HERE.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "plan_cues.toml").open("a", encoding="utf-8") as fh:
        fh.write(f'\n[[entry]]\nphrases = ["nhắm tới"]\npositive = ["{sentence}"]\n')
    monkeypatch.setattr(lexicon, "HERE", tmp_path)
    lexicon.load.cache_clear()
    try:
        importlib.reload(cues)
        assert "target" in _kinds(sentence)
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()
        importlib.reload(cues)
    assert "target" not in _kinds(sentence)
