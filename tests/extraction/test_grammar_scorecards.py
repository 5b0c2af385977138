"""The scorecard grammar: its alternations find every phrase of the lexicon, and what they match keys back
to the phrase's entry (nlp/scorecards.py looks the matched status up by that key)."""

import pytest

from extraction import lexicon
from extraction.grammar import scorecards as grammar

STATUS_PHRASES = [p for name in grammar.STATUS_FILES.values() for p in lexicon.load(name).phrases]


@pytest.mark.parametrize("phrase", STATUS_PHRASES)
def test_a_status_printed_with_any_spacing_is_found_and_keys_back_to_its_phrase(phrase):
    printed = "  ".join(phrase.upper().split())
    found = grammar.STATUS_AFTER.match(f"{printed}.")
    assert found and grammar.phrase_key(found.group("s")) == grammar.phrase_key(phrase)


def test_a_count_of_a_total_is_read_in_both_shapes():
    for sentence in ("có 15/24 chỉ tiêu đạt", "20 chỉ tiêu/21 chỉ tiêu đạt"):
        m = grammar.COUNTED.search(sentence)
        assert m and (m.group("total") or m.group("total2"))


def test_a_ranking_is_no_count_of_targets():
    assert grammar.RANKING_BEFORE.search("huyện xếp thứ ")
    assert not grammar.RANKING_BEFORE.search("huyện đạt ")
