"""The scorecard vocabulary's examples are its tests: every positive example of lexicon/target_nouns.toml
and lexicon/scorecard_*.toml reads as the scorecards written after its "=>" ("=> all": every target said
met, no number), every negative one as none."""

from __future__ import annotations

import pytest

from extraction import lexicon
from extraction.nlp.scorecards import read_all_met, read_scorecards

SCORECARD_FILES = ["target_nouns"] + [name for name in lexicon.concept_names() if name.startswith("scorecard_")]


def _examples(kind: str):
    for name in SCORECARD_FILES:
        for n, entry in enumerate(lexicon.load(name).entries):
            for sentence in getattr(entry, kind):
                yield pytest.param(sentence, id=f"{name}[{n}] {sentence[:50]}")


def expected_cards(text: str) -> list[dict]:
    """'23/26 exceeded=13 not_met=3 + 5/5' → [{'met_or_exceeded': 23, 'total': 26, 'exceeded': 13, ...}, ...]."""
    cards = []
    for card in text.split(" + "):
        ratio, *extras = card.split()
        met, total = ratio.split("/")
        fields = {"met_or_exceeded": int(met), "total": int(total)}
        for extra in extras:
            key, value = extra.split("=")
            fields[key] = int(value)
        cards.append(fields)
    return cards


def test_the_scorecard_files_exist_and_every_entry_has_examples():
    assert {
        "scorecard_met",
        "scorecard_exceeded",
        "scorecard_not_met",
        "scorecard_nearly_met",
        "scorecard_partial",
        "scorecard_qualifiers",
    } <= set(SCORECARD_FILES)
    for name in SCORECARD_FILES:
        concept = lexicon.load(name)
        assert concept.reads_as == "scorecard", name
        for entry in concept.entries:
            assert entry.phrases and entry.positive and entry.negative, (name, entry.phrases)
            assert all(" => " in example for example in entry.positive), (name, entry.phrases)


def test_every_phrase_is_in_one_status_file_only():
    owners: dict[str, set[str]] = {}
    for name in (
        "scorecard_met",
        "scorecard_exceeded",
        "scorecard_nearly_met",
        "scorecard_not_met",
        "scorecard_partial",
    ):
        for phrase in lexicon.load(name).phrases:
            owners.setdefault(" ".join(phrase.lower().split()), set()).add(name)
    assert {p: names for p, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize("example", _examples("positive"))
def test_a_positive_example_reads_as_its_scorecards(example):
    sentence, _, want = example.rpartition(" => ")
    cards = read_scorecards(sentence)
    if want == "all":
        assert cards == [] and read_all_met(sentence) is not None
        return
    expected = expected_cards(want)
    assert len(cards) == len(expected), [vars(c) for c in cards]
    for card, fields in zip(cards, expected, strict=True):
        assert {key: getattr(card, key) for key in fields} == fields, vars(card)


@pytest.mark.parametrize("example", _examples("negative"))
def test_a_negative_example_reads_as_no_scorecard(example):
    assert read_scorecards(example) == [] and read_all_met(example) is None
